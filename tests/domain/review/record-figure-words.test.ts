import { describe, expect, it } from 'vitest'
import { recordDetailsNotRecorded, type RecordReviewRow, type SupportDuration } from '#domain/review/evidence'
import { recordFigureWords } from '#domain/review/record-figure-words'

const VISIT_END = '2026-06-30'
let code = 0
const row = (overrides: Partial<RecordReviewRow>): RecordReviewRow => ({
  id: `row-${++code}`,
  reviewId: 'review',
  anonymousId: `R-${code}`,
  daysToFirstEmployerContact: null,
  jobType: '',
  employer: '',
  competitive: null,
  supportContactsAfterStart: null,
  createdAt: '2026-06-30T10:00:00.000Z',
  updatedAt: '2026-06-30T10:00:00.000Z',
  ...recordDetailsNotRecorded,
  ...overrides,
})
const lengths = (...durations: SupportDuration[]) =>
  durations.map((supportDuration) => row({ jobType: 'Cook', supportDuration }))

describe('time-unlimited follow-along (item 23) is read from how long support lasts', () => {
  it.each([
    // [support lengths, the words about half]
    ['exactly half', lengths('4-months-or-more', 'under-4-months'), '1 of 2', /Half or more, as anchor 3 describes/],
    [
      'just under half',
      lengths('4-months-or-more', 'under-4-months', 'under-4-months'),
      '1 of 3',
      /Under half, as anchor 2 describes/,
    ],
    [
      'a year counts as 4 months or more',
      lengths('a-year-or-more', 'under-4-months', 'under-4-months'),
      '1 of 3',
      /Under half/,
    ],
    ['just over half', lengths('a-year-or-more', 'a-year-or-more', 'under-4-months'), '2 of 3', /Half or more/],
    ['none', lengths('under-4-months'), '0 of 1', /Under half/],
  ])('%s', (_name, rows, count, half) => {
    const [fourMonths] = recordFigureWords(rows, VISIT_END)['time-unlimited-follow-along']!
    expect(fourMonths).toContain(`In-work support for 4 months or more in ${count} records where its length is known`)
    expect(fourMonths).toMatch(half)
  })

  it('shows the share with a year or more, and the number of support contacts only as context', () => {
    const rows = [
      row({ jobType: 'Cook', supportDuration: 'a-year-or-more', supportContactsAfterStart: 30 }),
      row({ jobType: 'Porter', jobStartDate: '2026-01-10', lastSupportContactDate: '2026-06-01' }),
      row({ jobType: 'Clerk', supportContactsAfterStart: 2 }),
    ]
    expect(recordFigureWords(rows, VISIT_END)['time-unlimited-follow-along']).toEqual([
      'In-work support for 4 months or more in 2 of 2 records where its length is known (100%). Half or more, as anchor 3 describes (under half is anchor 2).',
      'In-work support for a year or more in 1 of 2 records where its length is known (50%). Anchor 4 also needs weekly contact in the first month and monthly contact or more for a year or more on average: check the files and interviews.',
      '1 length worked out from the job start and last contact dates.',
      'Context only, not what the anchors measure: mean 16 support contacts after starting work, over 2 records.',
    ])
  })

  it('says nothing is recorded rather than guessing', () => {
    expect(
      recordFigureWords([row({ supportContactsAfterStart: 5 })], VISIT_END)['time-unlimited-follow-along'],
    ).toEqual([
      'In-work support for 4 months or more: nothing recorded yet.',
      'In-work support for a year or more: nothing recorded yet.',
      'Context only, not what the anchors measure: mean 5 support contacts after starting work, over 1 record.',
    ])
  })
})

describe('rapid job search (item 15) names the records it counts and how', () => {
  it('lists each record, a "no contact yet" one by its days since entry, and those left out', () => {
    const rows = [
      row({ anonymousId: 'A-1', entryDate: '2026-06-01', firstEmployerContactDate: '2026-06-15' }),
      row({ anonymousId: 'A-2', entryDate: '2026-03-02', noEmployerContactYet: true }),
      row({ anonymousId: 'A-3' }),
    ]
    expect(recordFigureWords(rows, VISIT_END)['rapid-job-search']).toEqual([
      'Mean 67 days from entry to first employer contact, over 2 records: 1 from the two dates; 1 with no contact yet, counted by days since entry to 30 June 2026. 1 record without dates or a figure left out.',
      'A-1: 14 days from the two dates; A-2: 120 days with no contact yet (entry 2 March 2026 to 30 June 2026). Left out: A-3 (no dates or figure).',
    ])
  })
})

describe('competitive jobs (item 21) from the sample', () => {
  it('gives the share and says the minimum of 10 jobs is counted across the caseload', () => {
    const rows = [row({ competitive: true }), row({ competitive: false }), row({ competitive: null })]
    expect(recordFigureWords(rows, VISIT_END)['competitive-jobs']).toEqual([
      '1 competitive of 2 jobs in the sample where this is known (50%).',
      'The sample gives the share only: the “fewer than 10 jobs held at present” rule counts every job held by people on the caseload now, from management data.',
    ])
  })
})
