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
