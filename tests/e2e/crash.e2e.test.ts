import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PreviewServer } from 'vite'
import { ARTIFACTS, serveBuiltApp } from './browser'
import { runCrashCycles, SAFE_AFTER_MS, type CycleResult } from './crash-cycles'

// 30 cycles in `npm test`; `npm run bench` runs 200. CRASH_SEED repeats a run; E2E_DIST tests another build.
const cycles = Number(process.env.CRASH_CYCLES ?? 30)
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

let server: PreviewServer
let base = ''

beforeAll(async () => {
  ;({ server, base } = await serveBuiltApp(process.env.E2E_DIST ?? 'dist'))
})

afterAll(async () => {
  await server?.httpServer.close()
})

describe('a browser crash while typing', () => {
  it(
    `keeps every key typed and every score chosen more than ${SAFE_AFTER_MS} ms before a SIGKILL (${cycles} cycles)`,
    async () => {
      console.log(`crash test: seed ${seed} (repeat with CRASH_SEED=${seed}), ${cycles} cycles`)
      const results: CycleResult[] = await runCrashCycles({ base, cycles, seed })
      const lost = results.reduce((sum, r) => sum + r.oldKeysLost, 0)
      const old = results.reduce((sum, r) => sum + r.keysOld, 0)
      const summary = {
        seed,
        cycles: results.length,
        keysTyped: results.reduce((sum, r) => sum + r.keysTyped, 0),
        keysOlderThanSafeWindow: old,
        oldKeysLost: lost,
        cyclesLosingOldKeys: results.filter((r) => r.oldKeysLost > 0).length,
        corrupted: results.filter((r) => r.corrupted).length,
        scoresLost: results.filter((r) => r.scoreLost).length,
      }
      mkdirSync(ARTIFACTS, { recursive: true })
      writeFileSync(`${ARTIFACTS}/crash-summary.json`, JSON.stringify({ summary, results }, null, 2))
      console.log(`crash test: ${JSON.stringify(summary)}`)
      expect(results).toHaveLength(cycles)
      // The test must have had something to lose: most cycles typed keys well before the kill.
      expect(old).toBeGreaterThan(cycles * 5)
      expect(results.filter((r) => r.oldKeysLost > 0 || r.corrupted || r.scoreLost)).toEqual([])
    },
    cycles * 15_000 + 60_000,
  )
})
