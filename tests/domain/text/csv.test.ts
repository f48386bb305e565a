import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { csvCell, csvDocument, parseCsv } from '#domain/text/csv'

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

describe('parseCsv', () => {
  it('reads what spreadsheets save: a BOM, CRLF, LF or CR ends, quoted commas, quotes and line breaks', () => {
    const parsed = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\n"two\r\nlines",3\rlast,\n\n')
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['x, y', 'say "hi"'] },
        { line: 3, cells: ['two\r\nlines', '3'] },
        { line: 5, cells: ['last', ''] },
      ],
    })
  })

  it('says where a quoted cell is never closed', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({
      ok: false,
      line: 2,
      message: 'A quoted cell is never closed: a " is missing.',
    })
  })

  it('reads back every document the app writes, cell for cell', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=1+1', '"', '\r\n', ',', '', ' lead'), fc.integer())
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(csvDocument(['first', 'second'], rows))
        expect(parsed.ok).toBe(true)
        if (!parsed.ok) return
        const expected = [['first', 'second'], ...rows].map((row) =>
          row.map((value) => csvCell(value).slice(1, -1).replace(/""/g, '"')),
        )
        expect(parsed.rows.map((row) => row.cells)).toEqual(expected)
      }),
    )
  })
})
