// The crash cycles of tests/e2e/crash.e2e.test.ts, 200 of them: a reviewer types into a note or a
// rationale, the browser is SIGKILLed at a random moment, and the restarted browser must hold every key
// typed more than 500 ms before the kill. Runs the test file itself, so the bench and `npm test` check
// the same thing; the test writes its counts to artifacts/e2e/crash-summary.json.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

export function crashBench({ cycles = Number(process.env.BENCH_CRASH_CYCLES ?? 200), seed } = {}) {
  const env = { ...process.env, CRASH_CYCLES: String(cycles) }
  if (seed !== undefined) env.CRASH_SEED = String(seed)
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/crash.e2e.test.ts'], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let summary = null
  try {
    summary = JSON.parse(readFileSync('artifacts/e2e/crash-summary.json', 'utf8')).summary
  } catch {
    // Reported below as a failed run.
  }
  if (!summary || summary.cycles !== cycles) {
    console.log(run.stdout.slice(-3000), run.stderr.slice(-3000))
    return null
  }
  return summary
}

export function crashLines(summary) {
  return [
    `crash: ${summary.cycles} SIGKILL cycles (seed ${summary.seed}, repeat with CRASH_SEED=${summary.seed})`,
    ['keys typed', 'typed > 500 ms before the kill', 'of those lost', 'cycles losing any', 'scores lost'].join(' | '),
    [
      summary.keysTyped,
      summary.keysOlderThanSafeWindow,
      summary.oldKeysLost,
      summary.cyclesLosingOldKeys,
      summary.scoresLost,
    ].join(' | '),
  ]
}

export function crashChecks(summary) {
  return [
    [`crash: ${summary?.cycles ?? 0} cycles ran`, summary !== null],
    ['crash: characters typed more than 500 ms before a kill lost = 0', summary?.oldKeysLost === 0],
    ['crash: scores chosen more than 500 ms before a kill lost = 0', summary?.scoresLost === 0],
    ['crash: text never corrupted', summary?.corrupted === 0],
  ]
}
