// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { agendaDocument, dataRequestDocument, requestedDocuments } from '#domain/visit/data-request'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { renderVisitDocument } from '../../src/report/render-visit-document'
import { loadFonts } from './report-fixtures'
import { pdfInfo, pdfRawText, pdfText, useTempDir, wordsOutsidePage, writePdf } from './pdf-tools'

const font = loadFonts()
const tempDir = useTempDir()
const uk = findScale('ips-uk', '1.0.0')!
const visit = { teamName: 'Zoë’s Recovery Team', visitStart: '2026-03-02', visitEnd: '2026-03-03', today: '2026-02-10' }
const squash = (text: string) => text.replace(/\s+/g, '')

describe('the visit documents as PDF', () => {
  it('prints the data request with every document, the record sample and the visit dates, inside the page', () => {
    const document = dataRequestDocument({ ...visit, specialistCount: 7 })
    const pdf = writePdf(tempDir(), 'request.pdf', renderVisitDocument(document, { pageSize: 'a4', font }))
    const raw = squash(pdfRawText(pdf))
    expect(raw).toContain(squash('Fidelity review of Zoë’s Recovery Team: information to send before the visit'))
    for (const doc of requestedDocuments) expect(raw).toContain(squash(doc.what))
    expect(raw).toContain(squash('14 records, at least 2 from each employment specialist’s caseload'))
    expect(pdfText(pdf)).toContain('Visit: 2-3 March 2026. Prepared on 10 February 2026.')
    expect(pdfInfo(pdf).Title).toBe(document.title)
    expect(pdfInfo(pdf).Subject).toBe('Pre-visit data request, 2-3 March 2026')
    expect(wordsOutsidePage(pdf)).toEqual([])
  })

  it('prints the agenda day by day with page numbers, on A4 and US Letter', () => {
    const document = agendaDocument(visit, defaultVisitPlan(uk, visit, 4), 'en-GB')
    for (const pageSize of ['a4', 'letter'] as const) {
      const pdf = writePdf(tempDir(), `agenda-${pageSize}.pdf`, renderVisitDocument(document, { pageSize, font }))
      const text = pdfText(pdf)
      expect(text.indexOf('2 March 2026')).toBeLessThan(text.indexOf('09:30-10:30 Interview: 1 team leader'))
      expect(text.indexOf('3 March 2026')).toBeLessThan(text.indexOf('16:00-16:45 Feedback meeting: 1 team leader'))
      expect(text).toContain('10:45-12:15 Group interview: 4 employment specialists')
      expect(text).toContain('Page 1 of 1')
      expect(wordsOutsidePage(pdf)).toEqual([])
    }
  })
})
