import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ARTIFACTS } from './browser'
import { uk } from './review-steps'
import { startOwnChromium, type OwnChromium } from './own-chromium'

/**
 * A reviewer types at human speed into an evidence note or a rationale (having just chosen a score),
 * and the browser is SIGKILLed at a random moment: while typing or up to 1.2 s after the last key.
 * Restarted on the same profile, the field must hold everything typed more than 500 ms before the
 * kill, and nothing that was never typed.
 */

const REVIEW_ID = 'demo-northgate-review-current'
const REVIEWER = 'Priya Shah'
/** An item the demo review has no evidence or ratings for, so the test owns the fields it types in. */
const ITEM = uk.items[24]!
export const SAFE_AFTER_MS = 500
const KILL_WINDOW_AFTER_TYPING_MS = 1200

export type CrashTarget = 'note' | 'rationale'

export interface CycleResult {
  cycle: number
  target: CrashTarget
  keysTyped: number
  /** Keys typed more than SAFE_AFTER_MS before the kill. */
  keysOld: number
  /** Of those, how many were missing after the restart: must be 0. */
  oldKeysLost: number
  /** The field held text that was never typed (or lost a middle part): must never happen. */
  corrupted: boolean
  /** A score chosen more than SAFE_AFTER_MS before the kill was not there after the restart. */
  scoreLost: boolean
  killedAfterLastKeyMs: number
}

/** A small seeded generator (mulberry32), so a failing run can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const urlOf = (base: string, target: CrashTarget) =>
  target === 'note' ? `${base}reviews/${REVIEW_ID}/items/${ITEM.id}` : `${base}reviews/${REVIEW_ID}/rate/${ITEM.id}`

async function openPage(chrome: OwnChromium): Promise<Page> {
  const context = chrome.browser.contexts()[0] ?? (await chrome.browser.newContext())
  return context.pages()[0] ?? (await context.newPage())
}

/** Opens the field on screen, choosing the reviewer on the rating screen when a new session asks. */
async function openField(page: Page, base: string, target: CrashTarget) {
  await page.goto(urlOf(base, target))
  if (target === 'note') {
    const note = page.getByRole('article').last().getByLabel('Note')
    await note.waitFor()
    return note
  }
  const choose = page.getByRole('button', { name: `I am ${REVIEWER}` })
  const rationale = page.getByLabel('Rationale')
  await Promise.race([choose.waitFor(), rationale.waitFor()])
  if (await choose.isVisible()) await choose.click()
  await rationale.waitFor()
  return rationale
}

async function checkedScore(page: Page): Promise<number | null> {
  for (let score = 1; score <= 5; score++) {
    if (await page.getByRole('radio', { name: new RegExp(`^${score}: `) }).isChecked()) return score
  }
  return null
}

/** Loads the demo team and adds the one evidence entry the note cycles type into. */
async function prepareProfile(profileDir: string, base: string) {
  const chrome = await startOwnChromium(profileDir)
  try {
    const page = await openPage(chrome)
    await page.goto(base)
    await page.getByRole('button', { name: 'Load demo team' }).click()
    await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()
    await page.goto(urlOf(base, 'note'))
    await page.getByRole('button', { name: 'Add evidence' }).click()
    await page.getByRole('article').last().getByLabel('Note').waitFor()
    // A clean shutdown, so set-up itself is never what a cycle finds missing.
    await chrome.browser.close()
  } finally {
    await chrome.kill()
  }
}

/** What a cycle typed before its kill, to check once the browser is back. */
interface Pending {
  cycle: number
  target: CrashTarget
  before: string
  typed: { key: string; at: number }[]
  killedAt: number
  scoreChosen: { score: number; at: number } | null
}

/** Reads the field a killed cycle typed into, in the restarted browser, and judges what survived. */
async function check(page: Page, base: string, done: Pending): Promise<{ result: CycleResult; text: string }> {
  const field = await openField(page, base, done.target)
  const text = await field.inputValue()
  const safeBefore = done.killedAt - SAFE_AFTER_MS
  const everything = done.before + done.typed.map((k) => k.key).join('')
  const mustHave =
    done.before +
    done.typed
      .filter((k) => k.at < safeBefore)
      .map((k) => k.key)
      .join('')
  let kept = 0
  while (kept < mustHave.length && text[kept] === mustHave[kept]) kept++
  const score = done.target === 'rationale' ? await checkedScore(page) : null
  const last = done.typed.at(-1)
  const result: CycleResult = {
    cycle: done.cycle,
    target: done.target,
    keysTyped: done.typed.length,
    keysOld: mustHave.length - done.before.length,
    oldKeysLost: mustHave.length - kept,
    corrupted: !everything.startsWith(text),
    scoreLost: done.scoreChosen !== null && done.scoreChosen.at < safeBefore && score !== done.scoreChosen.score,
    killedAfterLastKeyMs: last ? done.killedAt - last.at : -1,
  }
  return { result, text }
}

/** Chooses a new score (rating screen), types at human speed and SIGKILLs the browser at a random moment. */
async function typeAndKill(
  chrome: OwnChromium,
  page: Page,
  base: string,
  cycle: number,
  target: CrashTarget,
  between: (low: number, high: number) => number,
): Promise<Pending> {
  const field = await openField(page, base, target)
  const before = await field.inputValue()
  let scoreChosen: Pending['scoreChosen'] = null
  if (target === 'rationale') {
    const score = (((await checkedScore(page)) ?? 0) % 5) + 1
    const at = Date.now()
    await page.getByRole('radio', { name: new RegExp(`^${score}: `) }).check()
    scoreChosen = { score, at }
  }
  await field.focus()
  await page.keyboard.press('Control+End')
  const keys = Array.from({ length: between(15, 45) }, () => 'abcdefghijklmnopqrstuvwxyz  '[between(0, 27)]!)
  const delays = keys.map(() => between(20, 40))
  const typingMs = delays.reduce((sum, d) => sum + d, 0)
  const killAfterMs = between(0, typingMs + KILL_WINDOW_AFTER_TYPING_MS)

  // Keys go straight to the browser's input pipeline without waiting for each to be handled, as a
  // keyboard does: a key every 20-40 ms whatever the page is busy with.
  const cdp = await page.context().newCDPSession(page)
  const typed: Pending['typed'] = []
  let killedAt = 0
  const killing = sleep(killAfterMs).then(async () => {
    killedAt = Date.now()
    await chrome.kill()
  })
  for (let i = 0; i < keys.length && killedAt === 0; i++) {
    const key = keys[i]!
    // Counted from when it is sent: never later than the page saw it, so the check is strict.
    typed.push({ key, at: Date.now() })
    for (const type of ['keyDown', 'keyUp'] as const) {
      cdp.send('Input.dispatchKeyEvent', { type, key, text: type === 'keyDown' ? key : undefined }).catch(() => {})
    }
    await sleep(delays[i]!)
  }
  await killing
  return { cycle, target, before, typed, killedAt, scoreChosen }
}

export async function runCrashCycles(options: {
  base: string
  cycles: number
  seed: number
  onCycle?: (result: CycleResult) => void
}): Promise<CycleResult[]> {
  const random = seededRandom(options.seed)
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1))
  const profileDir = mkdtempSync(join(tmpdir(), 'ips-crash-profile-'))
  const results: CycleResult[] = []
  try {
    await prepareProfile(profileDir, options.base)
    let pending: Pending | null = null
    // Each start of the browser first checks the previous cycle's field, then types and is killed again.
    for (let cycle = 1; cycle <= options.cycles + 1; cycle++) {
      const chrome = await startOwnChromium(profileDir)
      const page = await openPage(chrome)
      try {
        if (pending) {
          const { result } = await check(page, options.base, pending)
          results.push(result)
          options.onCycle?.(result)
        }
        if (cycle > options.cycles) break
        const target: CrashTarget = random() < 0.5 ? 'note' : 'rationale'
        pending = await typeAndKill(chrome, page, options.base, cycle, target, between)
      } catch (error) {
        // What the page showed, for a person to look at: a timeout alone does not say why.
        await page.screenshot({ path: `${ARTIFACTS}/crash-failure.png`, fullPage: true }).catch(() => undefined)
        const shown = await page
          .locator('body')
          .innerText({ timeout: 2000 })
          .catch(() => '(page not readable)')
        throw new Error(`Crash cycle ${cycle} failed at ${page.url()}; the page showed:\n${shown.slice(0, 1500)}`, {
          cause: error,
        })
      } finally {
        await chrome.kill()
      }
    }
    return results
  } finally {
    rmSync(profileDir, { recursive: true, force: true })
  }
}
