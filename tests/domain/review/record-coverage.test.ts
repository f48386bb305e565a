import { describe, expect, it } from 'vitest'
import { recordNotRecorded, type RecordReviewRow } from '#domain/review/evidence'
import { recordsInformingEachItem } from '#domain/review/record-coverage'
import { recordFigureWords } from '#domain/review/record-figure-words'

const VISIT_END = '2026-06-30'

const row = (overrides: Partial<RecordReviewRow>) => ({ ...recordNotRecorded, ...overrides })

describe('which items the sampled records inform', () => {
  it('covers exactly the items whose figures the record review page shows', () => {
    expect(Object.keys(recordsInformingEachItem([], VISIT_END)).sort()).toEqual(
      Object.keys(recordFigureWords([], VISIT_END)).sort(),
    )
  })

  it('counts nothing for an item whose columns are empty in every record', () => {
    const counts = recordsInformingEachItem([row({}), row({})], VISIT_END)
    expect(Object.values(counts).every((n) => n === 0)).toBe(true)
  })

  it.each([
    ['integration-team-contact', row({ employmentNotesInRecord: false })],
    ['benefits-planning', row({ betterOffCalculationOffered: true })],
    ['disclosure', row({ disclosureDiscussed: true })],
    ['ongoing-work-based-assessment', row({ careerProfile: 'none' })],
    ['rapid-job-search', row({ entryDate: '2026-06-01', noEmployerContactYet: true })],
    ['individual-job-search', row({ jobSearchFollowsPreferences: false })],
    ['diversity-of-job-types', row({ jobType: 'Retail' })],
    ['diversity-of-employers', row({ employer: 'Acme' })],
    ['competitive-jobs', row({ competitive: true })],
    ['individual-follow-along-supports', row({ jobStartDate: '2026-03-01', lastSupportContactDate: '2026-05-01' })],
    ['time-unlimited-follow-along', row({ supportDuration: 'a-year-or-more' })],
  ] as const)('counts a record that says something about %s for that item', (itemId, record) => {
    const counts = recordsInformingEachItem([record, row({})], VISIT_END)
    expect(counts[itemId]).toBe(1)
  })
})
