// Sums Vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const missing = []
const failures = []
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file)
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  // Name each failed or skipped test at the end, where a CI log's tail shows it.
  for (const result of report.testResults ?? []) {
    for (const test of result.assertionResults ?? []) {
      if (test.status === 'passed') continue
      const where = result.name.replace(process.cwd() + '/', '')
      const why = (test.failureMessages ?? [])[0]?.split('\n')[0] ?? ''
      failures.push(`${test.status}: ${where} > ${test.fullName}${why ? `\n    ${why.slice(0, 300)}` : ''}`)
    }
  }
}
if (missing.length > 0) console.error(`No test report in ${missing.join(', ')}: those tests did not run.`)
for (const failure of failures) console.log(failure)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || missing.length > 0 ? 1 : 0)
