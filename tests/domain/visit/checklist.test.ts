import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { gatheringChecklist, tickedCount } from '#domain/visit/checklist'
import { requestedDocuments } from '#domain/visit/data-request'
import { expectedItems } from '#domain/visit/guide'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

describe('the self-assessment checklist', () => {
  it('lists every document of the data request, then the record sample, under stable ids', () => {
    const entries = gatheringChecklist(uk, 'en-GB', 3)
    const gather = entries.filter((entry) => entry.kind === 'gather')
    expect(gather.map((entry) => entry.id)).toEqual([
      'gather-caseload-list',
      'gather-job-descriptions',
      'gather-referral-form',
      'gather-operational-policy',
      'gather-employer-contact-logs',
      'gather-supervision-notes',
      'gather-outcome-returns',
      'gather-record-sample',
    ])
    expect(gather.slice(0, -1).map((entry) => entry.label)).toEqual(requestedDocuments.map((doc) => doc.what))
    expect(entries.find((entry) => entry.id === 'gather-caseload-list')?.label).toContain(
      'each employment specialist’s active caseload and their hours as a full-time equivalent',
    )
    expect(entries.find((entry) => entry.id === 'gather-record-sample')?.label).toMatch(
      /^A sample of 10 records drawn at random from the caseload list, at least 2 from each/,
    )
    expect(gatheringChecklist(uk, 'en-GB', 7).find((e) => e.id === 'gather-record-sample')?.label).toMatch(
      /^A sample of 14 records/,
    )
  })

  it('says who to ask about which items by number, never the team leader who gathers it', () => {
    const entries = gatheringChecklist(uk, 'en-GB', 3)
    const ask = entries.filter((entry) => entry.kind === 'ask')
    expect(ask.map((entry) => entry.id)).not.toContain('ask-team-leader')
    expect(ask.map((entry) => entry.id)).not.toContain('ask-other')
    expect(ask.map((entry) => entry.id)).toContain('ask-clinician')
    expect(ask.map((entry) => entry.id)).toContain('ask-employment-specialist')
    for (const entry of ask) {
      const role = entry.id.replace(/^ask-/, '') as Parameters<typeof expectedItems>[2]
      const numbers = expectedItems(uk, 'interview', role).map((item) => item.number)
      expect(numbers.length).toBeGreaterThan(0)
      expect(entry.itemNumbers).toEqual(numbers)
      expect(entry.detail).toBe(`Ask about ${numbers.length === 1 ? 'item' : 'items'} ${numbers.join(', ')}.`)
    }
    const clinician = ask.find((entry) => entry.id === 'ask-clinician')!
    expect(clinician.label).toBe('Care coordinator or clinician')
    expect(clinician.itemNumbers).toContain(9)
  })

  it('uses the scale’s own words for people, with the same ids on every scale', () => {
    const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id)
    const onUs = gatheringChecklist(us, 'en-US', 3)
    expect(ids(onUs)).toEqual(ids(gatheringChecklist(uk, 'en-GB', 3)))
    expect(onUs.find((entry) => entry.id === 'ask-service-user')?.label).toBe('Client')
  })

  it('counts only the ticks of steps on the list', () => {
    const entries = gatheringChecklist(uk, 'en-GB', 3)
    expect(tickedCount(entries, ['gather-caseload-list', 'ask-clinician', 'data-request-sent', 'gone'])).toBe(2)
    expect(tickedCount(entries, [])).toBe(0)
  })
})
