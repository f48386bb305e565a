import { describe, expect, it } from 'vitest'
import { findScale } from '#domain/scale/catalogue'
import { byTimeTaken, sessionGuide, sessionLabel, sessionWho, withItemTag } from '#domain/visit/session-guide'
import { itemTagText, parseItemTags } from '#domain/visit/session-note'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!
const item = (id: string) => uk.items.find((candidate) => candidate.id === id)!
const numbers = (entries: { item: { number: number } }[]) => entries.map((entry) => entry.item.number)

describe('the guide for a session', () => {
  it('lists the session’s items with the scale’s interview prompts only, for an interview', () => {
    const guide = sessionGuide(uk, {
      kind: 'interview',
      role: 'team-leader',
      itemIds: ['zero-exclusion', 'caseload-size'],
    })
    // In the scale's order, whatever order the plan stored.
    expect(numbers(guide)).toEqual([1, 9])
    const interviewPrompt = item('caseload-size').evidencePrompts.find((p) => p.source === 'INT')!.prompt
    const recordsPrompt = item('caseload-size').evidencePrompts.find((p) => p.source === 'DOC')!.prompt
    expect(guide[0]!.prompts).toEqual([interviewPrompt])
    expect(guide[0]!.prompts).not.toContain(recordsPrompt)
  })

  it('gives an observation the observation prompts, and a record review the records and care plan prompts', () => {
    const [observed] = sessionGuide(uk, { kind: 'observation', role: 'clinician', itemIds: ['zero-exclusion'] })
    expect(observed!.prompts).toEqual(
      item('zero-exclusion')
        .evidencePrompts.filter((p) => p.source === 'OBS')
        .map((p) => p.prompt),
    )
    const [records] = sessionGuide(uk, { kind: 'record-review', role: null, itemIds: ['rapid-job-search'] })
    expect(records!.prompts).toEqual(
      item('rapid-job-search')
        .evidencePrompts.filter((p) => p.source === 'DOC' || p.source === 'ISP')
        .map((p) => p.prompt),
    )
  })

  it('falls back to the items the role usually informs when the session names none', () => {
    const guide = sessionGuide(uk, { kind: 'interview', role: 'work-coach', itemIds: [] })
    expect(guide.map((entry) => entry.item.id)).toEqual(['employment-agency-collaboration', 'benefits-planning'])
    expect(guide.every((entry) => entry.prompts.length === 1)).toBe(true)
  })

  it('lists every source’s prompts for a feedback meeting, which gathers no evidence of its own', () => {
    const [entry] = sessionGuide(uk, { kind: 'feedback-meeting', role: 'team-leader', itemIds: ['caseload-size'] })
    expect(entry!.prompts).toHaveLength(item('caseload-size').evidencePrompts.length)
  })
})

describe('a session’s label on an item’s workspace', () => {
  const session = { kind: 'interview', role: 'team-leader', otherRoleLabel: '', date: '2026-03-02' } as const

  it('names the kind, the role in the scale’s words and the date', () => {
    expect(sessionLabel(session, 'en-GB')).toBe('Interview, Team leader, 2 March 2026')
    expect(sessionLabel({ ...session, kind: 'group-interview', role: 'service-user' }, us.locale)).toBe(
      'Group interview, Client, 2 March 2026',
    )
  })

  it('uses the reviewer’s own words for another role, and leaves out who for records', () => {
    expect(sessionWho({ role: 'other', otherRoleLabel: 'housing officer' }, 'en-GB')).toBe('Housing officer')
    expect(sessionLabel({ ...session, kind: 'record-review', role: null }, 'en-GB')).toBe('Record review, 2 March 2026')
  })
})

describe('tags', () => {
  it('adds an item once, in the scale’s order', () => {
    const tags = withItemTag(['disclosure'], 'caseload-size', uk.items)
    expect(tags).toEqual(['caseload-size', 'disclosure'])
    expect(withItemTag(tags, 'disclosure', uk.items)).toEqual(tags)
  })

  it('reads typed numbers back as the text a reviewer typed', () => {
    const parsed = parseItemTags('9, 4 5', uk.items)
    expect(parsed).toEqual({
      ok: true,
      itemIds: ['integration-team-assignment', 'integration-team-contact', 'zero-exclusion'],
    })
    expect(itemTagText(parsed.ok ? parsed.itemIds : [], uk.items)).toBe('4, 5, 9')
    expect(parseItemTags('30', uk.items)).toMatchObject({ ok: false })
    expect(parseItemTags('x', uk.items)).toMatchObject({ ok: false })
  })
})

describe('an item’s evidence and session notes in one list', () => {
  it('orders both by when they were taken, evidence first at the same moment', () => {
    const entries = [
      { id: 'e2', createdAt: '2026-03-02T11:00:00.000Z' },
      { id: 'e1', createdAt: '2026-03-02T09:00:00.000Z' },
    ]
    const notes = [
      { id: 'n1', createdAt: '2026-03-02T10:00:00.000Z' },
      { id: 'n2', createdAt: '2026-03-02T11:00:00.000Z' },
    ]
    expect(byTimeTaken(entries, notes).map((record) => record.row.id)).toEqual(['e1', 'n1', 'e2', 'n2'])
  })
})
