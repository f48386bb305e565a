import { jsPDF } from 'jspdf'
import type { ReportModel } from '#domain/report-model/model'
import { drawActionPlan, drawMethod, drawRecommendations, drawScoringKey, drawSignOff, drawStrengths } from './pdf-back'
import { drawCover, drawSummary, type ReportLogo } from './pdf-front'
import { drawPageFurniture, drawRunningHeader } from './pdf-furniture'
import { drawItems } from './pdf-items'
import { drawNarrative } from './pdf-narrative'
import { glyphFilter, toBinaryString } from './pdf-text'
import { FONT, ReportWriter } from './pdf-writer'

export type PageSize = 'a4' | 'letter'

export interface RenderOptions {
  pageSize: PageSize
  /** TrueType files (DejaVu Sans) embedded so names like "Zoë Ó Briain" and curly quotes print as typed. */
  font: { regular: ArrayBuffer; bold: ArrayBuffer }
  logo: ReportLogo | null
  onProgress?: (fraction: number) => void
}

type CodeMap = Record<number, number | undefined>

/** Embeds both weights and returns whether a character can be drawn in both. */
export function embedFonts(doc: jsPDF, font: RenderOptions['font']): (codePoint: number) => boolean {
  doc.addFileToVFS('DejaVuSans.ttf', toBinaryString(font.regular))
  doc.addFont('DejaVuSans.ttf', FONT, 'normal')
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBinaryString(font.bold))
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold')
  doc.setFont(FONT, 'bold')
  const bold = (doc.getFont().metadata as { cmap: { unicode: { codeMap: CodeMap } } }).cmap.unicode.codeMap
  doc.setFont(FONT, 'normal')
  const regular = (doc.getFont().metadata as { cmap: { unicode: { codeMap: CodeMap } } }).cmap.unicode.codeMap
  // A character is drawn only when both weights have it, so a heading never shows a missing glyph.
  return (codePoint) => Boolean(regular[codePoint]) && Boolean(bold[codePoint])
}

/** The report as PDF bytes. Runs in a Web Worker in the app; pure enough to run in Node for tests. */
export function renderReport(model: ReportModel, options: RenderOptions): ArrayBuffer {
  const progress = options.onProgress ?? (() => {})
  const doc = new jsPDF({ unit: 'mm', format: options.pageSize, orientation: 'portrait', compress: true })
  const writer = new ReportWriter(doc, glyphFilter(embedFonts(doc, options.font)))
  doc.setDocumentProperties({
    title: writer.clean(model.title),
    subject: writer.clean(model.subject),
    author: writer.clean(model.author),
    creator: 'IPS Fidelity Review',
  })
  // What jsPDF can do for a reader (docs/decisions/0015-accessible-report.md): the language, the title shown in
  // place of the file name, bookmarks per section and item, and each page's header before its body. It cannot tag.
  doc.setLanguage('en-GB')
  doc.viewerPreferences({ DisplayDocTitle: true })
  const header = { title: model.cover.teamName, date: model.cover.generatedOn }
  writer.bookmarks = true
  writer.pageStart = (page) => {
    if (page > 1) drawRunningHeader(writer, header)
  }
  progress(0.05)
  drawCover(writer, model, options.logo)
  drawNarrative(writer, model)
  drawSummary(writer, model)
  progress(0.15)
  drawItems(writer, model, (done, total) => progress(0.15 + (0.65 * done) / Math.max(total, 1)))
  writer.newPage()
  for (const draw of [drawStrengths, drawRecommendations, drawActionPlan, drawScoringKey, drawMethod, drawSignOff]) {
    draw(writer, model)
  }
  progress(0.85)
  drawPageFurniture(writer, { header, draft: model.draft, headerDrawn: true })
  const bytes = doc.output('arraybuffer')
  progress(1)
  return bytes
}
