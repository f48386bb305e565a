import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { unzipSync } from 'fflate'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { loadDemoTeam } from './review-steps'

const app = useAppPage()

describe('the quality-assurance report, offline', () => {
  it('is created on the device for a final review and downloads as a complete PDF', async () => {
    const { page } = app
    await loadDemoTeam(page)
    // The newest final review of the demo team (Exemplary).
    const finalReview = page.getByRole('listitem').filter({ hasText: 'Final' }).first()
    await finalReview.getByRole('link').first().click()
    await page.getByRole('link', { name: 'Report' }).click()
    await page.getByRole('button', { name: 'Create the report' }).waitFor()
    await expectNoAxeViolations(page)
    const jsBefore = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name))
    expect(jsBefore.some((name) => /render-report|report-worker|jspdf/i.test(name))).toBe(false)

    // The demo's narrative is there to edit; a reviewer adds a line to the summary and picks nothing more.
    const summary = page.getByLabel('Executive summary')
    await expect.poll(() => summary.inputValue()).toMatch(/^Northgate’s IPS service meets the model/)
    await summary.press('Control+End')
    await summary.pressSequentially(' Written on the day (e2e).')
    await summary.press('Tab')
    await expect.poll(() => page.getByText('Saving…').count()).toBe(0)
    await page.getByRole('button', { name: 'Create the report' }).click()
    const download = page.getByRole('button', { name: 'Download PDF' })
    await download.waitFor({ timeout: 60_000 })
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    expect(file.suggestedFilename()).toMatch(/^northgate-[a-z0-9-]*fidelity-review-\d{4}-\d{2}-\d{2}\.pdf$/)
    mkdirSync(`${ARTIFACTS}`, { recursive: true })
    const path = `${ARTIFACTS}/${file.suggestedFilename()}`
    await file.saveAs(path)
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain('Northgate Community Recovery Team')
    expect(text).toMatch(/Exemplary fidelity/)
    expect(text).not.toContain('DRAFT')
    for (const title of ['Caseload size', 'Assertive engagement and outreach']) expect(text).toContain(title)
    // The bundled scale is the app's own wording, and the report says so; no finding prints as filler.
    expect(text).toContain('own restatement')
    expect(text).not.toContain('Neither a strength')
    // The narrative leads the report, with the words just typed.
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toMatch(
      /Executive summary Northgate’s IPS service meets the model[^]*range of employers\. Written on the day \(e2e\)\./,
    )
    expect(flat.indexOf('Executive summary')).toBeLessThan(flat.indexOf('Item by item'))
    expect(flat).toContain('Overall strengths Zero exclusion is practised')
    // The key dates in effect are on the cover, and the screen says the PDF is not tagged.
    const cover = text.split('\f')[0]!.replace(/\s+/g, ' ')
    for (const label of ['Report due', 'Action plan due', 'Next review']) {
      expect(cover).toMatch(new RegExp(`${label} \\d{1,2} [A-Z][a-z]+ \\d{4}`))
    }
    expect(await page.getByText('The PDF is not tagged for screen readers').count()).toBe(1)

    // The same report as a Word file, made on the device while offline, with the summary just typed.
    const [wordFile] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ])
    expect(wordFile.suggestedFilename()).toMatch(/^northgate-[a-z0-9-]*fidelity-review-\d{4}-\d{2}-\d{2}\.docx$/)
    const wordPath = `${ARTIFACTS}/${wordFile.suggestedFilename()}`
    await wordFile.saveAs(wordPath)
    const parts = unzipSync(new Uint8Array(readFileSync(wordPath)))
    const documentXml = new TextDecoder().decode(parts['word/document.xml'])
    const wordText = [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ')
    expect(wordText.replace(/\s+/g, ' ')).toContain('Written on the day (e2e).')
    expect(documentXml).toContain('w:val="Heading1"')
    expect(Object.keys(parts).some((name) => name.startsWith('word/media/') && name.endsWith('.png'))).toBe(true)
    await page
      .getByRole('status')
      .filter({ hasText: /Downloaded .*\.docx/ })
      .waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/report-screen.png`, fullPage: true })
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
