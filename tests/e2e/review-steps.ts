import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

export const uk = JSON.parse(readFileSync('scales/ips-uk/1.0.0.json', 'utf8')) as {
  items: { id: string; number: number }[]
}

// Reviewer A’s scores total 119 (Exemplary); B differs by up to two points on a few items, most on item 6.
export const scoreA = (n: number) => (n % 4 === 0 ? 4 : 5)
export const scoreB = (n: number) => (n === 6 ? 3 : n % 4 === 0 ? 4 : n % 5 === 0 ? 4 : 5)

/** Loads the demo team from the empty home page and waits for its page. */
export async function loadDemoTeam(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load demo team' }).click()
  await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()
}

/** Starts a review of the team on screen with two reviewers and returns its id. */
export async function startTwoReviewerReview(page: Page, first: string, second: string): Promise<string> {
  await page.getByRole('link', { name: 'Start a review' }).click()
  await page.getByLabel('First day of the visit').fill('2026-11-24')
  await page.getByLabel('Last day of the visit').fill('2026-11-25')
  await page.getByLabel("First reviewer's name").fill(first)
  await page.getByLabel("Second reviewer's name (optional)").fill(second)
  await page.getByRole('button', { name: 'Start review' }).click()
  await page.getByRole('link', { name: 'Open evidence workspace' }).waitFor()
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
}

/** One reviewer rates every item on their own tab: a score key, then a rationale that autosaves; then finishes. */
export async function rateEverything(
  tab: Page,
  base: string,
  reviewId: string,
  reviewerName: string,
  score: (n: number) => number,
) {
  await tab.goto(`${base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
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
  await tab.getByText('You have finished rating; your ratings are locked.').waitFor()
}

/** Starts consensus on a review both reviewers have finished rating, and waits for the agreement figures. */
export async function startConsensus(page: Page, base: string, reviewId: string): Promise<void> {
  await page.goto(`${base}reviews/${reviewId}/consensus`)
  await page.getByRole('button', { name: 'Start consensus' }).click()
  await page
    .getByText(/exact agreement/i)
    .first()
    .waitFor()
}

/** The legend of the first item on the consensus screen, the one the reviewers disagree on most. */
export function firstConsensusItem(page: Page): Promise<string | null> {
  return page
    .locator('legend')
    .filter({ hasText: /^Agreed score for item/ })
    .first()
    .textContent()
}
