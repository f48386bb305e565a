// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { keyDateLines, type ReportModel } from '#domain/report-model/model'
import {
  draftNotice,
  headings,
  itemHeading,
  recommendationColumns,
  recommendationRows,
  sectionColumns,
} from '#domain/report-model/report-words'
import { barEnd, chartImage, chartPalette, rowMiddle } from '../../src/report/chart-image'
import { renderReportDocx, type DocxRenderOptions } from '../../src/report/docx-report'
import { fullModel, hostileModel, SCRIPT, HEBREW } from './report-fixtures'
import {
  isPng,
  partText,
  positionsInOrder,
  readPng,
  unzipDocx,
  wordParagraphs,
  wordTables,
  type DocxParts,
} from './docx-tools'

const options = (extra: Partial<DocxRenderOptions> = {}): DocxRenderOptions => ({
  pageSize: 'a4',
  logo: null,
  ...extra,
})

async function render(model: ReportModel, extra: Partial<DocxRenderOptions> = {}) {
  const parts = unzipDocx(await renderReportDocx(model, options(extra)))
  const xml = partText(parts, 'word/document.xml')
  return { parts, xml, paragraphs: wordParagraphs(xml), tables: wordTables(xml) }
}

// One full report, rendered once and read by most tests below.
const model = fullModel()
let full: ReturnType<typeof render> | null = null
const fullReport = () => (full ??= render(model))

const headerParts = (parts: DocxParts) => Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name))

describe('the report as a Word file', () => {
  it('has every section under a real Word heading, in the PDF’s order', async () => {
    const { paragraphs } = await fullReport()
    const headed = paragraphs.filter((p) => /^(Title|Heading\d)$/.test(p.style))
    expect(headed.map((p) => p.text)).toEqual([
      model.title,
      headings.keyDates,
      'Executive summary',
      'Service context',
      'Overall strengths',
      headings.topRecommendations,
      headings.summary,
      headings.itemScores,
      'Compared with Independent fidelity review, March 2025',
      'Other reviews since, not compared',
      headings.items,
      ...model.items.map(itemHeading),
      headings.strengths,
      headings.recommendations,
      headings.actionPlan,
      headings.scoringKey,
      headings.method,
      headings.signOff,
    ])
    const styleOf = (text: string) => headed.find((p) => p.text === text)?.style
    expect(styleOf(model.title)).toBe('Title')
    expect(styleOf(headings.summary)).toBe('Heading1')
    expect(styleOf(itemHeading(model.items[3]!))).toBe('Heading2')
  })

  it('prints the cover as the PDF does: team, review type, dates, the wording caveat and the key dates', async () => {
    const { paragraphs } = await fullReport()
    const texts = paragraphs.map((p) => p.text)
    const cover = texts.slice(0, texts.indexOf('Executive summary'))
    for (const line of [
      'Northgate CRT',
      'Northgate NHS Foundation Trust',
      'Review type Independent fidelity review',
      'Visit dates 20–21 November 2026',
      'Reviewers Zoë Ó Briain, Alex Morgan',
      'Status Final',
      model.cover.scaleWording,
      ...keyDateLines(model.dates).map(({ label, value }) => `${label} ${value}`),
    ])
      expect(cover).toContain(line)
    expect(cover).not.toContain(draftNotice)
  })

  it('leaves out the key dates when none is set', async () => {
    const { paragraphs } = await render(
      fullModel({ dates: { nextReview: null, reportDue: null, actionPlanDue: null } }),
    )
    expect(paragraphs.map((p) => p.text)).not.toContain(headings.keyDates)
    expect(paragraphs.some((p) => p.text.startsWith('Report due'))).toBe(false)
  })

  it('gives every item its title, score, finding, rationale and evidence, in scale order', async () => {
    const { paragraphs } = await fullReport()
    const body = paragraphs.map((p) => p.text).join('\n')
    const needles = model.items.flatMap((item) => [
      itemHeading(item),
      `Score ${item.score} out of 5`,
      ...(item.finding === 'strength' ? ['Finding Strength', item.findingText] : []),
      ...(item.finding === 'recommendation' ? ['Finding Recommendation'] : []),
      'Rationale',
      item.rationale,
      ...item.evidence,
      ...(item.finding === 'recommendation' ? ['Recommendation', item.recommendation] : []),
    ])
    const from = body.indexOf(`\n${headings.items}\n`)
    const found = positionsInOrder(body.slice(from), needles)
    const missing = needles.filter((_, i) => found[i]! < 0)
    expect(missing[0], 'first text missing or out of order').toBeUndefined()
  })

  it('numbers the top recommendations in the reviewers’ order and lists every recommendation by priority', async () => {
    const { paragraphs, tables } = await fullReport()
    const body = paragraphs.map((p) => p.text).join('\n')
    const top = model.narrative.topRecommendations.flatMap((r, i) => [`${i + 1}. Item ${r.number}. ${r.title}`, r.text])
    expect(positionsInOrder(body, top).every((at) => at >= 0)).toBe(true)
    const table = tables.find((t) => t.rows[0]!.cells.join('|') === recommendationColumns.join('|'))!
    expect(table.rows.slice(1).map((row) => row.cells)).toEqual(recommendationRows(model))
    expect(table.rows).toHaveLength(model.recommendations.length + 1)
  })

  it('marks the first row of every table as its header row, and only that row', async () => {
    const { tables } = await fullReport()
    expect(tables.length).toBeGreaterThanOrEqual(8)
    const scores = tables.find((t) => t.rows[0]!.cells.join('|') === sectionColumns.join('|'))!
    expect(scores.rows.map((row) => row.cells)).toEqual([
      sectionColumns,
      ...model.summary.sections.map((s) => [s.title, String(s.total), String(s.max)]),
    ])
    for (const table of tables) expect(table.rows.map((row) => row.header)).toEqual(table.rows.map((_, i) => i === 0))
  })

  it('prints no placeholder: no row or line of dashes, and no finding without its words', async () => {
    const { paragraphs, tables } = await fullReport()
    for (const table of tables)
      for (const row of table.rows) expect(row.cells.every((cell) => /^[\s—–-]*$/.test(cell))).toBe(false)
    expect(paragraphs.filter((p) => /^[—–-]+$/.test(p.text.trim()))).toEqual([])
    const texts = paragraphs.map((p) => p.text)
    texts.forEach((text, index) => {
      if (text !== 'Finding Recommendation') return
      const next = texts.indexOf('Recommendation', index)
      expect(texts[next + 1]?.trim(), 'the recommendation’s words after its heading').toMatch(/\w/)
    })
    // An item that is neither a strength nor below the threshold says no "Finding" at all.
    const plain = model.items.find((item) => item.finding === 'none')!
    const at = texts.indexOf(itemHeading(plain), texts.indexOf(headings.items))
    expect(texts.slice(at, texts.indexOf('Rationale', at)).some((t) => t.startsWith('Finding'))).toBe(false)
  })

  it('draws the chart as a PNG in word/media, a bar per item as long as its score', async () => {
    const { parts, xml } = await fullReport()
    const media = Object.keys(parts).filter((name) => name.startsWith('word/media/'))
    expect(media).toHaveLength(1)
    const bytes = parts[media[0]!]!
    expect(isPng(bytes)).toBe(true)
    const png = readPng(bytes)
    const expected = chartImage(model.summary.itemScores)
    expect([png.width, png.height]).toEqual([expected.width, expected.height])
    expect(png.palette).toEqual(chartPalette)
    const accent = chartPalette.findIndex(([r, g, b]) => r === 29 && g === 79 && b === 115)
    model.summary.itemScores.forEach((item, index) => {
      const y = rowMiddle(index)
      const end = barEnd(item.score ?? 0)
      expect(png.pixels[y * png.width + end - 2], `item ${item.number}'s bar reaches its score`).toBe(accent)
      expect(png.pixels[y * png.width + end + 2], `item ${item.number}'s bar stops at its score`).not.toBe(accent)
    })
    // The picture's words for anyone who cannot see it.
    expect(xml).toContain('1. Caseload size: 5 out of 5'.replace('Caseload size', model.items[0]!.title))
  })

  it('numbers the pages in the footer with Word’s page fields', async () => {
    const { parts } = await fullReport()
    const footers = Object.keys(parts).filter((name) => /^word\/footer\d*\.xml$/.test(name))
    expect(footers.length).toBeGreaterThan(0)
    for (const name of footers) {
      const footer = partText(parts, name)
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
      expect(wordParagraphs(footer).map((p) => p.text.replace(/\s+/g, ' ').trim())).toContain('Page of')
    }
  })

  it('says British English and carries the title, subject and author in the document properties', async () => {
    const { parts } = await fullReport()
    const core = partText(parts, 'docProps/core.xml')
    expect(core).toContain(`<dc:title>${model.title}</dc:title>`)
    expect(core).toContain('<dc:creator>Zoë Ó Briain, Alex Morgan</dc:creator>')
    expect(partText(parts, 'word/styles.xml')).toMatch(/<w:lang w:val="en-GB"/)
  })

  it('formats through named styles a template can restyle: each one used is defined, based on Normal', async () => {
    const { parts, xml } = await fullReport()
    const styles = partText(parts, 'word/styles.xml')
    const used = new Set([...xml.matchAll(/<w:(?:pStyle|rStyle) w:val="([^"]+)"/g)].map(([, id]) => id))
    expect([...used]).toEqual(expect.arrayContaining(['BodyText', 'FieldLine', 'Label', 'FieldName', 'Heading1']))
    for (const id of used) expect(styles, `style ${id}`).toContain(`w:styleId="${id}"`)
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? ''
    expect(style('BodyText')).toContain('<w:basedOn w:val="Normal"/>')
    expect(style('BodyText')).toMatch(/<w:spacing w:after="120"\/>/)
    expect(style('Label')).toContain('<w:keepNext/>')
    expect(style('Heading2')).toContain('<w:keepNext/>')
    // Borders are drawn once per table, not per cell.
    expect(xml).toContain('<w:tblBorders>')
    expect(xml).not.toContain('<w:tcBorders>')
  })

  it('uses A4 portrait by default and US Letter on request', async () => {
    const a4 = (await fullReport()).xml
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/)
    const letter = (await render(model, { pageSize: 'letter' })).xml
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
  })

  it('marks a draft DRAFT on every page and says so on the cover; a final report has no mark', async () => {
    const draft = await render(fullModel({ draft: true }))
    expect(draft.paragraphs.map((p) => p.text)).toContain(draftNotice)
    const headers = headerParts(draft.parts)
    expect(headers.length).toBeGreaterThanOrEqual(2)
    for (const name of headers) expect(partText(draft.parts, name)).toMatch(/string="DRAFT"/)
    const final = await fullReport()
    for (const name of headerParts(final.parts)) expect(partText(final.parts, name)).not.toContain('DRAFT')
  })

  it('leaves out a narrative nobody wrote, with no empty headings', async () => {
    const { paragraphs } = await render(
      fullModel({
        narrative: { executiveSummary: '', serviceContext: '', overallStrengths: '', topRecommendations: [] },
      }),
    )
    const texts = paragraphs.map((p) => p.text)
    for (const heading of ['Executive summary', 'Service context', 'Overall strengths', headings.topRecommendations])
      expect(texts).not.toContain(heading)
  })

  it('keeps hostile text as typed, as text, and drops only what XML cannot hold', async () => {
    const hostile = hostileModel()
    const { xml, paragraphs } = await render(hostile)
    // eslint-disable-next-line no-control-regex -- looking for the control characters XML cannot hold
    expect(xml).not.toMatch(/[\u0000-\u0008]/)
    expect(xml).not.toContain('<script>')
    const texts = paragraphs.map((p) => p.text).join('\n')
    expect(texts).toContain(`${SCRIPT} 👍🏽 team`)
    expect(texts).toContain(HEBREW)
    expect(texts).toContain(`${SCRIPT} tabs\tand controls`.replace('\t', '\t'))
  })

  it('reports progress rising to 1', async () => {
    const progress: number[] = []
    await renderReportDocx(model, options({ onProgress: (f) => progress.push(f) }))
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })
})
