// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderReport } from '../../src/report/render-report'
import { glyphFilter, MISSING_GLYPH } from '../../src/report/pdf-text'
import { ARABIC, HEBREW, hostileModel, LONG_WORD, loadFonts, SCRIPT } from './report-fixtures'
import {
  bodyTextWithoutSpace,
  pdfInfo,
  pdfRawText,
  pdfText,
  pdfWords,
  useTempDir,
  wordsOutsidePage,
  writePdf,
} from './pdf-tools'

const tempDir = useTempDir()
let file = ''
function hostileReport(): string {
  file ||= writePdf(
    tempDir(),
    'hostile.pdf',
    renderReport(hostileModel(), { pageSize: 'a4', font: loadFonts(), logo: null }),
  )
  return file
}

describe('text a user typed', () => {
  it('draws markup as literal text', () => {
    const text = pdfText(hostileReport())
    expect(text).toContain(SCRIPT)
    expect(pdfInfo(hostileReport()).Title).toBe(`IPS fidelity review: ${SCRIPT}`)
  })

  it('keeps Hebrew and Arabic letters', () => {
    // jsPDF shapes Arabic into presentation forms; NFKC maps them back to the letters typed.
    const raw = pdfRawText(hostileReport()).normalize('NFKC')
    for (const letter of [...HEBREW.replace(' ', ''), ...ARABIC]) expect(raw).toContain(letter)
  })

  it('shows a visible box for emoji the font cannot draw, and drops the invisible joiners', () => {
    const text = pdfText(hostileReport())
    expect(text).toContain(`${MISSING_GLYPH} team`)
    // Read in content order: the right-to-left words on the same line make -layout reorder it.
    expect(pdfRawText(hostileReport())).toContain(`${MISSING_GLYPH.repeat(4)} `)
    for (const invisible of ['\u{1F389}', '\u{1F44D}', '\u200D', '\uFE0F']) expect(text).not.toContain(invisible)
  })

  it('wraps a 10,000-character word inside the page, all of it, in order', () => {
    const pdf = hostileReport()
    expect(wordsOutsidePage(pdf)).toEqual([])
    const body = bodyTextWithoutSpace(pdfRawText(pdf), /22 November 2026$/)
    expect(body).toContain(`done.${LONG_WORD}end.`)
    // Broken into many lines, not drawn as one line off the edge of the page.
    const pieces = pdfWords(pdf).words.filter((w) => /^(abcdefghij)*a?b?c?/.test(w.text) && w.text.length > 50)
    expect(pieces.length).toBeGreaterThan(20)
  })

  it('never breaks the layout: every page keeps its footer and the report keeps all its sections', () => {
    const pdf = hostileReport()
    const pages = Number(pdfInfo(pdf).Pages)
    const text = pdfText(pdf)
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Page ${page} of ${pages}`)
    for (const heading of ['Summary', 'Item by item', 'Action plan', 'Sign-off']) expect(text).toContain(heading)
  })
})

describe('glyphFilter', () => {
  const clean = glyphFilter((codePoint) => codePoint < 0x2000)

  it('keeps line breaks, turns tabs into spaces and drops control characters', () => {
    expect(clean('a\tb\r\nc\u0000\u0007d')).toBe('a b\ncd')
  })

  it('boxes characters the font lacks, one box per emoji however it is built', () => {
    expect(clean('ok 👍🏽 👨‍👩‍👧 ☃')).toBe(`ok ${MISSING_GLYPH} ${MISSING_GLYPH.repeat(3)} ${MISSING_GLYPH}`)
  })

  it('drops direction overrides, which could reorder what the reader sees', () => {
    expect(clean('a\u202Eb\u2066c')).toBe('abc')
  })
})
