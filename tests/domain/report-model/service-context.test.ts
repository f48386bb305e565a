import { describe, expect, it } from 'vitest'
import { prefilledServiceContext } from '#domain/report-model/service-context'
import { recordNotRecorded, type CalculatorInputs, type RecordReviewRow } from '#domain/review/evidence'
import { findScale } from '#domain/scale/catalogue'

const uk = findScale('ips-uk', '1.0.0')!
const at = '2026-11-21T12:00:00.000Z'
const figures = (itemId: string, values: CalculatorInputs['values'], reviewId = 'r1'): CalculatorInputs => ({
  reviewId,
  itemId,
  values,
  updatedAt: at,
})
const record = (id: string, jobStartDate: string | null): RecordReviewRow => ({
  id,
  reviewId: 'r1',
  anonymousId: id,
  ...recordNotRecorded,
  jobStartDate,
  createdAt: at,
  updatedAt: at,
})

describe('the service context offered from what the review recorded', () => {
  it('says the team, caseload, jobs held and job starts in the sample', () => {
    const inputs = [
      figures('caseload-size', { specialistCaseloads: [20], specialistFtes: [0.8] }),
      figures('competitive-jobs', { numerator: 9, denominatorCounted: 10, denominatorTotal: 23 }),
    ]
    const records = [record('R-01', '2026-05-01'), record('R-02', null)]
    expect(prefilledServiceContext(uk, 'r1', inputs, records)).toBe(
      '1 employment specialist (0.8 FTE) supports an active caseload of 20 people, 25 per FTE. ' +
        '23 jobs held at present across the whole caseload. ' +
        'Of the 2 records sampled, 1 shows a job start.',
    )
  })

  it('reads caseload figures entered earlier as team totals', () => {
    const inputs = [figures('caseload-size', { activeClients: 1, specialistFte: 1 })]
    expect(prefilledServiceContext(uk, 'r1', inputs, [])).toBe(
      'Employment specialists (1 FTE) support an active caseload of 1 person.',
    )
  })

  it('says nothing it was not told: incomplete figures, another review’s, or none', () => {
    const inputs = [
      figures('caseload-size', { specialistCaseloads: [20, 22], specialistFtes: [1] }),
      figures('competitive-jobs', { denominatorTotal: 40 }, 'r2'),
    ]
    expect(prefilledServiceContext(uk, 'r1', inputs, [])).toBe('')
  })
})
