// @vitest-environment node
import { mkdirSync, copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderReport, type RenderOptions } from '../../src/report/render-report'
import { fullModel, loadFonts } from './report-fixtures'
import {
  bodyTextWithoutSpace,
  pdfImageCount,
  pdfInfo,
  pdfRawText,
  pdfText,
  renderPages,
  useTempDir,
  wordsOutsidePage,
  writePdf,
} from './pdf-tools'

const font = loadFonts()
const tempDir = useTempDir()
const options = (extra: Partial<RenderOptions> = {}): RenderOptions => ({ pageSize: 'a4', font, logo: null, ...extra })

// One full report, rendered once and read by every test below.
const model = fullModel()
const progress: number[] = []
let file = ''
function fullReport(): string {
  if (!file) {
    file = writePdf(tempDir(), 'full.pdf', renderReport(model, options({ onProgress: (f) => progress.push(f) })))
  }
  return file
}

const squash = (text: string) => text.replace(/\s+/g, '')

/** The PDF's bytes as text, to find the document catalogue's entries, which jsPDF writes uncompressed. */
const pdfBytes = (path: string) => readFileSync(path).toString('latin1')

/** Every `/Key (string)` value in the PDF, decoded from UTF-16 where jsPDF wrote it so. */
function pdfStrings(bytes: string, key: string): string[] {
  const found = bytes.matchAll(new RegExp(`/${key} \\(((?:\\\\.|[^\\\\)])*)\\)`, 'g'))
  return [...found].map(([, raw = '']) => {
    const text = raw.replace(/\\([\\()])/g, '$1')
    if (!text.startsWith('\u00fe\u00ff')) return text
    const units = Buffer.from(text.slice(2), 'latin1')
    return String.fromCharCode(...Array.from({ length: units.length / 2 }, (_, i) => units.readUInt16BE(i * 2)))
  })
}

describe('the rendered report', () => {
  it('shows every item’s number, title and score, in scale order', () => {
    const text = pdfText(fullReport())
    const itemsPart = text.slice(text.indexOf('Item by item'))
    let from = 0
    for (const item of model.items) {
      const heading = squash(`${item.number}. ${item.title}`)
      const flat = squash(itemsPart)
      const at = flat.indexOf(`${heading}`, from)
      expect(at, `item ${item.number} heading`).toBeGreaterThanOrEqual(from)
      const score = flat.indexOf(`Score${item.score}outof5`, at)
      expect(score, `item ${item.number} score`).toBeGreaterThan(at)
      from = score
    }
  })

  it('gives the total, the band with its range and every section', () => {
    const text = pdfText(fullReport())
    expect(text).toMatch(new RegExp(`Total score\\s+${model.summary.total} out of 125`))
    expect(text).toContain('Fair fidelity (74–99)')
    for (const section of model.summary.sections)
      expect(text).toMatch(new RegExp(`${section.title}\\s+${section.total}\\s+${section.max}`))
  })

  it('compares with the previous review of the same type and names a self-assessment beside it with its total', () => {
    const text = pdfText(fullReport())
    expect(text).toContain('Compared with Independent fidelity review, March 2025')
    expect(text).toContain('Other reviews since, not compared')
    expect(text).toMatch(/Self-assessment of 27 March 2026\s+98/)
  })

  it('prints a rationale of over 3,000 characters complete and in order, across pages', () => {
    const rationale = model.items[0]!.rationale
    expect(rationale.length).toBeGreaterThan(3000)
    const text = pdfText(fullReport())
    expect(bodyTextWithoutSpace(text, /^\s*Northgate CRT\s+22 November 2026\s*$/)).toContain(squash(rationale))
  })

  it('prints names as typed, with accents, dashes and curly quotes', () => {
    const text = pdfText(fullReport())
    expect(text).toContain('Zoë Ó Briain, Alex Morgan')
    expect(text).toContain('20–21 November 2026')
    expect(text).toContain('team’s caseloads')
  })

  it('numbers every page "Page n of N" and puts the running header on all but the cover', () => {
    const pdf = fullReport()
    const pages = Number(pdfInfo(pdf).Pages)
    expect(pages).toBeGreaterThan(5)
    const byPage = pdfText(pdf).split('\f').slice(0, pages)
    byPage.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages}`)
      if (index === 0) expect(page).not.toMatch(/^\s*Northgate CRT\s+22 November 2026/)
      else expect(page).toMatch(/^\s*Northgate CRT\s+22 November 2026/)
    })
  })

  it('counts the people heard and watched by role in the method, from sessions, never notes', () => {
    const method = squash(pdfText(fullReport()).split('Method').at(-1)!)
    expect(method).toContain(squash('Interviews with Sessions People'))
    expect(method).toContain(squash('Employment specialists 1 group interview 4'))
    expect(method).toContain(squash('Observed Sessions People'))
    expect(method).toContain(squash('Care coordinators or clinicians 1 observation 8'))
    expect(method).toContain(squash('Records sampled 10'))
    expect(method).toContain(squash('Documents read 1 document review session'))
    expect(method).not.toContain('Entries')
  })

  it('names the kinds of evidence and roles of a review without a visit plan, and uses its own words', () => {
    const base = fullModel()
    const selfAssessment = fullModel({
      title: 'IPS fidelity self-assessment: Northgate CRT',
      cover: {
        ...base.cover,
        subtitle: 'The team’s own assessment',
        datesLabel: 'Assessment dates',
        reviewersLabel: 'Assessor',
      },
      method: {
        ...base.method,
        datesLabel: 'Assessment dates',
        reviewersLabel: 'Assessor',
        reviewers: ['Sam Lee'],
        interviews: [],
        observations: [],
        documentReviews: 0,
        evidenceKinds: ['Interview', 'Document'],
        rolesNamed: ['Service user', 'Team leader'],
      },
    })
    const text = pdfText(writePdf(tempDir(), 'self.pdf', renderReport(selfAssessment, options())))
    const cover = text.split('\f')[0]!
    expect(cover).toContain('The team’s own assessment')
    expect(cover).toMatch(/Assessment dates\s+20–21 November 2026/)
    expect(cover).not.toContain('Visit dates')
    const method = squash(text.split('Method').at(-1)!)
    expect(method).toContain(squash('Assessment dates 20–21 November 2026'))
    expect(method).toContain(squash('Assessor Sam Lee'))
    expect(method).toContain(squash('Evidence recorded: Interview, Document.'))
    expect(method).toContain(squash('Roles of the people interviewed: Service user, Team leader.'))
    expect(method).not.toContain('Interviewswith')
    expect(method).not.toContain('Documentsread')
  })

  it('has the sections in reading order', () => {
    const flat = squash(pdfText(fullReport()))
    const order = [
      'Executivesummary',
      'Servicecontext',
      'Overallstrengths',
      'Toprecommendations',
      'Summary',
      'Itemscores',
      'ComparedwithIndependent',
      'Itembyitem',
      'Strengths',
      'Recommendations',
      'Actionplan',
      'Scoringkey',
      'Method',
      'Sign-off',
    ]
    const afterCover = flat.indexOf('Page1of')
    const positions = order.map((heading) => flat.indexOf(heading, afterCover))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('prints the reviewers’ narrative as written, with the top recommendations numbered in their order', () => {
    const flat = squash(pdfText(fullReport()))
    expect(flat).toContain(squash(model.narrative.executiveSummary))
    expect(flat).toContain(squash(model.narrative.serviceContext))
    expect(flat).toContain(squash(model.narrative.overallStrengths))
    const top = model.narrative.topRecommendations.map((r, i) => squash(`${i + 1}.Item ${r.number}. ${r.title}`))
    const start = flat.indexOf('Toprecommendations')
    const positions = top.map((entry) => flat.indexOf(entry, start))
    expect(positions.every((p) => p > start)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    // An item's finding in the reviewers' words is printed with the item.
    expect(flat).toContain(squash(model.items.find((i) => i.findingText)!.findingText))
  })

  it('accepts the longest summary the form takes and carries it over as many pages as it needs, all on the page', () => {
    // 20,000 characters, the narrative's limit: about six pages of plain sentences.
    const sentence = 'The team meets the employer engagement standard in most records sampled. '
    const executiveSummary = sentence.repeat(Math.floor(20_000 / sentence.length)).trim()
    const shortPdf = fullReport()
    const longPdf = writePdf(
      tempDir(),
      'long-summary.pdf',
      renderReport(fullModel({ narrative: { ...model.narrative, executiveSummary } }), options()),
    )
    expect(Number(pdfInfo(longPdf).Pages)).toBeGreaterThan(Number(pdfInfo(shortPdf).Pages) + 3)
    // Read across the page breaks: each footer and the next page's running header come between the lines.
    const furniture = /Page\d+of\d+NorthgateCRT\d+[A-Za-z]+\d{4}/g
    expect(squash(pdfText(longPdf)).replace(furniture, '')).toContain(squash(executiveSummary))
    expect(wordsOutsidePage(longPdf)).toEqual([])
  })

  it('leaves out a narrative nobody wrote, with no empty headings', () => {
    const empty = fullModel({
      narrative: {
        executiveSummary: '',
        serviceContext: 'Only the context',
        overallStrengths: '',
        topRecommendations: [],
      },
    })
    const flat = squash(pdfText(writePdf(tempDir(), 'no-narrative.pdf', renderReport(empty, options()))))
    expect(flat).toContain('ServicecontextOnlythecontext')
    expect(flat).not.toContain('Executivesummary')
    expect(flat).not.toContain('Overallstrengths')
    expect(flat).not.toContain('Toprecommendations')
  })

  it('repeats a table’s header row on every page the table spans', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      number: i + 1,
      title: `Item ${i + 1}`,
      recommendation: 'Do more',
      action: 'Act',
      owner: 'Team leader',
      targetDate: null,
    }))
    const pdf = writePdf(tempDir(), 'long-table.pdf', renderReport(fullModel({ actionPlan: many }), options()))
    const pages = pdfText(pdf)
      .split('\f')
      .filter((page) => page.includes('Do more'))
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) expect(page).toMatch(/Item\s+Recommendation\s+Action\s+Owner\s+Target date/)
  })

  it('keeps every word inside the page', () => {
    expect(wordsOutsidePage(fullReport())).toEqual([])
  })

  it('renders every page, and keeps PNGs of the first two for a person to look at', () => {
    const pdf = fullReport()
    const pngs = renderPages(pdf, tempDir(), 'page')
    expect(pngs).toHaveLength(Number(pdfInfo(pdf).Pages))
    const artifacts = join(process.cwd(), 'artifacts', 'report')
    mkdirSync(artifacts, { recursive: true })
    const firstTwo = renderPages(pdf, tempDir(), 'sharp', 80, 2)
    firstTwo.forEach((name, index) =>
      copyFileSync(join(tempDir(), name), join(artifacts, `full-report-page-${index + 1}.png`)),
    )
    expect(firstTwo).toHaveLength(2)
  })

  it('draws the chart as vector graphics, so the only image is a logo', () => {
    expect(pdfImageCount(fullReport())).toBe(0)
    // 1×1 red PNG.
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='
    const withLogo = writePdf(
      tempDir(),
      'logo.pdf',
      renderReport(model, options({ logo: { dataUrl: png, width: 1, height: 1 } })),
    )
    expect(pdfImageCount(withLogo)).toBe(1)
  })

  it('sets the document properties', () => {
    const info = pdfInfo(fullReport())
    expect(info.Title).toBe(model.title)
    expect(info.Subject).toBe(model.subject)
    expect(info.Author).toBe('Zoë Ó Briain, Alex Morgan')
    expect(info.Creator).toBe('IPS Fidelity Review')
  })

  it('states the key dates on the cover', () => {
    const cover = pdfText(fullReport()).split('\f')[0]!
    expect(cover).toMatch(/Report due\s+19 December 2026/)
    expect(cover).toMatch(/Action plan due\s+2 January 2027/)
    expect(cover).toMatch(/Next review\s+20 November 2027/)
  })

  it('names its language and shows its title, not its file name, in a reader’s window', () => {
    const bytes = pdfBytes(fullReport())
    expect(bytes).toContain('/Lang (en-GB)')
    expect(bytes).toMatch(/\/DisplayDocTitle true/)
    expect(pdfStrings(bytes, 'Title')).toContain(model.title)
  })

  it('has a bookmark for every section, and under "Item by item" one for every item in order', () => {
    const bytes = pdfBytes(fullReport())
    expect(bytes).toMatch(/\/Outlines \d+ 0 R/)
    const titles = pdfStrings(bytes, 'Title')
    for (const section of ['Summary', 'Item by item', 'Strengths', 'Recommendations', 'Action plan', 'Method']) {
      expect(titles).toContain(section)
    }
    const items = model.items.map((item) => `${item.number}. ${item.title}`)
    expect(titles.filter((title) => items.includes(title))).toEqual(items)
  })

  it('draws each page’s running header before its body, so it is read first', () => {
    const pdf = fullReport()
    const pages = pdfRawText(pdf)
      .split('\f')
      .slice(1, Number(pdfInfo(pdf).Pages))
    for (const page of pages) expect(page.trimStart()).toMatch(/^Northgate CRT\s+22 November 2026/)
  })

  it('uses A4 portrait by default and US Letter on request', () => {
    expect(pdfInfo(fullReport())['Page size']).toMatch(/^595\.2\d* x 841\.8\d* pts \(A4\)/)
    const letter = writePdf(tempDir(), 'letter.pdf', renderReport(model, options({ pageSize: 'letter' })))
    expect(pdfInfo(letter)['Page size']).toMatch(/^612 x 792 pts \(letter\)/)
    expect(wordsOutsidePage(letter)).toEqual([])
  })

  it('reports progress rising to 1', () => {
    fullReport()
    expect(progress.length).toBeGreaterThan(model.items.length)
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(progress.at(-1)).toBe(1)
  })

  it('marks a draft DRAFT on every page and says so on the cover', () => {
    const pdf = writePdf(tempDir(), 'draft.pdf', renderReport(fullModel({ draft: true }), options()))
    // The watermark is drawn at an angle, so it is read in content order (-raw) rather than by layout.
    const pages = pdfRawText(pdf)
      .split('\f')
      .filter((page) => page.trim() !== '')
    expect(pages.length).toBe(Number(pdfInfo(pdf).Pages))
    for (const page of pages) expect(squash(page)).toContain('DRAFT')
    expect(pages[0]).toContain('Draft: the review is not final')
    expect(wordsOutsidePage(pdf)).toEqual([])
  })
})
