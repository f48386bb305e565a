import { describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { ARTIFACTS, expectNoAxeViolations } from './browser'
import { useAppPage } from './use-browser-session'
import { REVIEW_ID, validReviewFile } from '../domain/exchange/fixtures'

// A co-reviewer sets up the team by hand before the visit, then imports the other reviewer's file of it.
const app = useAppPage()

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name })
const LEGEND = 'Team Northgate Community Recovery Team (Northgate NHS Foundation Trust)'

async function chooseImportFile(page: Page, path: string) {
  await page.goto(`${app.session.base}import`)
  await page.getByLabel('Review or backup file (JSON)').setInputFiles(path)
  await page.getByRole('heading', { name: /^Check before importing/ }).waitFor()
}

async function teamsNamedNorthgate(page: Page): Promise<number> {
  await page.goto(app.session.base)
  const list = page.getByRole('list', { name: 'Teams on this device' })
  await list.waitFor()
  return list
    .getByRole('listitem')
    .filter({ hasText: /northgate community\s+recovery team/i })
    .count()
}

describe('an imported file links to the team set up by hand', () => {
  it('sets up the team by hand, typed a little differently from the file', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Add a team' }).click()
    await heading(page, 'Add a team').waitFor()
    await page.getByLabel('Team name').fill('Northgate community  recovery team ')
    await page.getByLabel('Organisation').fill('northgate NHS Foundation Trust')
    await page.getByLabel('Number of employment specialists').fill('4')
    await page.getByLabel("Employment specialists' full-time equivalent (FTE)").fill('3.6')
    await page.getByRole('button', { name: 'Add team' }).click()
    await heading(page, /Northgate community\s+recovery team/i).waitFor()
  })

  it('previews the file linked to that team, imports it there, and adds no second team', async () => {
    const { page } = app
    const path = `${ARTIFACTS}/team-link-review.json`
    writeFileSync(path, JSON.stringify(validReviewFile()))
    await chooseImportFile(page, path)

    const group = page.getByRole('group', { name: LEGEND })
    await expect
      .poll(() => group.getByRole('radio', { name: 'Link to the team already on this device' }).isChecked())
      .toBe(true)
    await expectNoAxeViolations(page)
    // Keyboard: the other option and back again, with the arrow keys of a radio group.
    await group.getByRole('radio', { name: 'Link to the team already on this device' }).focus()
    await page.keyboard.press('ArrowDown')
    expect(await group.getByRole('radio', { name: 'Keep as a separate team' }).isChecked()).toBe(true)
    await page.keyboard.press('ArrowUp')
    expect(await group.getByRole('radio', { name: 'Link to the team already on this device' }).isChecked()).toBe(true)

    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('heading', { name: /^Imported / }).waitFor()
    await page.getByRole('link', { name: 'Open the review' }).click()
    await page.waitForURL(new RegExp(`/reviews/${REVIEW_ID}`))
    expect(await teamsNamedNorthgate(page)).toBe(1)
  })

  it('links a later file from the same co-reviewer as before', async () => {
    const { page } = app
    const later = validReviewFile()
    later.data.ratings[0]!.rationale = 'Added after the first file was sent.'
    const path = `${ARTIFACTS}/team-link-review-later.json`
    writeFileSync(path, JSON.stringify(later))
    await chooseImportFile(page, path)

    const group = page.getByRole('group', { name: LEGEND })
    await group.getByText(/Linked to Northgate community\s+recovery team as before/i).waitFor()
    await group.getByRole('button', { name: 'Keep separate this time' }).waitFor()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('heading', { name: /^Imported / }).waitFor()
    expect(await teamsNamedNorthgate(page)).toBe(1)
    expect(app.pageErrors).toEqual([])
  })
})
