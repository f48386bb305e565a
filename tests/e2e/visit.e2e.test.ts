import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { uk } from './review-steps'

const app = useAppPage()
let reviewUrl = ''
const item = (n: number) => uk.items.find((i) => i.number === n)!.id
const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name })

/** Fails on a page wider than the window: the check every layout must pass at every width. */
async function expectNoSidewaysScroll(p: Page) {
  const widths = await p.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }))
  expect(widths.page).toBeLessThanOrEqual(widths.window)
}

/** A record's field by its label, exactly: "record 1" must not also find "record 10". */
const field = (p: Page, label: string, record: number) => p.getByLabel(`${label}, record ${record}`, { exact: true })

/** Adds a note and types at once, as a quick reviewer does: keys typed before its box appears are kept too. */
async function addNote(p: Page) {
  await p.getByRole('button', { name: 'Add a note' }).click()
}

async function downloadedText(p: Page, button: string): Promise<string> {
  const [file] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: button }).click()])
  mkdirSync(ARTIFACTS, { recursive: true })
  const path = `${ARTIFACTS}/${file.suggestedFilename()}`
  await file.saveAs(path)
  // One line of words: a title may wrap anywhere on the page.
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
}

describe('a two-day visit, run session by session, offline', () => {
  it('plans the usual two-day visit for a new independent review', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Add a team' }).click()
    await page.getByLabel('Team name').fill('Eastfield Community Mental Health Team')
    await page.getByLabel('Number of employment specialists').fill('4')
    await page.getByLabel("Employment specialists' full-time equivalent (FTE)").fill('3.5')
    await page.getByRole('button', { name: 'Add team' }).click()
    await heading(page, 'Eastfield Community Mental Health Team').waitFor()
    await page.getByRole('link', { name: 'Start a review' }).click()
    await page.getByLabel('First day of the visit').fill('2026-12-07')
    await page.getByLabel('Last day of the visit').fill('2026-12-08')
    await page.getByLabel("First reviewer's name").fill('Priya Shah')
    await page.getByLabel("Second reviewer's name (optional)").fill('Tom Evans')
    await page.getByRole('button', { name: 'Start review' }).click()
    await page.getByRole('link', { name: 'Edit the visit plan' }).waitFor()
    reviewUrl = page.url()

    // The review page lists the usual schedule: eleven sessions over the two days.
    const plan = page.getByRole('region', { name: 'Visit plan' }).getByRole('listitem')
    await expect.poll(() => plan.count()).toBe(11)
    await expect
      .poll(() => plan.first().textContent())
      .toMatch(/7 December 2026, 09:30–10:30: Interview, 1 team leader/)

    await page.getByRole('link', { name: 'Edit the visit plan' }).click()
    await heading(page, /Visit plan/).waitFor()
    await expect.poll(() => page.getByRole('link', { name: 'Take notes' }).count()).toBe(11)
    await expectNoAxeViolations(page)
  })

  it('refuses a session that ends before it starts, beside the field, and saves it once mended', async () => {
    const { page } = app
    const first = page.locator('.visit-session').first()
    await first.getByLabel('Ends').fill('09:00')
    await first.getByRole('button', { name: 'Save session' }).click()
    await first.getByText('The session must end after it starts').waitFor()
    await first.getByLabel('Ends').fill('10:45')
    await first.getByLabel('Place (optional)').fill('Eastfield Resource Centre, room 4')
    await first.getByRole('button', { name: 'Save session' }).click()
    await expect.poll(() => first.getByText('The session must end after it starts').count()).toBe(0)
    await expect.poll(() => first.getByText('Changes not saved yet').count()).toBe(0)
    await page.reload()
    await expect.poll(() => page.locator('.visit-session').first().getByLabel('Ends').inputValue()).toBe('10:45')
  })

  it('prints the data request and the agenda to send before the visit', async () => {
    const { page } = app
    const request = await downloadedText(page, 'Download the request as PDF')
    expect(request).toContain('Eastfield Community Mental Health Team')
    for (const asked of [/caseload/i, /FTE|full-time/i, /job description/i, /referral form/i, /operational policy/i]) {
      expect(request).toMatch(asked)
    }
    for (const asked of [/employer contact/i, /supervision/i, /outcome/i]) expect(request).toMatch(asked)
    // Four specialists: the sample is the larger of 10 and twice the specialists.
    expect(request).toMatch(/\b10\b.*records?|records?.*\b10\b/i)
    const agenda = await downloadedText(page, 'Download the agenda as PDF')
    expect(agenda).toMatch(/7 December 2026/)
    expect(agenda).toMatch(/8 December 2026/)
    expect(agenda).toContain('Eastfield Resource Centre, room 4')
    expect(agenda).toMatch(/Feedback meeting/)
  })

  it('takes notes in the team-leader interview, each tagged to several items by number', async () => {
    const { page } = app
    await page.goto(reviewUrl)
    await page
      .getByRole('region', { name: 'Visit plan' })
      .getByRole('link', { name: /Interview, 1 team leader/ })
      .click()
    await heading(page, /Interview: 1 team leader/).waitFor()
    // The guide beside the notes: what to ask a team leader.
    await page
      .getByText(/Caseload size/)
      .first()
      .waitFor()

    await addNote(page)
    await page.keyboard.type('Four specialists, all IPS only, about 20 people each; one is 0.5 FTE.')
    await page.keyboard.press('Alt+t')
    await page.keyboard.type('1, 2 9')
    await page.keyboard.press('Enter')
    const note1 = page.getByRole('article', { name: 'Note 1' })
    await note1.getByText(/Tagged to: 1\. .*2\. .*9\. /).waitFor()
    await expect
      .poll(() => note1.getByRole('textbox', { name: 'Note 1', exact: true }).inputValue())
      .toBe('Four specialists, all IPS only, about 20 people each; one is 0.5 FTE.')

    await addNote(page)
    await page.keyboard.type('Referrals open to anyone who wants work.')
    await page.keyboard.press('Alt+t')
    await page.keyboard.type('30')
    await page.keyboard.press('Enter')
    const note2 = page.getByRole('article', { name: 'Note 2' })
    await note2.getByText(/"30" is not an item of this scale/).waitFor()
    await note2.getByLabel('Items for note 2').fill('8')
    await page.keyboard.press('Enter')
    await note2.getByText(/Tagged to: 8\. /).waitFor()
    await expectNoAxeViolations(page)
  })

  it('shows a note on each item it is tagged to, and in the coverage by role', async () => {
    const { page } = app
    const base = reviewUrl.replace(/\/$/, '')
    for (const n of [1, 2, 9]) {
      await page.goto(`${base}/items/${item(n)}`)
      await page.getByText('Four specialists, all IPS only').waitFor()
    }
    await page.goto(`${base}/items/${item(3)}`)
    await heading(page, /^3\. /).waitFor()
    expect(await page.getByText('Four specialists, all IPS only').count()).toBe(0)

    await page.goto(`${base}/coverage`)
    const grid = page.getByRole('table', { name: 'Sessions and people by item and role' })
    await grid.waitFor()
    const row1 = grid.getByRole('row', { name: /^1\. / })
    await expect.poll(() => row1.textContent()).toMatch(/1 session, 1 person/)
    await expectNoAxeViolations(page)
  })

  it('fills ten records on a tablet in portrait with no sideways scroll', async () => {
    const { page } = app
    await page.setViewportSize({ width: 768, height: 1024 })
    await page.goto(`${reviewUrl.replace(/\/$/, '')}/records`)
    for (let n = 1; n <= 10; n++) {
      await page.getByRole('button', { name: 'Add a record' }).click()
      await field(page, 'Date of entry to the service', n).waitFor()
    }
    await field(page, 'Date of entry to the service', 1).fill('2026-06-01')
    await field(page, 'Date of entry to the service', 1).blur()
    // A first contact before entry is refused beside the field.
    await field(page, 'First face-to-face employer contact', 1).fill('2026-05-01')
    await field(page, 'First face-to-face employer contact', 1).blur()
    await page
      .getByText(/before the date of entry|before entry/i)
      .first()
      .waitFor()
    await field(page, 'First face-to-face employer contact', 1).fill('2026-06-15')
    await field(page, 'First face-to-face employer contact', 1).blur()
    await field(page, 'Date of entry to the service', 2).fill('2026-09-01')
    await field(page, 'No employer contact yet', 2).check()
    await expectNoSidewaysScroll(page)
    await page.screenshot({ path: `${ARTIFACTS}/records-768.png`, fullPage: true })
    await expectNoAxeViolations(page)
    await page.reload()
    await expect.poll(() => field(page, 'First face-to-face employer contact', 1).inputValue()).toBe('2026-06-15')
    await expect.poll(() => field(page, 'No employer contact yet', 2).isChecked()).toBe(true)
    for (const route of ['plan', 'coverage', '']) {
      await page.goto(`${reviewUrl.replace(/\/$/, '')}/${route}`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await expectNoSidewaysScroll(page)
    }
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
