import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { Field } from '#domain/report-model/report-words'

/**
 * The building blocks of the Word files: real Word headings and styles (so a trust's own template restyles them),
 * tables whose first row is a header row Word repeats on every page, and the page furniture.
 */

export type PageSize = 'a4' | 'letter'

const ACCENT = '1D4F73'
const MUTED = '5A626B'
const DRAFT_RED = 'A02828'
// Page sizes in twentieths of a point, portrait.
const pageSizes: Record<PageSize, { width: number; height: number }> = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
}
const MARGIN = 1020 // 18 mm, as the PDF
const LABEL_TAB = 2400 // 42 mm: the values of "label  value" lines line up, as in the PDF

/**
 * Characters XML 1.0 cannot carry (control characters, a half of a surrogate pair): left in, Word would refuse to
 * open the file. Typed text keeps everything else as it is.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
  return text
    .replace(controls, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
}

interface TextStyle {
  bold?: boolean
  muted?: boolean
  italics?: boolean
  color?: string
}

/*
 * Named styles rather than formatting on every paragraph and cell: a trust's template restyles them in one place,
 * and a 25-item report is a third of the XML it would be (the Word export's time budget is met by this).
 */
const BODY = 'BodyText'
const FIELD = 'FieldLine'
const LABEL = 'Label'
const MUTED_TEXT = 'MutedText'
const FIELD_NAME = 'FieldName'

/** A passage's lines as runs, each line after the first on a new line of the same paragraph. */
export function runs(text: string, style: TextStyle = {}): TextRun[] {
  const lines = cleanText(text).replace(/\r\n?/g, '\n').split('\n')
  const muted = style.muted && !style.color
  return lines.map(
    (line, index) =>
      new TextRun({
        text: line,
        break: index > 0 ? 1 : undefined,
        bold: style.bold,
        italics: style.italics,
        color: style.color,
        style: muted ? MUTED_TEXT : undefined,
      }),
  )
}

/** A Word heading (Title, Heading 1, Heading 2), kept with what follows; `newPage` starts a page with it. */
export function heading(text: string, level: 'title' | 1 | 2, { newPage = false } = {}): Paragraph {
  const headingLevel =
    level === 'title' ? HeadingLevel.TITLE : level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2
  return new Paragraph({ heading: headingLevel, pageBreakBefore: newPage || undefined, children: runs(text) })
}

/** A paragraph of body text; blank lines in what was typed start new paragraphs. */
export function paragraphs(text: string, style: TextStyle = {}): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .filter((part) => part.trim() !== '')
    .map((part) => new Paragraph({ style: BODY, children: runs(part, style) }))
}

export const paragraph = (text: string, style: TextStyle = {}): Paragraph =>
  new Paragraph({ style: BODY, children: runs(text, style) })

/** A bold label kept with the text under it, as the PDF's "Criterion", "Rationale". */
export const label = (text: string): Paragraph => new Paragraph({ style: LABEL, children: runs(text) })

export const bullet = (text: string): Paragraph => new Paragraph({ children: runs(text), bullet: { level: 0 } })

/** "Label  value" lines: the label in bold, the values lined up at one tab stop. */
export function keyValueLines(fields: Field[]): Paragraph[] {
  return fields.map(
    ([name, value]) =>
      new Paragraph({
        style: FIELD,
        children: [
          new TextRun({ text: cleanText(name), style: FIELD_NAME }),
          new TextRun({ children: [new Tab()] }),
          ...runs(value === '' ? '—' : value),
        ],
      }),
  )
}

// Borders and cell margins are the table's, not each cell's: the same look in a fraction of the XML.
const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'B4BCC4' }
const tableBorders = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
}

function cell(text: string, header: boolean, width: number | undefined): TableCell {
  return new TableCell({
    width: width === undefined ? undefined : { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: ACCENT } : undefined,
    children: [new Paragraph({ children: runs(text, header ? { bold: true, color: 'FFFFFF' } : {}) })],
  })
}

/**
 * A table across the page whose first row is a header row: Word repeats it on every page the table spans and a
 * screen reader reads it as the columns' names. `widths` are percentages of the page's width.
 */
export function table(columns: string[], rows: string[][], widths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: tableBorders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((text, i) => cell(text, true, widths?.[i])) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: false, children: row.map((text, i) => cell(text, false, widths?.[i])) }),
      ),
    ],
  })
}

/** Space after a table, so the next heading does not sit on its border. */
export const gap = (): Paragraph => new Paragraph({ children: [], spacing: { after: 120 } })

export interface DocumentFrame {
  title: string
  subject: string
  author?: string
  pageSize: PageSize
  landscape?: boolean
  /** The running header from page 2: what the document is about, and its date. */
  header: { title: string; date: string }
  draft: boolean
  children: ISectionOptions['children']
}

const draftMark = () =>
  new Paragraph({ children: [new TextWatermark({ text: 'DRAFT', color: DRAFT_RED, opacity: 0.15 })] })

/** The width between the margins, in twentieths of a point. */
function textWidth(frame: Pick<DocumentFrame, 'pageSize' | 'landscape'>): number {
  const size = pageSizes[frame.pageSize]
  return (frame.landscape ? size.height : size.width) - 2 * MARGIN
}

function runningHeader(frame: DocumentFrame): Header {
  const { title, date } = frame.header
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth(frame) }],
        children: [
          new TextRun({ text: cleanText(title), color: MUTED, size: 16 }),
          new TextRun({ children: [new Tab()] }),
          new TextRun({ text: cleanText(date), color: MUTED, size: 16 }),
        ],
      }),
      ...(frame.draft ? [draftMark()] : []),
    ],
  })
}

/** "Page n of N", filled in by Word as it lays the pages out. */
const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            color: MUTED,
            size: 16,
          }),
        ],
      }),
    ],
  })

/** One section in British English with the report's page size, header, footer and any DRAFT mark. */
export function wordDocument(frame: DocumentFrame): Document {
  const size = pageSizes[frame.pageSize]
  return new Document({
    title: cleanText(frame.title),
    subject: cleanText(frame.subject),
    creator: cleanText(frame.author ?? 'IPS Fidelity Review'),
    lastModifiedBy: 'IPS Fidelity Review',
    styles: {
      // Headings stay with what follows them (the styles say so once, not each heading).
      default: {
        document: { run: { language: { value: 'en-GB' } } },
        title: { paragraph: { keepNext: true } },
        heading1: { paragraph: { keepNext: true } },
        heading2: { paragraph: { keepNext: true } },
      },
      paragraphStyles: [
        {
          id: BODY,
          name: 'Body Text',
          basedOn: 'Normal',
          next: BODY,
          quickFormat: true,
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: FIELD,
          name: 'Field Line',
          basedOn: 'Normal',
          paragraph: { leftTabStop: LABEL_TAB, indent: { left: LABEL_TAB, hanging: LABEL_TAB } },
        },
        {
          id: LABEL,
          name: 'Label',
          basedOn: 'Normal',
          next: BODY,
          paragraph: { keepNext: true, spacing: { before: 120 } },
          run: { bold: true },
        },
      ],
      characterStyles: [
        { id: MUTED_TEXT, name: 'Muted Text', run: { color: MUTED } },
        { id: FIELD_NAME, name: 'Field Name', run: { color: MUTED, bold: true } },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { ...size, orientation: frame.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: {
          default: runningHeader(frame),
          first: new Header({ children: frame.draft ? [draftMark()] : [] }),
        },
        footers: { default: pageFooter(), first: pageFooter() },
        children: frame.children,
      },
    ],
  })
}
