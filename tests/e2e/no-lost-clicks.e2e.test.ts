import { describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { loadDemoTeam, uk } from './review-steps'

const app = useAppPage()
let reviewId = ''
const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name })

/**
 * Presses a control and holds it while `meanwhile` waits for the save that leaving the field started, then lets
 * go, as a reviewer who clicks straight after typing does. Fails if the control moved between press and release:
 * the browser then sends the click to whatever is under the pointer, or to nothing.
 */
async function pressAndHold(p: Page, target: Locator, meanwhile: () => Promise<void>) {
  await target.scrollIntoViewIfNeeded()
  const pressed = await target.boundingBox()
  if (!pressed) throw new Error('The control to press is not on screen')
  await p.mouse.move(pressed.x + pressed.width / 2, pressed.y + pressed.height / 2)
  await p.mouse.down()
  try {
    // The save lands on blur, within a few milliseconds; a person's press lasts longer than this anyway.
    await p.waitForTimeout(300)
    await meanwhile()
    const released = await target.boundingBox()
    expect({ x: released?.x, y: released?.y }).toEqual({ x: pressed.x, y: pressed.y })
  } finally {
    await p.mouse.up()
  }
}

describe('no click is lost when a save lands between mouse-down and mouse-up', () => {
  it('starts a one-reviewer review of the demo team, which is finalised from the rating screen', async () => {
    const { page } = app
    await loadDemoTeam(page)
    await page.getByRole('link', { name: 'Start a review' }).click()
    await page.getByLabel('First day of the visit').fill('2026-11-24')
    await page.getByLabel('Last day of the visit').fill('2026-11-25')
    await page.getByLabel("First reviewer's name").fill('Solo Reviewer')
    await page.getByRole('button', { name: 'Start review' }).click()
    await page.getByRole('link', { name: 'Open evidence workspace' }).waitFor()
    reviewId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
    expect(reviewId).not.toBe('')
  })

  it('rating: a rationale typed, then "next item" pressed at once, moves on every time', async () => {
    const { session, page } = app
    await page.goto(`${session.base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
    // The only reviewer of a one-reviewer review is the one rating: no one is asked to choose.
    await page.getByText('Rating as:').waitFor()

    for (const item of uk.items.slice(0, 6)) {
      const next = uk.items.find((candidate) => candidate.number === item.number + 1)!
      await heading(page, new RegExp(`^Rate ${item.number}\\. `)).waitFor()
      await page.getByRole('radio', { name: /^4: / }).check()
      // The finalise box now lists this item; the list shortens the moment its rationale saves.
      const missing = page.getByText(`Item ${item.number} has a score but no rationale.`, { exact: true })
      await missing.waitFor()
      await page.getByLabel('Rationale').fill(`Item ${item.number}: the records and interviews place it at 4.`)
      const nextLink = page
        .getByRole('navigation', { name: 'Previous and next item' })
        .getByRole('link', { name: new RegExp(`^${next.number}\\. `) })
      await pressAndHold(page, nextLink, () => expect.poll(() => missing.count()).toBe(0))
      await heading(page, new RegExp(`^Rate ${next.number}\\. `)).waitFor({ timeout: 3000 })
    }
    const saved = page
      .getByRole('navigation', { name: 'Items to rate' })
      .getByText(/^\d+ of 25 rated$/)
      .first()
    await expect.poll(() => saved.textContent()).toBe('6 of 25 rated')
  })

  it('session notes: items typed for a note, then "Add a note" pressed at once, adds a note every time', async () => {
    const { session, page } = app
    await page.goto(`${session.base}reviews/${reviewId}`)
    await page
      .getByRole('region', { name: 'Visit plan' })
      .getByRole('link', { name: /Interview, 1 team leader/ })
      .click()
    await heading(page, /Interview: 1 team leader/).waitFor()
    const add = page.getByRole('button', { name: 'Add a note', exact: true })
    await add.click()

    for (const number of [1, 2, 3]) {
      const note = page.getByRole('article', { name: `Note ${number}`, exact: true })
      await note.getByRole('textbox', { name: `Note ${number}`, exact: true }).waitFor()
      await note
        .getByRole('textbox', { name: `Note ${number}`, exact: true })
        .fill(`Point ${number} from the interview.`)
      // Several items with long titles: once saved, their names take more than one line.
      await note.getByLabel(`Items for note ${number}`).fill('1, 2, 9, 14, 21')
      await pressAndHold(page, add, async () => {
        await expect.poll(async () => (await note.getByText(/^Tagged to: 1\. /).count()) > 0).toBe(true)
      })
      await page
        .getByRole('article', { name: `Note ${number + 1}`, exact: true })
        .getByRole('textbox', { name: `Note ${number + 1}`, exact: true })
        .waitFor({ timeout: 3000 })
    }
    await expect.poll(() => page.getByRole('article', { name: /^Note \d+$/ }).count()).toBe(4)
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
