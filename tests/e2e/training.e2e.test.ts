import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { formatPercent } from '#domain/review/agreement'
import { ExchangeFileSchema, type ReviewExchangeFile } from '#domain/exchange/file'
import { PracticeCaseSchema } from '#domain/practice/case'
import { summariseClass } from '#domain/training/class-summary'
import { traineeExercisesFromFiles } from '#domain/training/trainee-files'
import { compareWithReference } from '#domain/training/comparison'
import { findScale } from '#domain/scale/catalogue'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'

// A shipped case, read from its file as the app bundles it.
const practiceCase = PracticeCaseSchema.parse(
  JSON.parse(readFileSync('scales/practice-cases/north-fenwold-rural-cmht.json', 'utf8')),
)
const scale = findScale(practiceCase.scaleId, practiceCase.scaleVersion)!
const reference = (itemId: string) => practiceCase.items.find((item) => item.itemId === itemId)!.reference.score
const nudge = (score: number, by: number) => (score + by >= 1 && score + by <= 5 ? score + by : score - by)

// The trainee agrees with the reference except on items 1 (one point), 2 (two points) and 3 (one point).
const changes: Record<number, number> = { 1: 1, 2: -2, 3: -1 }
const traineeScores = Object.fromEntries(
  scale.items.map((item) => [item.id, nudge(reference(item.id), changes[item.number] ?? 0)]),
)

const app = useAppPage()
let reviewId = ''
let exported: ReviewExchangeFile

/** The value beside a term in the comparison's overall figures. */
const figure = (term: string) =>
  app.page.getByRole('region', { name: 'Overall' }).locator('div').filter({ hasText: term }).locator('dd')

describe('a training course, offline', () => {
  it('starts an exercise on a shipped case from the training screen', async () => {
    const { page } = app
    await page.getByRole('link', { name: 'Training' }).click()
    await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor()
    await expectNoAxeViolations(page)
    const card = page.getByRole('article', { name: practiceCase.title })
    await card.getByLabel('Trainee name (optional)').fill('Ada Trainee')
    await card.getByRole('button', { name: 'Start a training exercise' }).click()
    await page.getByRole('link', { name: 'Open evidence workspace' }).waitFor()
    reviewId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!)
    expect(reviewId).not.toBe('')
  })

  it('gives the case’s evidence but no figures: nothing is suggested until the trainee enters them', async () => {
    const { session, page } = app
    const staff = scale.items.find((item) => item.id === 'employment-services-staff')!
    const staffCase = practiceCase.items.find((item) => item.itemId === staff.id)!
    await page.goto(`${session.base}reviews/${reviewId}/items/disclosure`)
    await page.getByRole('heading', { level: 1, name: /^13\. / }).waitFor()
    await page.getByRole('group', { name: 'Elements with evidence' }).waitFor()
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0)
    expect(await page.locator('.suggestion').textContent()).not.toContain('Suggested anchor')

    await page.goto(`${session.base}reviews/${reviewId}/items/${staff.id}`)
    await page.getByRole('heading', { level: 1, name: /^2\. / }).waitFor()
    // The case's notes are there to work from, each in its own note field.
    await page.waitForFunction(
      (note) => [...document.querySelectorAll('textarea')].some((area) => area.value === note),
      staffCase.evidence[0]!.note,
    )
    const worked = page.getByLabel('Hours on employment support', { exact: true })
    const total = page.getByLabel('Hours worked in total', { exact: true })
    expect(await worked.inputValue()).toBe('')
    expect(await total.inputValue()).toBe('')
    expect(await page.locator('.suggestion').textContent()).not.toContain('Suggested anchor')

    await page.goto(`${session.base}reviews/${reviewId}/rate/${staff.id}`)
    await page.getByRole('group', { name: `Ada Trainee’s rating for item ${staff.number}` }).waitFor()
    await page.getByText('No calculator values entered for this item.').waitFor()
    expect(await page.getByText('(Suggested by the calculator)').count()).toBe(0)

    // The trainee takes out the duty desk but misses the walking group: 531 of 540 hours, still anchor 5.
    await page.goto(`${session.base}reviews/${reviewId}/items/${staff.id}`)
    await worked.fill('531')
    await total.fill('540')
    await total.blur()
    await page.locator('.calculator .save-status--saved').waitFor()
    await page.locator('.suggestion').getByText('Suggested anchor: 5').waitFor()
    await expectNoAxeViolations(page)
    await page.goto(`${session.base}reviews/${reviewId}/rate/${staff.id}`)
    await page.getByRole('radio', { name: /^5: .*\(Suggested by the calculator\)$/ }).waitFor()
  })

  it('rates all 25 items with the number keys', async () => {
    const { session, page } = app
    await page.goto(`${session.base}reviews/${reviewId}/rate/${scale.items[0]!.id}`)
    for (const item of scale.items) {
      await page.getByRole('heading', { level: 1, name: new RegExp(`^Rate ${item.number}\\. `) }).waitFor()
      // The score keys work once the item's ratings have loaded and its score picker is there.
      await page.getByRole('group', { name: `Ada Trainee’s rating for item ${item.number}` }).waitFor()
      const score = traineeScores[item.id]!
      await page.keyboard.press(String(score))
      await page
        .getByRole('radio', { name: new RegExp(`^${score}: `) })
        .and(page.locator(':checked'))
        .waitFor()
      if (item.number < scale.items.length) await page.keyboard.press('ArrowRight')
    }
    // The running count comes from the stored ratings, so every score is saved before the page is left.
    await page.getByText(`${scale.items.length} of ${scale.items.length} rated`).waitFor()
  })

  it('finishes rating, then shows the comparison with the reference', async () => {
    const { session, page } = app
    await page.goto(`${session.base}reviews/${reviewId}/training-comparison`)
    await page.getByText(`You have rated 25 of 25 items.`).waitFor()
    // Nothing of the reference before finishing.
    expect(await page.getByText(practiceCase.items[0]!.reference.reasoning).count()).toBe(0)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'I have finished rating' }).click()
    await page.getByRole('heading', { name: 'Overall' }).waitFor()

    const expected = compareWithReference(scale, practiceCase, traineeScores)
    expect(expected.exactCount).toBe(22)
    expect(await figure('Exact agreement').textContent()).toBe(
      `${expected.exactCount} of 25 items (${formatPercent(expected.exactPercent)})`,
    )
    expect(await figure('Within one point').textContent()).toBe(
      `${expected.withinOneCount} of 25 items (${formatPercent(expected.withinOnePercent)})`,
    )
    expect(await figure('Total').textContent()).toContain(
      `Your total ${expected.traineeTotal}, reference total ${expected.referenceTotal}`,
    )
    expect(await figure('Band').textContent()).toBe(
      `Yours: ${expected.traineeBand!.label}; reference: ${expected.referenceBand.label}. The bands ${expected.bandMatch ? 'match' : 'differ'}.`,
    )
    const figures = page.getByRole('region', { name: 'Calculator figures' })
    const figuresOf = (number: number) =>
      figures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${number}\\. `) }) })
    expect(await figuresOf(2).textContent()).toContain(
      'Your figures differ from the reference’s in 1 input; both still suggest anchor 5',
    )
    expect(await figuresOf(2).textContent()).toContain('Hours on employment support: yours 531; reference 520.')
    expect(await figuresOf(15).textContent()).toContain('You entered no figures in this calculator.')
    const second = page.getByRole('row', { name: new RegExp(`^2\\. ${scale.items[1]!.title}`) })
    expect(await second.getByRole('cell').nth(2).textContent()).toMatch(/^[+−]2Differs by more than one point$/)
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/training-comparison.png`, fullPage: true })
  })

  it('exports the exercise for the trainer', async () => {
    const { session, page } = app
    await page.goto(`${session.base}reviews/${reviewId}`)
    // Unprotected, so the test can read it; the passphrase step is tested in exchange.e2e.test.ts.
    await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).setChecked(false)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export review' }).click(),
    ])
    const path = `${ARTIFACTS}/${download.suggestedFilename()}`
    await download.saveAs(path)
    const file = ExchangeFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    if (file.kind !== 'review') throw new Error('Expected a review file')
    exported = file
    expect(exported.data.ratings.filter((rating) => rating.score !== null)).toHaveLength(25)
  })

  it('summarises three trainees’ files on the class summary', async () => {
    const { session, page } = app
    // Three trainees: the exported exercise under another id and name, scored as the reference except for `scoreChanges`.
    const trainee = (id: string, name: string, scoreChanges: Record<number, number>) => {
      const copy = structuredClone(exported)
      const newId = `${reviewId}-${id}`
      copy.reviewId = newId
      copy.data.reviews[0]!.id = newId
      copy.data.reviews[0]!.reviewers[0]!.name = name
      for (const table of [
        'evidence',
        'calculatorInputs',
        'recordReviewRows',
        'ratings',
        'consensus',
        'actionPlan',
      ] as const) {
        for (const row of copy.data[table]) row.reviewId = newId
      }
      for (const rating of copy.data.ratings) {
        const number = scale.items.find((item) => item.id === rating.itemId)!.number
        rating.score = scoreChanges[number] ?? reference(rating.itemId)
      }
      return copy
    }
    const item6 = scale.items[5]!
    const off6 = nudge(reference(item6.id), 2)
    const files = [
      { fileName: 'ben.json', file: trainee('ben', 'Ben Trainee', { 6: off6 }) },
      {
        fileName: 'cleo.json',
        file: trainee('cleo', 'Cleo Trainee', { 6: off6, 4: nudge(reference(scale.items[3]!.id), 1) }),
      },
      { fileName: 'dev.json', file: trainee('dev', 'Dev Trainee', { 6: off6 }) },
    ]
    const { exercises } = traineeExercisesFromFiles(files, practiceCase)
    const summary = summariseClass(scale, practiceCase, exercises)
    expect(summary.mostMisread[0]!.item.id).toBe(item6.id)

    await page.goto(`${session.base}training/class`)
    await page.getByRole('heading', { level: 1, name: 'Class summary' }).waitFor()
    await expectNoAxeViolations(page)
    await page.getByLabel('Practice case').selectOption(practiceCase.id)
    await page.getByLabel('Trainees’ exercise files (JSON)').setInputFiles(
      files.map(({ fileName, file }) => ({
        name: fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      })),
    )
    await page.getByRole('heading', { name: `3 trainees on ${practiceCase.title}` }).waitFor()

    // Item 6: every trainee two points off the reference.
    const row6 = page
      .getByRole('table', { name: /Trainees’ scores for each item/ })
      .getByRole('row', { name: new RegExp(`^6\\. ${item6.title}`) })
    const cells = row6.getByRole('cell')
    expect(await cells.nth(off6 - 1).textContent()).toBe('3')
    expect(await cells.nth(reference(item6.id) - 1).textContent()).toBe('0 reference')
    expect(await cells.nth(6).textContent()).toBe('3 of 3')
    const mostMisread = page
      .getByRole('heading', { name: 'Most often misread' })
      .locator('xpath=following-sibling::ol[1]')
    const firstMisread = summary.mostMisread[0]!
    expect(await mostMisread.getByRole('listitem').first().textContent()).toContain(
      `${item6.number}. ${item6.title}: misread by ${firstMisread.misreadCount} of ${firstMisread.ratedCount}`,
    )
    expect(await mostMisread.getByRole('listitem').count()).toBe(summary.mostMisread.length)
    expect(await page.getByText('Ben Trainee').count()).toBe(0)
    await page.getByLabel('Show trainee names').check()
    await page.getByRole('rowheader', { name: 'Ben Trainee' }).waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/training-class-summary.png`, fullPage: true })

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    const csvPath = `${ARTIFACTS}/${csv.suggestedFilename()}`
    await csv.saveAs(csvPath)
    expect(readFileSync(csvPath, 'utf8')).toContain('Cleo Trainee')
    const [pdf] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ])
    expect(pdf.suggestedFilename()).toMatch(/^class-summary-.*\.pdf$/)
    await pdf.saveAs(`${ARTIFACTS}/${pdf.suggestedFilename()}`)
  })

  it('presents the case item by item on a 1280 × 720 projector', async () => {
    const { session, page } = app
    await page.setViewportSize({ width: 1280, height: 720 })
    const first = scale.items[0]!
    await page.goto(`${session.base}training/cases/${practiceCase.id}/present/${first.id}`)
    await page.getByRole('heading', { level: 1, name: `1. ${first.title}` }).waitFor()
    expect(await page.getByText(/Reference score/).count()).toBe(0)
    await expectNoAxeViolations(page)

    // Every item fits the screen without scrolling, in type no smaller than 16 px.
    const problems: string[] = []
    for (const item of scale.items) {
      await page.getByRole('heading', { level: 1, name: `${item.number}. ${item.title}` }).waitFor()
      const { fits, smallest } = await page.evaluate(() => ({
        fits: document.documentElement.scrollHeight <= window.innerHeight,
        smallest: Math.min(
          ...[...document.querySelectorAll('.presentation__anchors li, .presentation__evidence li')].map((node) =>
            parseFloat(getComputedStyle(node).fontSize),
          ),
        ),
      }))
      if (!fits || smallest < 16) problems.push(`item ${item.number}: fits ${fits}, smallest text ${smallest}px`)
      if (item.number < scale.items.length) await page.keyboard.press('PageDown')
    }
    expect(problems).toEqual([])

    await page.keyboard.press('r')
    const last = practiceCase.items.find((item) => item.itemId === scale.items[24]!.id)!
    await page.getByText(`Reference score: ${last.reference.score}`).waitFor()
    await expectNoAxeViolations(page)
    await page.keyboard.press('ArrowLeft')
    await page.getByRole('heading', { level: 1, name: new RegExp(`^24\\. `) }).waitFor()
    expect(await page.getByText(/Reference score/).count()).toBe(0)
    await page.screenshot({ path: `${ARTIFACTS}/training-present.png` })
    await page.keyboard.press('Escape')
    await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor()
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
