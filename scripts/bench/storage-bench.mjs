// Storage benchmark (issue 4): home and team page with a large database against an empty one, and
// keystroke-to-paint while typing a note, all in the built app served by its service worker.
import { alternate as alternateSamplers, LARGE_DATABASE, percentile, seededProfile } from './bench-profile.mjs'
import { seedSessionNotes } from './session-seed.mjs'

const LIST_SELECTOR =
  'ul[aria-label="Teams on this device"] li, .empty-state, ul[aria-label="Reviews, newest first"] li'

/** Time from navigation start until the list (or its empty state) is in the page, for one load. */
async function listRenderTime(context, url) {
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector(LIST_SELECTOR)
  const time = await page.evaluate(() => window.__listAt)
  await page.close()
  return time
}

/** Records when the list (or its empty state) is first in the page, as window.__listAt. */
function recordListAt(selector) {
  new MutationObserver((_, observer) => {
    if (document.querySelector(selector)) {
      window.__listAt = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
}

/** A seeded profile whose pages record when the list is in the page. */
const profile = (browser, base, seed, seeder) =>
  seededProfile(browser, base, seed, {
    seeder,
    readySelector: LIST_SELECTOR,
    init: { script: recordListAt, arg: LIST_SELECTOR },
  })

/** Alternates loads of the same page in two profiles, so a slow moment on the machine hits both alike. */
const alternate = (a, urlA, b, urlB, loads) =>
  alternateSamplers(
    () => listRenderTime(a, urlA),
    () => listRenderTime(b, urlB),
    loads,
  )

export async function storageBench(browser, base, floorBase, { loads = 15, keystrokes = 150 } = {}) {
  const empty = await profile(browser, base, null)
  const small = await profile(browser, base, { teams: 1, reviewsPerTeam: 5, noteLength: 400 })
  const large = await profile(browser, base, LARGE_DATABASE)
  const [emptyHome, largeHome] = await alternate(empty.context, base, large.context, base, loads)
  const [smallTeam, largeTeam] = await alternate(
    small.context,
    `${base}teams/bench-team-0`,
    large.context,
    `${base}teams/bench-team-123`,
    loads,
  )
  const typing = await keystrokeToPaint(
    large.context,
    `${base}reviews/bench-team-123-review-2/items/caseload-size`,
    keystrokes,
  )
  // The same measurement in the floor app's one controlled textarea: what React alone costs per keystroke.
  const floorContext = await browser.newContext()
  typing.floorNote = (await keystrokeToPaint(floorContext, `${floorBase}type`, keystrokes)).note
  await floorContext.close()
  for (const p of [empty, small, large]) await p.context.close()
  return { counts: large.counts, emptyHome, largeHome, smallTeam, largeTeam, typing }
}

/** Typing alone (BENCH_ONLY=typing): a note in the large database's workspace beside the floor's textarea. */
export async function typingBench(browser, base, floorBase, { keystrokes = 150, rounds = 3 } = {}) {
  const large = await profile(browser, base, LARGE_DATABASE)
  const floorContext = await browser.newContext()
  const runs = []
  // Rounds alternate app and floor, so a busy moment on the machine hits both alike.
  for (let i = 0; i < rounds; i++) {
    const typing = await keystrokeToPaint(
      large.context,
      `${base}reviews/bench-team-123-review-2/items/caseload-size`,
      keystrokes,
    )
    typing.floorNote = (await keystrokeToPaint(floorContext, `${floorBase}type`, keystrokes)).note
    runs.push(typing)
  }
  await floorContext.close()
  await large.context.close()
  return runs
}

/** The session notes screen of a review with 500 session notes: the note a reviewer is typing in. */
const SESSION_NOTES = { sessions: 10, notes: 500, noteLength: 400 }
const sessionNoteBox = (page) => page.getByRole('textbox', { name: 'Note 1', exact: true })

/**
 * Typing in session notes (BENCH_ONLY=session-typing, and once in the full run): a note on the session notes
 * screen of a review with 500 session notes across 10 sessions, beside the floor's textarea, `rounds` times.
 */
export async function sessionTypingBench(browser, base, floorBase, { keystrokes = 150, rounds = 5 } = {}) {
  const visit = await profile(browser, base, SESSION_NOTES, seedSessionNotes)
  const floorContext = await browser.newContext()
  const runs = []
  // Rounds alternate app and floor, so a busy moment on the machine hits both alike.
  for (let i = 0; i < rounds; i++) {
    const typing = await keystrokeToPaint(
      visit.context,
      `${base}reviews/bench-visit-review/sessions/bench-visit-session-3`,
      keystrokes,
      sessionNoteBox,
    )
    typing.floorNote = (await keystrokeToPaint(floorContext, `${floorBase}type`, keystrokes)).note
    runs.push(typing)
  }
  await floorContext.close()
  await visit.context.close()
  return { counts: visit.counts, runs }
}

/**
 * Types into a note and measures each keystroke two ways:
 * - work: from the key event until the app's handlers, React's render and the browser's style and layout for
 *   it are done (a window-level input listener runs after React's, then forces layout) - the app's own cost;
 * - next frame: from the key event until a task after the next animation frame - what the user waits for,
 *   which also includes waiting for the display's frame; a plain textarea outside the app, typed into on the
 *   same page, is the control for that part.
 * Event Timing interactions of 16 ms or more are counted for both.
 */
async function keystrokeToPaint(context, url, keystrokes, findNote = (page) => page.getByLabel('Note').first()) {
  const page = await context.newPage()
  await page.goto(url)
  const note = findNote(page)
  await note.waitFor()
  await page.evaluate(() => {
    const control = document.createElement('textarea')
    control.id = 'bench-control'
    control.setAttribute('aria-label', 'Control')
    document.body.append(control)
    let keyAt = 0
    window.__bench = { work: [], frame: [], slow: new Map() }
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.interactionId)
          window.__bench.slow.set(
            entry.interactionId,
            Math.max(window.__bench.slow.get(entry.interactionId) ?? 0, entry.duration),
          )
    }).observe({ type: 'event', durationThreshold: 16 })
    document.addEventListener(
      'keydown',
      (event) => {
        keyAt = event.timeStamp
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => window.__bench.frame.push(performance.now() - event.timeStamp)
          channel.port2.postMessage(null)
        })
      },
      true,
    )
    window.addEventListener('input', () => {
      document.documentElement.getBoundingClientRect()
      window.__bench.work.push(performance.now() - keyAt)
    })
  })
  const text = ' typed on site with no signal, every character kept.'
  async function typeInto(locator) {
    await page.evaluate(() => {
      window.__bench.work = []
      window.__bench.frame = []
      window.__bench.slow = new Map()
    })
    await locator.click()
    await page.keyboard.press('End')
    for (let i = 0; i < keystrokes; i++) await page.keyboard.type(text[i % text.length], { delay: 25 })
    await page.waitForTimeout(600)
    const { work, frame, slow } = await page.evaluate(() => ({ ...window.__bench, slow: window.__bench.slow.size }))
    return {
      count: work.length,
      workP95: percentile(work, 95),
      frameP50: percentile(frame, 50),
      frameP95: percentile(frame, 95),
      slow,
    }
  }
  const noteResult = await typeInto(note)
  const control = await typeInto(page.locator('#bench-control'))
  await page.close()
  return { note: noteResult, control }
}
