import type { jsPDF } from 'jspdf'
import { autoTable, type CellInput, type UserOptions } from 'jspdf-autotable'

export const FONT = 'DejaVuSans'
const PT_TO_MM = 25.4 / 72
export const MARGIN = { top: 22, bottom: 20, left: 18, right: 18 }
export const INK: [number, number, number] = [33, 37, 41]
export const ACCENT: [number, number, number] = [29, 79, 115]
export const MUTED: [number, number, number] = [90, 98, 107]

export interface TextStyle {
  size?: number
  bold?: boolean
  color?: [number, number, number]
  indent?: number
  after?: number
}

/**
 * A cursor down the page. Text is drawn line by line so long passages flow onto the next page
 * instead of running off the bottom; every string passes through `clean` before it is measured or drawn.
 */
export class ReportWriter {
  y = MARGIN.top
  /**
   * Drawn at the top of each page as the page starts, before its body, so a screen reader or a copy from the
   * PDF meets it first; null draws none. `page` is the page's number.
   */
  pageStart: ((page: number) => void) | null = null
  /** When true, headings of level 1 and 2 become the PDF's bookmarks (its outline), level 2 under level 1. */
  bookmarks = false
  private readonly startedPages = new Set<number>()
  private lastTopBookmark: unknown = null

  constructor(
    readonly doc: jsPDF,
    readonly clean: (text: string) => string,
  ) {}

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth()
  }
  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight()
  }
  get width(): number {
    return this.pageWidth - MARGIN.left - MARGIN.right
  }
  get bottom(): number {
    return this.pageHeight - MARGIN.bottom
  }

  lineHeight(size: number): number {
    return size * PT_TO_MM * 1.3
  }

  newPage(): void {
    this.doc.addPage()
    this.y = MARGIN.top
    this.startPage()
  }

  /** Runs `pageStart` once for the current page, keeping the body's font and colours as they were. */
  startPage(): void {
    const page = this.doc.getCurrentPageInfo().pageNumber
    if (!this.pageStart || this.startedPages.has(page)) return
    this.startedPages.add(page)
    this.doc.saveGraphicsState()
    this.pageStart(page)
    this.doc.restoreGraphicsState()
  }

  /** A bookmark to the current page for a heading; a level-2 heading sits under the level-1 heading before it. */
  private bookmark(text: string, level: 1 | 2 | 3): void {
    if (!this.bookmarks || level === 3) return
    const { outline } = this.doc as unknown as {
      outline: { add: (parent: unknown, title: string, options: { pageNumber: number }) => unknown }
    }
    const pageNumber = this.doc.getCurrentPageInfo().pageNumber
    const entry = outline.add(level === 1 ? null : this.lastTopBookmark, this.clean(text), { pageNumber })
    if (level === 1) this.lastTopBookmark = entry
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage()
  }

  space(height: number): void {
    this.y += height
  }

  font(size: number, bold = false, color: [number, number, number] = INK): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal')
    this.doc.setFontSize(size)
    this.doc.setTextColor(...color)
  }

  /** Wrapped lines of cleaned text at the current font; over-long words are broken, never left to overflow. */
  lines(text: string, width: number): string[] {
    return this.doc.splitTextToSize(this.clean(text), width) as string[]
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const { size = 10, bold = false, color = INK, indent = 0, after = 2 } = style
    this.font(size, bold, color)
    const height = this.lineHeight(size)
    for (const line of this.lines(text, this.width - indent)) {
      this.ensure(height)
      this.doc.text(line, MARGIN.left + indent, this.y, { baseline: 'top' })
      this.y += height
    }
    this.y += after
  }

  /** A heading kept on the same page as at least two lines of what follows it. */
  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11
    this.font(size, true, ACCENT)
    const lines = this.lines(text, this.width)
    this.ensure(this.lineHeight(size) * lines.length + this.lineHeight(10) * 2 + 2)
    if (level === 1 && this.y > MARGIN.top) this.y += 4
    this.bookmark(text, level)
    this.paragraph(text, { size, bold: true, color: ACCENT, after: level === 1 ? 4 : 2 })
  }

  /** "Label  value" rows, the value wrapped in its own column. */
  fields(rows: [string, string][], labelWidth = 42): void {
    const height = this.lineHeight(10)
    for (const [label, value] of rows) {
      this.font(10)
      const lines = this.lines(value === '' ? '—' : value, this.width - labelWidth)
      this.ensure(height)
      this.font(10, true, MUTED)
      this.doc.text(this.lines(label, labelWidth - 3), MARGIN.left, this.y, { baseline: 'top' })
      this.font(10)
      for (const [index, line] of lines.entries()) {
        if (index > 0) this.ensure(height)
        this.doc.text(line, MARGIN.left + labelWidth, this.y, { baseline: 'top' })
        this.y += height
      }
      this.y += 1
    }
    this.y += 2
  }

  /** A table whose header row repeats on every page it spans; rows may split across pages. */
  table(head: string[], body: (string | number)[][], options: Partial<UserOptions> = {}): void {
    const clean = (cell: string | number): CellInput => (typeof cell === 'number' ? String(cell) : this.clean(cell))
    // Never leave a header row alone at the foot of a page.
    this.ensure(22)
    autoTable(this.doc, {
      startY: this.y,
      margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
      head: [head.map(clean)],
      body: body.map((row) => row.map(clean)),
      showHead: 'everyPage',
      rowPageBreak: 'auto',
      theme: 'grid',
      // A page the table breaks onto gets its running header before the table's rows.
      willDrawPage: () => this.startPage(),
      ...options,
      // Merged, not replaced: a table that only changes the size must keep the embedded font.
      styles: {
        font: FONT,
        fontStyle: 'normal',
        fontSize: 9,
        textColor: INK,
        overflow: 'linebreak',
        cellPadding: 1.8,
        ...options.styles,
      },
      headStyles: {
        font: FONT,
        fontStyle: 'bold',
        fillColor: ACCENT,
        textColor: [255, 255, 255],
        ...options.headStyles,
      },
    })
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY
    this.y = (finalY ?? this.y) + 5
  }
}
