import { describe, expect, it } from 'vitest'
import { actionPlanFileName, buildActionPlanDocument } from '#domain/report-model/action-plan-document'
import { ActionPlanEntrySchema, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { computeResults } from '#domain/scoring/results'
import { findScale } from '#domain/scale/catalogue'
import { allScores, review } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const item = (n: number) => uk.items[n - 1]!

function entry(id: string, itemNumber: number, overrides: Partial<ActionPlanEntry> = {}): ActionPlanEntry {
  return ActionPlanEntrySchema.parse({
    id,
    reviewId: 'review-1',
    itemId: item(itemNumber).id,
    recommendation: `Recommendation ${id}`,
    action: `Action ${id}`,
    owner: 'Team leader',
    targetDate: '2026-05-01',
    createdAt: `2026-03-20T10:00:0${id.length}.000Z`,
    updatedAt: '2026-03-20T10:00:00.000Z',
    ...overrides,
  })
}

describe('buildActionPlanDocument', () => {
  const final = review({ finalisedAt: '2026-03-20T16:00:00.000Z', actionPlanThreshold: 3 })
  // Item 4 scores 1, item 2 scores 2, item 7 scores 3, item 9 is above the threshold.
  const results = computeResults(uk, allScores(uk, 4, { 2: 2, 4: 1, 7: 3 }))
  const entries = [
    entry('a', 2),
    entry('b', 4, { statusUpdates: [{ date: '2026-04-01', status: 'done', note: '', by: '' }] }),
    entry('cc', 2, { targetDate: null, reviewPointMonths: 6 }),
    entry('d', 7, { recommendation: '', action: '', owner: '', targetDate: null }), // nothing written: left out
    entry('e', 9), // item above the threshold: left out, as in the report
  ]
  const document = buildActionPlanDocument({
    team: { name: 'Northgate CRT' },
    review: final,
    results,
    entries,
    today: '2026-12-04',
  })

  it('lists the actions lowest score first, each in words, with its review point and status', () => {
    expect(document.rows).toEqual([
      {
        item: `4. ${item(4).title}`,
        recommendation: 'Recommendation b',
        action: 'Action b',
        owner: 'Team leader',
        targetDate: '1 May 2026',
        reviewPoint: '20 June 2026',
        status: 'Done',
      },
      expect.objectContaining({
        item: `2. ${item(2).title}`,
        recommendation: 'Recommendation a',
        status: 'Not started',
      }),
      expect.objectContaining({
        recommendation: 'Recommendation cc',
        targetDate: '',
        reviewPoint: '20 September 2026',
      }),
    ])
  })

  it('names the team, the review and its dates, and is a draft until the review is final', () => {
    expect(document).toMatchObject({
      title: 'Action plan: Northgate CRT',
      reviewLabel: 'Independent fidelity review, 2-3 March 2026',
      reportDate: '20 March 2026',
      createdOn: '4 December 2026',
      fileName: 'northgate-crt-action-plan-2026-03-20.pdf',
      draft: false,
    })
    expect(document.columns.map((c) => c.heading)).toEqual([
      'Item',
      'Recommendation',
      'Team’s action',
      'Owner',
      'Target date',
      'Review point',
      'Status',
    ])
    const notFinal = review({ status: 'consensus', finalisedAt: null })
    expect(
      buildActionPlanDocument({ team: { name: 'N' }, review: notFinal, results, entries: [], today: '2026-03-04' }),
    ).toMatchObject({ draft: true, rows: [], reportDate: '3 March 2026' })
  })

  it('names the file after the team and the report date', () => {
    expect(actionPlanFileName('Zoë’s Recovery Team', '2026-03-20')).toBe(
      'zoes-recovery-team-action-plan-2026-03-20.pdf',
    )
  })
})
