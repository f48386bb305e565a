// Sums Vitest's JSON reports into the one plain line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
const missing = []
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    missing.push(file)
    continue
  }
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests + (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
}
if (missing.length > 0) console.error(`No test report in ${missing.join(', ')}: those tests did not run.`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || missing.length > 0 ? 1 : 0)
