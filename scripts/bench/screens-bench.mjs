// Per-screen bench (issue 17): for each main screen, in a profile seeded with the large database, the median
// cold time (new page, served by the service worker) until the screen's main content is in the page - its h1
// and its first list or form - beside the floor app's first heading; and moving between screens inside the
// app (client-side routing), click to main content, p50/p95.
import { LARGE_DATABASE, median, percentile, seededProfile } from './bench-profile.mjs'

const TEAM = 'bench-team-123'
const REVIEW = `${TEAM}-review-2`
export const SCREENS = [
  ['home: team list', '/'],
  ['team page', `/teams/${TEAM}`],
  ['team history', `/teams/${TEAM}/history`],
  ['review page', `/reviews/${REVIEW}`],
  ['item workspace', `/reviews/${REVIEW}/items/caseload-size`],
  ['record review', `/reviews/${REVIEW}/records`],
  ['coverage', `/reviews/${REVIEW}/coverage`],
  ['consensus', `/reviews/${REVIEW}/consensus`],
  ['results', `/reviews/${REVIEW}/results`],
  ['action plan', `/reviews/${REVIEW}/action-plan`],
  ['report screen', `/reviews/${REVIEW}/report`],
  ['scales', '/scales'],
  ['settings', '/settings'],
  ['import', '/import'],
  ['training', '/training'],
]

export const COLD_RATIO_BUDGET = 1.5
export const NAV_P95_BUDGET_MS = 100

/**
 * Runs in the page before the app: window.__mainContentReady() says whether the main content is in the page:
 * an h1 in <main>, and the first list, table, form or empty state after it (outside navigation) is there and
 * not a loading placeholder (or, on a screen with none of those, a form control). window.__readyAt is when that was first true after navigation start.
 */
function watchMainContent() {
  const CANDIDATES = 'ul, ol, table, form, .empty-state, [aria-busy="true"]'
  window.__mainContentReady = () => {
    const main = document.querySelector('main')
    const h1 = main?.querySelector('h1')
    if (!h1) return false
    const first = [...main.querySelectorAll(CANDIDATES)].find((el) => !el.closest('nav') && !h1.contains(el))
    if (first) return !first.closest('[aria-busy="true"]')
    // A screen whose form is a lone control outside a <form> (the import screen's file picker).
    return Boolean(main.querySelector('input, select, textarea'))
  }
  const observer = new MutationObserver(() => {
    if (window.__readyAt === undefined && window.__mainContentReady()) {
      window.__readyAt = performance.now()
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] })
}

function recordHeadingAt() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('h1')) {
      window.__headingAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

async function coldLoad(context, url, key) {
  const page = await context.newPage()
  const response = await page.goto(url)
  if (!response?.fromServiceWorker()) throw new Error(`${url}: the load did not come from the service worker`)
  await page
    .waitForFunction((k) => window[k] !== undefined, key, { timeout: 20_000 })
    .catch(async (error) => {
      const main = await page.evaluate(() => document.querySelector('main')?.innerText.slice(0, 300))
      throw new Error(`${url}: no main content after 20 s; the page shows: ${main}`, { cause: error })
    })
  const time = await page.evaluate((k) => window[k], key)
  await page.close()
  return time
}

/**
 * In the page: goes to `path` by clicking a link to it on the current screen when there is one (else by the
 * router's own history handling, as the back button does) and resolves with ms from click to main content.
 */
function navigateInApp(path) {
  return new Promise((resolve, reject) => {
    const before = document.querySelector('main h1')
    const link = document.querySelector(`main a[href="${path}"], header a[href="${path}"]`)
    const start = performance.now()
    const check = () => {
      if (location.pathname !== path || document.querySelector('main h1') === before) return
      if (!window.__mainContentReady()) return
      observer.disconnect()
      clearTimeout(timer)
      resolve({ ms: performance.now() - start, via: link ? 'link' : 'history' })
    }
    const observer = new MutationObserver(check)
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] })
    const timer = setTimeout(() => reject(new Error(`${path}: no main content after 10 s`)), 10_000)
    if (link) link.click()
    else {
      history.pushState(null, '', path)
      dispatchEvent(new PopStateEvent('popstate'))
    }
  })
}

export async function screensBench(browser, base, floorBase, { loads = 7, rounds = 5 } = {}) {
  const origin = base.replace(/\/$/, '')
  const large = await seededProfile(browser, base, LARGE_DATABASE, {
    readySelector: 'ul[aria-label="Teams on this device"] li, .empty-state',
    init: { script: watchMainContent },
  })
  const floor = await browser.newContext()
  await floor.addInitScript(recordHeadingAt)
  const warm = await floor.newPage()
  await warm.goto(floorBase)
  await warm.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated')
  await warm.close()

  // Cold: each screen's load follows a floor load, so a busy moment on the machine hits both alike.
  const cold = new Map(SCREENS.map(([name]) => [name, []]))
  const floorTimes = []
  for (const [, path] of SCREENS) await coldLoad(large.context, origin + path, '__readyAt')
  for (let i = 0; i < loads; i++) {
    for (const [name, path] of SCREENS) {
      floorTimes.push(await coldLoad(floor, floorBase, '__headingAt'))
      cold.get(name).push(await coldLoad(large.context, origin + path, '__readyAt'))
    }
  }

  // In the app: each round opens the first screen in a new page, then moves through the rest in order.
  const nav = new Map(SCREENS.map(([name]) => [name, { times: [], via: new Set() }]))
  for (let r = 0; r < rounds; r++) {
    const page = await large.context.newPage()
    await page.goto(origin + SCREENS[0][1])
    await page.waitForFunction(() => window.__mainContentReady())
    for (const [name, path] of SCREENS.slice(1)) {
      const { ms, via } = await page.evaluate(navigateInApp, path)
      nav.get(name).times.push(ms)
      nav.get(name).via.add(via)
    }
    const { ms, via } = await page.evaluate(navigateInApp, SCREENS[0][1])
    nav.get(SCREENS[0][0]).times.push(ms)
    nav.get(SCREENS[0][0]).via.add(via)
    await page.close()
  }
  await floor.close()
  await large.context.close()

  const floorHeading = median(floorTimes)
  const screens = SCREENS.map(([name, path]) => {
    const coldMedian = median(cold.get(name))
    const { times, via } = nav.get(name)
    return {
      name,
      path,
      coldMedian,
      ratio: coldMedian / floorHeading,
      navP50: percentile(times, 50),
      navP95: percentile(times, 95),
      via: [...via].join('/'),
    }
  })
  return { counts: large.counts, floorHeading, loads, rounds, screens }
}

export function screensLines({ counts, floorHeading, loads, rounds, screens }) {
  const ms = (v) => `${v.toFixed(0)} ms`
  return [
    `screens: ${Object.entries(counts)
      .map(([table, n]) => `${n} ${table}`)
      .join(', ')}; floor heading ${ms(floorHeading)} (median of ${loads * screens.length} loads)`,
    `cold: median of ${loads} loads from the service worker until h1 and first list or form; in-app: ${rounds} rounds`,
    ['screen', 'cold median', 'x floor heading', 'in-app p50 / p95 (via)'].join(' | '),
    ...screens.map((s) =>
      [
        s.name,
        ms(s.coldMedian),
        `${s.ratio.toFixed(2)}x ${s.ratio <= COLD_RATIO_BUDGET ? 'PASS' : 'FAIL'}`,
        `${ms(s.navP50)} / ${ms(s.navP95)} ${s.navP95 < NAV_P95_BUDGET_MS ? 'PASS' : 'FAIL'} (${s.via})`,
      ].join(' | '),
    ),
  ]
}

export function screensChecks({ screens }) {
  return [
    [
      `every screen's main content cold <= ${COLD_RATIO_BUDGET}x the floor's heading (large database)`,
      screens.every((s) => s.ratio <= COLD_RATIO_BUDGET),
    ],
    [
      `moving between screens in the app: p95 < ${NAV_P95_BUDGET_MS} ms on every screen`,
      screens.every((s) => s.navP95 < NAV_P95_BUDGET_MS),
    ],
  ]
}
