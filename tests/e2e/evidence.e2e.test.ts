import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'

const app = useAppPage()
let reviewUrl = ''

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name })
const itemUrl = (itemId: string) => `${reviewUrl.replace(/\/$/, '')}/items/${itemId}`

/** Adds an evidence entry of a source to the open item and types a note into it. */
async function addEvidence(p: Page, source: string, note: string, role?: string) {
  await p.getByLabel('Source of the new evidence').selectOption({ label: source })
  await p.getByRole('button', { name: 'Add evidence' }).click()
  const entries = p.getByRole('article')
  const entry = entries.last()
  if (role) await entry.getByLabel('Role of the person interviewed').fill(role)
  await entry.getByLabel('Note').click()
  await p.keyboard.type(note)
  return entry
}

describe('collecting evidence offline', () => {
  it('creates a team and a review with clear errors for impossible values', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Add a team' }).click()
    await heading(page, 'Add a team').waitFor()
    await page.getByLabel('Team name').fill('Riverside Early Intervention Team')
    await page.getByLabel('Number of employment specialists').fill('3')
    await page.getByLabel("Employment specialists' full-time equivalent (FTE)").fill('0')
    await page.getByRole('button', { name: 'Add team' }).click()
    await page.getByText(/must be more than 0 when the team has specialists/).waitFor()
    await expectNoAxeViolations(page)
    await page.getByLabel("Employment specialists' full-time equivalent (FTE)").fill('2.6')
    await page.getByRole('button', { name: 'Add team' }).click()
    await heading(page, 'Riverside Early Intervention Team').waitFor()

    await page.getByRole('link', { name: 'Start a review' }).click()
    await heading(page, 'Start a review').waitFor()
    await page.getByLabel('First day of the visit').fill('2026-11-20')
    await page.getByLabel('Last day of the visit').fill('2026-11-19')
    await page.getByLabel("First reviewer's name").fill('Zoë Ó Briain')
    await page.getByRole('button', { name: 'Start review' }).click()
    await page
      .getByText(/before the first day|after the first day|cannot be before/i)
      .first()
      .waitFor()
    await expectNoAxeViolations(page)
    await page.getByLabel('Last day of the visit').fill('2026-11-21')
    await page.getByRole('button', { name: 'Start review' }).click()
    await page.getByRole('link', { name: 'Open evidence workspace' }).waitFor()
    reviewUrl = page.url()
    await expectNoAxeViolations(page)
  })

  it('keeps notes typed on several items across a reload', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Open evidence workspace' }).click()
    await heading(page, /^1\. Caseload size/).waitFor()
    await addEvidence(
      page,
      'Interview',
      'Team leader counts 81 active service users, including 12 in work.',
      'team leader',
    )
    await page.getByText('Saved').first().waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/workspace-item-1.png`, fullPage: true })

    await page.getByRole('navigation', { name: 'Previous and next item' }).getByRole('link', { name: /^2\. / }).click()
    await heading(page, /^2\. /).waitFor()
    await addEvidence(
      page,
      'Document',
      'Job descriptions: specialists hold no care-coordination duties — “employment only”.',
    )

    await page.goto(itemUrl('rapid-job-search'))
    await heading(page, /^15\. /).waitFor()
    await addEvidence(
      page,
      'Record review',
      'Sampled records: first employer contact usually within a month of joining.',
    )
    await page.waitForTimeout(700)

    await page.reload()
    await heading(page, /^15\. /).waitFor()
    expect(await page.getByLabel('Note').inputValue()).toBe(
      'Sampled records: first employer contact usually within a month of joining.',
    )
    await page.goto(itemUrl('caseload-size'))
    await heading(page, /^1\. Caseload size/).waitFor()
    expect(await page.getByLabel('Note').inputValue()).toBe(
      'Team leader counts 81 active service users, including 12 in work.',
    )
    expect(await page.getByLabel('Role of the person interviewed').inputValue()).toBe('team leader')
    await page.goto(itemUrl('employment-services-staff'))
    expect(await page.getByLabel('Note').inputValue()).toBe(
      'Job descriptions: specialists hold no care-coordination duties — “employment only”.',
    )
  })

  it('keeps text typed just before the page was closed, within the save delay', async () => {
    const { context } = app
    const typist = await context.newPage()
    await typist.goto(itemUrl('disclosure'))
    await heading(typist, /^13\. Disclosure/).waitFor()
    await addEvidence(typist, 'Observation', 'Specialist offered to talk through disclosure')
    // No wait: the page closes inside the debounce window.
    await typist.keyboard.type(' before the interview.')
    await typist.close({ runBeforeUnload: true })

    const reopened = await context.newPage()
    await reopened.goto(itemUrl('disclosure'))
    await heading(reopened, /^13\. Disclosure/).waitFor()
    await reopened.getByLabel('Note').waitFor()
    expect(await reopened.getByLabel('Note').inputValue()).toBe(
      'Specialist offered to talk through disclosure before the interview.',
    )
    await reopened.close()
  })

  it('shows the calculator suggestion with its arithmetic, and refuses impossible values', async () => {
    const { page } = app
    await page.goto(itemUrl('caseload-size'))
    await heading(page, /^1\. Caseload size/).waitFor()
    // One row per specialist: an FTE of 0 is refused at its cell, then 84 over 3.5 FTE with a 0.5 FTE specialist holding 16.
    await page.getByLabel('Active service users, Specialist 1').fill('22')
    await page.getByLabel('Specialist FTE, Specialist 1').fill('0')
    await page
      .getByText(/No suggestion/)
      .first()
      .waitFor()
    await page.getByLabel('Specialist FTE, Specialist 1').fill('1')
    for (const [n, caseload, fte] of [
      [2, '23', '1'],
      [3, '23', '1'],
      [4, '16', '0.5'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a specialist' }).click()
      await page.getByLabel(`Active service users, Specialist ${n}`).fill(caseload)
      await page.getByLabel(`Specialist FTE, Specialist ${n}`).fill(fte)
    }
    const suggestion = page.locator('.suggestion')
    await suggestion.getByText('Suggested anchor: 4').waitFor()
    expect(await suggestion.textContent()).toMatch(/84 ÷ 3\.5 = 24/)
    expect(await suggestion.textContent()).toMatch(/Specialist 4 holds 32 .*alone would be anchor 2/)
    await expectNoAxeViolations(page)
  })

  it('shows in the coverage grid which items have evidence from which source', async () => {
    const { page } = app
    await page.goto(`${reviewUrl.replace(/\/$/, '')}/coverage`)
    const table = page.getByRole('table', { name: 'Evidence by item and source' })
    await table.waitFor()
    const caseloadRow = table.getByRole('row').filter({ hasText: 'Caseload size' })
    expect(await caseloadRow.textContent()).toMatch(/✓/)
    const outreachRow = table.getByRole('row').filter({ hasText: /^25\.|Assertive engagement/ })
    expect(await outreachRow.textContent()).not.toMatch(/✓/)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/coverage.png`, fullPage: true })
  })

  it('shows one tab the notes typed in another tab', async () => {
    const { context } = app
    const first = await context.newPage()
    const second = await context.newPage()
    await first.goto(itemUrl('vocational-unit'))
    await second.goto(itemUrl('vocational-unit'))
    await heading(first, /^7\. /).waitFor()
    await heading(second, /^7\. /).waitFor()
    await addEvidence(first, 'Observation', 'Weekly unit meeting observed; job leads shared.')
    await second.getByLabel('Note').waitFor()
    await second.waitForFunction(
      () =>
        (document.querySelector('textarea') as HTMLTextAreaElement | null)?.value ===
        'Weekly unit meeting observed; job leads shared.',
    )
    await first.close()
    await second.close()
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
