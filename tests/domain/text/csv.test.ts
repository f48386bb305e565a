import { describe, expect, it } from 'vitest'
import { csvCell, csvDocument } from '#domain/text/csv'

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    const doc = csvDocument(['Team', 'Total'], [['Northgate', 104]])
    expect(doc.startsWith('\uFEFF')).toBe(true)
    expect(doc.slice(1)).toBe('"Team","Total"\r\n"Northgate","104"\r\n')
  })

  it('quotes commas, quotes and line breaks so a field stays one cell', () => {
    expect(csvCell('Smith, "Jo"\nline two')).toBe('"Smith, ""Jo""\nline two"')
  })

  it.each(['=1+1', '+44 20', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])(
    'neutralises %j against formula injection',
    (text) => {
      expect(csvCell(text)).toBe(`"'${text.replace(/"/g, '""')}"`)
    },
  )

  it('writes numbers as numbers, negative ones included, and empty cells for missing values', () => {
    expect(csvCell(-2)).toBe('"-2"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(Number.NaN)).toBe('""')
  })
})
