import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from 'playwright-core'
import {
  ARTIFACTS,
  expectNoAxeViolations,
  openOfflineApp,
  requestsOffLoopback,
  startSession,
  type BrowserSession,
} from './browser'

const uk = JSON.parse(readFileSync('scales/ips-uk/1.0.0.json', 'utf8')) as { items: { id: string; number: number }[] }
let session: BrowserSession
let context: BrowserContext
let page: Page
let pageErrors: string[]
let reviewId = ''

beforeAll(async () => {
  session = await startSession()
  ;({ context, page, pageErrors } = await openOfflineApp(session))
})

afterAll(async () => {
  await session?.close()
})

// Reviewer A’s scores total 119 (Exemplary); B differs by up to two points on a few items.
const scoreA = (n: number) => (n % 4 === 0 ? 4 : 5)
const scoreB = (n: number) => (n === 6 ? 3 : n % 4 === 0 ? 4 : n % 5 === 0 ? 4 : 5)

/** One reviewer rates every item on their own tab: a score key, then a rationale that autosaves. */
async function rateEverything(tab: Page, reviewerName: string, score: (n: number) => number) {
  await tab.goto(`${session.base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
  const choose = tab.getByRole('button', { name: `I am ${reviewerName}` })
  // A tab remembers who is rating in it; a new tab asks.
  await Promise.race([choose.waitFor(), tab.getByText(`Rating as: ${reviewerName}`).waitFor()])
  if (await choose.isVisible()) await choose.click()
  for (const item of uk.items) {
    if (item.number > 1) {
      await tab
        .getByRole('navigation', { name: 'Previous and next item' })
        .getByRole('link', { name: new RegExp(`^${item.number}\\. `) })
        .click()
    }
    await tab.getByRole('heading', { level: 1, name: new RegExp(`^Rate ${item.number}\\. `) }).waitFor()
    await tab.getByRole('radio', { name: new RegExp(`^${score(item.number)}: `) }).check()
    await tab
      .getByLabel('Rationale')
      .fill(`${reviewerName}: evidence for item ${item.number} matches anchor ${score(item.number)}.`)
    await tab.getByLabel('Rationale').blur()
    await tab.locator('.autosave-text-field .save-status--saved').waitFor()
  }
  await tab.getByRole('button', { name: 'I have finished rating' }).click()
}

describe('two reviewers reach a consensus and a final, banded review, offline', () => {
  it('starts a review of the demo team with two reviewers', async () => {
    await page.getByRole('button', { name: 'Load demo team' }).click()
    await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()
    await page.getByRole('link', { name: 'Start a review' }).click()
    await page.getByLabel('First day of the visit').fill('2026-11-24')
    await page.getByLabel('Last day of the visit').fill('2026-11-25')
    await page.getByLabel("First reviewer's name").fill('Ana Reviewer')
    await page.getByLabel("Second reviewer's name (optional)").fill('Ben Reviewer')
    await page.getByRole('button', { name: 'Start review' }).click()
    await page.getByRole('link', { name: 'Open evidence workspace' }).waitFor()
    reviewId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
    expect(reviewId).not.toBe('')
  })

  it('keeps each reviewer blind to the other until both have finished', async () => {
    const tabA = await context.newPage()
    await rateEverything(tabA, 'Ana Reviewer', scoreA)
    await tabA.getByText('Ben Reviewer has not finished rating yet').waitFor()
    await expectNoAxeViolations(tabA)

    const tabB = await context.newPage()
    await tabB.goto(`${session.base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
    await tabB.getByRole('button', { name: 'I am Ben Reviewer' }).click()
    await tabB.getByRole('heading', { level: 1, name: /^Rate 1\. / }).waitFor()
    await tabB.getByLabel('Rationale').waitFor()
    expect(await tabB.getByText('Ana Reviewer: evidence for item 1').count()).toBe(0)
    await tabB.goto(`${session.base}reviews/${reviewId}/consensus`)
    await tabB
      .getByText(/Ben Reviewer/)
      .first()
      .waitFor()
    expect(await tabB.getByRole('button', { name: 'Start consensus' }).count()).toBe(0)
    await rateEverything(tabB, 'Ben Reviewer', scoreB)
    await tabA.close()
    await tabB.close()
  })

  it('orders consensus by disagreement, finalises, and shows the band and the change since last time', async () => {
    await page.goto(`${session.base}reviews/${reviewId}/consensus`)
    await page.getByRole('button', { name: 'Start consensus' }).click()
    await page
      .getByText(/exact agreement/i)
      .first()
      .waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/consensus.png`, fullPage: true })
    // Item 6 differs by two points, more than any other, so it comes first.
    const firstLegend = await page
      .locator('legend')
      .filter({ hasText: /^Agreed score for item/ })
      .first()
      .textContent()
    expect(firstLegend).toBe('Agreed score for item 6')

    await page.getByRole('button', { name: 'Finalise the review' }).click()
    await page.getByText('The review cannot be finalised yet:').waitFor()

    for (const item of uk.items) {
      const group = page.getByRole('group', { name: `Agreed score for item ${item.number}`, exact: true })
      await group.getByRole('radio', { name: new RegExp(`^${scoreA(item.number)}: `) }).check()
      await page
        .getByLabel(`Consensus rationale for item ${item.number}`, { exact: true })
        .fill(`Agreed ${scoreA(item.number)}: records and interviews agree.`)
    }
    await page.getByLabel(`Consensus rationale for item ${uk.items[24]!.number}`, { exact: true }).blur()
    await page.waitForTimeout(800)
    await page.getByRole('button', { name: 'Finalise the review' }).click()
    await page.getByText(/final/i).first().waitFor()

    await page.goto(`${session.base}reviews/${reviewId}/results`)
    await page
      .getByText(/Exemplary fidelity/)
      .first()
      .waitFor()
    expect(await page.getByText('119', { exact: false }).count()).toBeGreaterThan(0)
    await page
      .getByText(/from .* to Exemplary fidelity|still Exemplary fidelity/)
      .first()
      .waitFor()
    expect(await page.getByRole('table').count()).toBeGreaterThan(0)
    expect(await page.getByRole('img').count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/results.png`, fullPage: true })
  })

  it('locks the final review: its rating screen is read-only', async () => {
    const tab = await context.newPage()
    await tab.goto(`${session.base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
    const choose = tab.getByRole('button', { name: 'I am Ana Reviewer' })
    await choose.click()
    await tab.getByRole('heading', { level: 1, name: /^Rate 1\. / }).waitFor()
    expect(await tab.getByLabel('Rationale').getAttribute('readonly')).not.toBeNull()
    await tab.close()
  })

  it('shows the team history with the new review', async () => {
    await page.goto(session.base)
    await page.getByRole('link', { name: 'Northgate Community Recovery Team' }).click()
    await page.getByRole('link', { name: /history/i }).click()
    await page.getByRole('table').first().waitFor()
    expect(await page.getByText(/Self-assessment/).count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/team-history.png`, fullPage: true })
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expect(pageErrors).toEqual([])
    expect(requestsOffLoopback(session.requests)).toEqual([])
  })
})
