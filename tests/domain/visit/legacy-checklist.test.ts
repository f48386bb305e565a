import { describe, expect, it } from 'vitest'
import { migratePlanningChecklist, type LegacyPlanningTask } from '#domain/visit/legacy-checklist'

const review = { id: 'r1', visitStart: '2026-03-02', updatedAt: '2026-02-20T10:00:00.000Z' }
const task = (kind: LegacyPlanningTask['kind'], patch: Partial<LegacyPlanningTask> = {}): LegacyPlanningTask => ({
  id: kind,
  kind,
  label: kind,
  date: null,
  done: false,
  ...patch,
})

describe('an old planning checklist, read as a visit plan', () => {
  it('makes a session of each dated or ticked task, on its date or the visit’s first day, in the list’s order', () => {
    const { sessions, checklistDone } = migratePlanningChecklist(review, [
      task('documents-requested', { done: true }),
      task('interview-team-leader', { date: '2026-03-03' }),
      task('interview-service-users'),
      task('observe-employer-engagement', { done: true }),
    ])
    expect(checklistDone).toEqual(['data-request-sent'])
    expect(sessions.map((s) => [s.id, s.position, s.date, s.kind, s.role, s.people, s.start, s.end])).toEqual([
      ['r1:interview-team-leader', 0, '2026-03-03', 'interview', 'team-leader', 1, '09:00', '10:00'],
      ['r1:observe-employer-engagement', 1, '2026-03-02', 'observation', 'employment-specialist', 0, '09:00', '10:00'],
    ])
  })

  it('makes nothing of an untouched checklist, and no tick for an unsent request', () => {
    expect(migratePlanningChecklist(review, [task('documents-requested'), task('interview-clinicians')])).toEqual({
      sessions: [],
      checklistDone: [],
    })
  })

  it('skips a session it cannot place, rather than failing the whole review', () => {
    const broken = { ...review, visitStart: 'not a date' }
    expect(migratePlanningChecklist(broken, [task('interview-clinicians', { done: true })]).sessions).toEqual([])
  })
})
