import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import {
  agendaDocument,
  agendaText,
  dataRequestDocument,
  dataRequestText,
  recordSampleSize,
  requestedDocuments,
} from '#domain/visit/data-request'
import { documentText } from '#domain/visit/visit-document'
import { defaultVisitPlan } from '#domain/visit/default-plan'

const uk = findScale('ips-uk', '1.0.0')!

describe('the pre-visit data request', () => {
  it('asks for 10 records, and at least 2 from each specialist’s caseload in a larger team', () => {
    expect(recordSampleSize(3)).toBe(10)
    expect(recordSampleSize(5)).toBe(10)
    expect(recordSampleSize(7)).toBe(14)
    expect(recordSampleSize(0)).toBe(10)
  })

  it('lists every document, the record sample and how it is drawn, as text for an email', () => {
    const text = dataRequestText({
      teamName: 'Northgate CRT',
      visitStart: '2026-03-02',
      visitEnd: '2026-03-03',
      specialistCount: 4,
    })
    expect(text).toContain('Fidelity review of Northgate CRT: information to send before the visit (2-3 March 2026)')
    for (const doc of requestedDocuments) expect(text).toContain(`- ${doc.what} (for ${doc.why}).`)
    expect(text).toContain('each employment specialist’s active caseload and their hours as a full-time equivalent')
    expect(text).toContain('- 10 records, at least 2 from each employment specialist’s caseload')
    expect(text).toContain('at random from the caseload list')
  })
})

describe('the visit agenda', () => {
  it('lists the sessions day by day in time order, with people counted by role', () => {
    const plan = defaultVisitPlan(uk, { visitStart: '2026-03-02', visitEnd: '2026-03-03' }, 4)
    const shuffled = [...plan].reverse()
    shuffled[0] = { ...shuffled[0]!, place: 'Room 2' }
    const text = agendaText('Northgate CRT', shuffled, 'en-GB')
    const lines = text.split('\n')
    expect(lines[0]).toBe('Fidelity review of Northgate CRT: visit agenda')
    expect(lines[2]).toBe('2 March 2026')
    expect(lines[3]).toBe('- 09:30-10:30 Interview: 1 team leader')
    expect(lines[4]).toBe('- 10:45-12:15 Group interview: 4 employment specialists')
    expect(lines[5]).toBe('- 12:30-13:30 Observation: Care coordinator or clinician')
    expect(text).toContain('\n3 March 2026\n')
    expect(text).toContain('- 11:30-13:00 Record review\n')
    expect(lines.at(-1)).toBe('- 16:00-16:45 Feedback meeting: 1 team leader (Room 2)')
  })
})

describe('the documents as PDF content', () => {
  it('gives the data request and the agenda a title, the visit dates, a file name and the same words as the text', () => {
    const context = { teamName: 'Northgate Community Recovery Team', visitStart: '2026-03-02', visitEnd: '2026-03-03' }
    const request = dataRequestDocument({ ...context, specialistCount: 4, today: '2026-02-10' })
    expect(request.fileName).toBe('northgate-crt-data-request-2026-03-02.pdf')
    expect(request.visitDates).toBe('2-3 March 2026')
    expect(request.createdOn).toBe('10 February 2026')
    expect(documentText(request)).toBe(dataRequestText({ ...context, specialistCount: 4 }))
    expect(request.blocks).toContainEqual({ kind: 'heading', text: 'Records to have available on the day' })

    const plan = defaultVisitPlan(uk, context, 4)
    const agenda = agendaDocument(context, plan, 'en-GB')
    expect(agenda.fileName).toBe('northgate-crt-visit-agenda-2026-03-02.pdf')
    expect(agenda.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual([
      '2 March 2026',
      '3 March 2026',
    ])
    expect(documentText(agenda)).toBe(agendaText(context.teamName, plan, 'en-GB'))
  })

  it('says when the agenda has no sessions yet', () => {
    const agenda = agendaDocument(
      { teamName: 'Northgate', visitStart: '2026-03-02', visitEnd: '2026-03-02' },
      [],
      'en-GB',
    )
    expect(documentText(agenda)).toBe('Fidelity review of Northgate: visit agenda\n\nNo sessions are planned yet.')
  })
})
