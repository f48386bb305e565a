/**
 * CSV that spreadsheet software opens as the user expects: UTF-8 with a byte-order mark (so Excel
 * does not guess a legacy code page), CRLF line ends, every field quoted.
 */
const BYTE_ORDER_MARK = '\uFEFF'

// A cell starting with one of these is read as a formula by spreadsheet software, so text from the
// app (a team name, say) could run a formula on the reader's machine (CSV injection). Tab and
// carriage return start formulas in some programs too.
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvValue = string | number | boolean | null | undefined

/** One field, quoted, with text that a spreadsheet would run as a formula made inert by a leading apostrophe. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""'
  // Numbers are written as numbers: a negative score difference must stay a number, not text.
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  const safe = typeof value !== 'number' && FORMULA_START.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(',')
}

/** A whole CSV document: BOM, header row, data rows, CRLF after every row. */
export function csvDocument(header: readonly CsvValue[], rows: readonly (readonly CsvValue[])[]): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => `${csvRow(row)}\r\n`).join('')
}

/** A row of a parsed CSV with the line it starts on (1-based, the header is line 1), for messages. */
export interface CsvRow {
  line: number
  cells: string[]
}

export type CsvParse = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string }

/**
 * RFC 4180 CSV as spreadsheets save it: optional byte-order mark, CRLF, LF or CR line ends, quoted fields
 * holding commas, quotes ("") and line breaks. Blank lines are skipped. Cells are returned as typed: it is
 * the reader's job to check them, and nothing in a cell is ever evaluated.
 */
export function parseCsv(text: string): CsvParse {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  const rows: CsvRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let quoted = false
  let quoteLine = 1
  const endRow = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        if (char === '\n' || (char === '\r' && source[i + 1] !== '\n')) line++
        cell += char
      }
    } else if (char === '"' && cell === '') {
      quoted = true
      quoteLine = line
    } else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && source[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else {
      cell += char
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'A quoted cell is never closed: a " is missing.' }
  if (cell !== '' || cells.length > 0) endRow()
  return { ok: true, rows }
}
