// Helpers the browser benches share: medians and percentiles, seeded browser profiles with the app's service
// worker active, and alternating samplers so a slow moment on this shared machine hits both sides alike.
import { readFileSync } from 'node:fs'
import { seedLargeDatabase } from './seed-data.mjs'

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** The bench's large database: 200 teams, 5 reviews each (1,000), full evidence for every review. */
export const LARGE_DATABASE = { teams: 200, reviewsPerTeam: 5, noteLength: 400 }

let cachedItemIds
export function loadItemIds() {
  cachedItemIds ??= JSON.parse(readFileSync('scales/ips-uk/1.0.0.json', 'utf8')).items.map((item) => item.id)
  return cachedItemIds
}

/**
 * A browser profile of its own (its own IndexedDB), with the app's service worker active, seeded by `seeder`
 * once `readySelector` shows the app has created its database. `init` (a function and its argument) is added
 * to every page of the profile before the app's scripts run.
 */
export async function seededProfile(browser, base, seed, { seeder = seedLargeDatabase, readySelector, init } = {}) {
  const context = await browser.newContext()
  if (init) await context.addInitScript(init.script, init.arg)
  const page = await context.newPage()
  await page.goto(base)
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated')
  await page.waitForSelector(readySelector)
  const counts = seed ? await page.evaluate(seeder, { ...seed, itemIds: loadItemIds() }) : null
  await page.close()
  return { context, counts }
}

/** Alternates two samplers `loads` times after one warm-up each; returns both medians. */
export async function alternate(sampleA, sampleB, loads) {
  const times = { a: [], b: [] }
  await sampleA()
  await sampleB()
  for (let i = 0; i < loads; i++) {
    times.a.push(await sampleA())
    times.b.push(await sampleB())
  }
  return [median(times.a), median(times.b)]
}
