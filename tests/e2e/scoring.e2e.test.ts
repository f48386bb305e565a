import { describe, expect, it } from 'vitest'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import {
  firstConsensusItem,
  loadDemoTeam,
  rateEverything,
  scoreA,
  scoreB,
  startConsensus,
  startTwoReviewerReview,
  uk,
} from './review-steps'

const app = useAppPage()
let reviewId = ''

describe('two reviewers reach a consensus and a final, banded review, offline', () => {
  it('starts a review of the demo team with two reviewers', async () => {
    const { page } = app
    await loadDemoTeam(page)
    reviewId = await startTwoReviewerReview(page, 'Ana Reviewer', 'Ben Reviewer')
    expect(reviewId).not.toBe('')
  })

  it('keeps each reviewer blind to the other until both have finished', async () => {
    const { session, context } = app
    const tabA = await context.newPage()
    await rateEverything(tabA, session.base, reviewId, 'Ana Reviewer', scoreA)
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
    await rateEverything(tabB, session.base, reviewId, 'Ben Reviewer', scoreB)
    await tabA.close()
    await tabB.close()
  })

  it('orders consensus by disagreement, finalises, and shows the band and the change since last time', async () => {
    const { session, page } = app
    await startConsensus(page, session.base, reviewId)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/consensus.png`, fullPage: true })
    // Item 6 differs by two points, more than any other, so it comes first.
    expect(await firstConsensusItem(page)).toBe('Agreed score for item 6')
    // Items both scored alike arrive proposed, not saved; one action saves them all.
    await page.getByRole('button', { name: /^Accept all agreed items \(\d+\)$/ }).click()
    await page.getByRole('button', { name: /^Yes, accept \d+ items?$/ }).click()
    await page.getByText(/agreed items? accepted and saved\./).waitFor()
    expect(await page.getByText('Proposed, not saved yet').count()).toBe(0)
    // The cards with their evidence beside both ratings.
    await expectNoAxeViolations(page)

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
    const { session, context } = app
    const tab = await context.newPage()
    await tab.goto(`${session.base}reviews/${reviewId}/rate/${uk.items[0]!.id}`)
    const choose = tab.getByRole('button', { name: 'I am Ana Reviewer' })
    await choose.click()
    await tab.getByRole('heading', { level: 1, name: /^Rate 1\. / }).waitFor()
    expect(await tab.getByLabel('Rationale').getAttribute('readonly')).not.toBeNull()
    await tab.close()
  })

  it('shows the team history with the new review', async () => {
    const { session, page } = app
    await page.goto(session.base)
    await page.getByRole('link', { name: 'Northgate Community Recovery Team' }).click()
    await page.getByRole('link', { name: /history/i }).click()
    await page.getByRole('table').first().waitFor()
    expect(await page.getByText(/Self-assessment/).count()).toBeGreaterThan(0)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/team-history.png`, fullPage: true })
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
