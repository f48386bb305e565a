import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'

export const uk = JSON.parse(readFileSync('scales/ips-uk/1.0.0.json', 'utf8')) as {
  items: { id: string; number: number }[]
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
