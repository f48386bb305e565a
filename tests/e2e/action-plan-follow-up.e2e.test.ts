import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { loadDemoTeam } from './review-steps'

const app = useAppPage()

describe('following up the action plan, offline', () => {
  it('records a status update and a follow-up that survive a reload, and prints the plan on one page', async () => {
    const { page } = app
    await loadDemoTeam(page)
    // The newest final review of the demo team; its lowest scores are 4, so the plan takes items at 4 or below.
    await page.getByRole('listitem').filter({ hasText: 'Final' }).first().getByRole('link').first().click()
    await page.getByRole('link', { name: 'Action plan' }).click()
    await page.getByLabel('Write actions for items scored at or below').selectOption('4')
    await page
      .getByRole('button', { name: /^Add a recommendation for item/ })
      .first()
      .click()
    const card = page.getByRole('article').first()
    await card.getByLabel('Recommendation').fill('Hold a monthly joint caseload review')
    await card.getByLabel('Team’s action').fill('The team leader books the first meeting')

    const form = card.getByRole('group', { name: /^Update the status of/ })
    await form.getByRole('radio', { name: 'On track' }).check()
    await form.getByLabel('Note').fill('First meeting booked')
    await form.getByRole('button', { name: 'Save status update' }).click()
    await form.getByText(/^Saved the update of/).waitFor()

    await page.getByLabel('Who did it').fill('Sam Reviewer')
    await page.getByLabel('What was found').fill('Meetings have started.')
    await page.getByRole('button', { name: 'Record the follow-up' }).click()
    await page.getByText(/^Action plan follow-up, .+: 1 on track/).waitFor()
    await expectNoAxeViolations(page)

    await page.reload()
    await page
      .getByText(/: On track/)
      .first()
      .waitFor()
    await page.getByText('First meeting booked', { exact: false }).first().waitFor()

    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download action plan (PDF)' }).click(),
    ])
    expect(file.suggestedFilename()).toMatch(/^northgate-[a-z0-9-]*-action-plan-\d{4}-\d{2}-\d{2}\.pdf$/)
    mkdirSync(ARTIFACTS, { recursive: true })
    const path = `${ARTIFACTS}/${file.suggestedFilename()}`
    await file.saveAs(path)
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Hold a monthly joint caseload review')
    expect(text).toContain('On track')
    expect(text).toContain('Page 1 of 1')
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
