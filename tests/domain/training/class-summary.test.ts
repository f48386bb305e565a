import { describe, expect, it } from 'vitest'
import { classSummaryCsv } from '#domain/training/class-csv'
import { classSummaryReportModel } from '#domain/training/class-report'
import { summariseClass } from '#domain/training/class-summary'
import { traineeExercisesFromFiles, type TraineeExercise } from '#domain/training/trainee-files'
import { BackupFileSchema, emptyReviewData, EXCHANGE_FORMAT_VERSION, type ExchangeFile } from '#domain/exchange/file'
import { defaultSettings } from '#domain/settings/settings'
import { itemId, practiceCase, scoresByNumber, traineeFile, ukScale } from './helpers'

const riverside = practiceCase()

const exercise = (label: string, scores: Record<string, number | null>, name: string | null = label) =>
  ({ label, name, fileName: `${label}.json`, scores }) satisfies TraineeExercise

/** Parses a CSV written by csvDocument (every field quoted) into rows of cells. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  return text
    .slice(1)
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')))
}

describe('traineeExercisesFromFiles', () => {
  it('reads each trainee’s ratings, in file order, labelled by name', () => {
    const { exercises, problems } = traineeExercisesFromFiles(
      [
        { fileName: 'ada.json', file: traineeFile({ reviewId: 'r-ada', names: ['Ada Lovelace'] }) },
        {
          fileName: 'ben.json',
          file: traineeFile({ reviewId: 'r-ben', names: ['Ben Okafor'], scores: scoresByNumber(3, { 1: null }) }),
        },
      ],
      riverside,
    )
    expect(problems).toEqual([])
    expect(exercises.map((e) => [e.label, e.name, e.fileName])).toEqual([
      ['Ada Lovelace', 'Ada Lovelace', 'ada.json'],
      ['Ben Okafor', 'Ben Okafor', 'ben.json'],
    ])
    expect(exercises[1]?.scores[itemId(2)]).toBe(3)
    expect(exercises[1]?.scores[itemId(1)]).toBeNull()
  })

  it('numbers trainees without a name "Trainee n" by their place among the accepted files', () => {
    const { exercises } = traineeExercisesFromFiles(
      [
        { fileName: 'backup.json', file: backup() },
        { fileName: 'one.json', file: traineeFile({ reviewId: 'r1', names: ['Ada'] }) },
        { fileName: 'two.json', file: traineeFile({ reviewId: 'r2', names: ['Trainee'] }) },
        { fileName: 'three.json', file: traineeFile({ reviewId: 'r3', names: ['  Trainee  '] }) },
      ],
      riverside,
    )
    expect(exercises.map((e) => [e.label, e.name])).toEqual([
      ['Ada', 'Ada'],
      ['Trainee 2', null],
      ['Trainee 3', null],
    ])
  })

  it('uses only the ratings of the trainee on the review', () => {
    const file = traineeFile({ reviewId: 'r1', scores: scoresByNumber(4) })
    file.data.ratings.push({ ...file.data.ratings[0]!, reviewerId: 'someone-else', score: 1 })
    const { exercises } = traineeExercisesFromFiles([{ fileName: 'a.json', file }], riverside)
    expect(exercises[0]?.scores[itemId(1)]).toBe(4)
  })

  it('leaves out, with a readable reason, files that are not an exercise on this case', () => {
    const files: { fileName: string; file: ExchangeFile }[] = [
      { fileName: 'backup.json', file: backup() },
      { fileName: 'independent.json', file: traineeFile({ reviewId: 'r1', type: 'independent', practiceCase: null }) },
      { fileName: 'self.json', file: traineeFile({ reviewId: 'r2', type: 'self-assessment', practiceCase: null }) },
      {
        fileName: 'other-case.json',
        file: traineeFile({ reviewId: 'r3', practiceCase: { caseId: 'hillside-practice', caseVersion: '1.0.0' } }),
      },
      {
        fileName: 'old-version.json',
        file: traineeFile({ reviewId: 'r4', practiceCase: { caseId: 'riverside-practice', caseVersion: '0.9.0' } }),
      },
      { fileName: 'unrated.json', file: traineeFile({ reviewId: 'r5', scores: scoresByNumber(null) }) },
      { fileName: 'good.json', file: traineeFile({ reviewId: 'r6' }) },
    ]
    const { exercises, problems } = traineeExercisesFromFiles(files, riverside)
    expect(exercises.map((e) => e.fileName)).toEqual(['good.json'])
    expect(problems).toEqual([
      { fileName: 'backup.json', message: 'This is a backup of a whole device, not one trainee’s exported exercise.' },
      {
        fileName: 'independent.json',
        message: 'This is an independent fidelity review, not a training exercise on a practice case.',
      },
      { fileName: 'self.json', message: 'This is a self-assessment, not a training exercise on a practice case.' },
      {
        fileName: 'other-case.json',
        message:
          'This exercise is on another practice case (hillside-practice), not “Riverside community recovery team”.',
      },
      {
        fileName: 'old-version.json',
        message: 'This exercise is on version 0.9.0 of the case; this summary is for version 1.0.0.',
      },
      { fileName: 'unrated.json', message: 'The trainee has not rated any item yet.' },
    ])
  })

  it('leaves out a file whose ratings are for items the case’s scale does not have', () => {
    const file = traineeFile({ reviewId: 'r1' })
    file.data.ratings.push({ ...file.data.ratings[0]!, itemId: 'made-up-item' })
    const { exercises, problems } = traineeExercisesFromFiles([{ fileName: 'odd.json', file }], riverside)
    expect(exercises).toEqual([])
    expect(problems[0]?.message).toMatch(/not on the case’s scale \(made-up-item\)/)
  })

  it('counts the same exercise imported twice once, from the later export, and says so', () => {
    const earlier = traineeFile({
      reviewId: 'r1',
      names: ['Ada'],
      scores: scoresByNumber(2),
      createdAt: '2026-11-20T10:00:00.000Z',
    })
    const later = traineeFile({
      reviewId: 'r1',
      names: ['Ada'],
      scores: scoresByNumber(4),
      createdAt: '2026-11-20T16:00:00.000Z',
    })
    const other = traineeFile({ reviewId: 'r2', names: ['Ben'] })
    const { exercises, problems } = traineeExercisesFromFiles(
      [
        { fileName: 'ada-morning.json', file: earlier },
        { fileName: 'ben.json', file: other },
        { fileName: 'ada-afternoon.json', file: later },
        { fileName: 'ada-afternoon-copy.json', file: later },
      ],
      riverside,
    )
    expect(exercises.map((e) => e.fileName)).toEqual(['ada-afternoon.json', 'ben.json'])
    expect(exercises[0]?.scores[itemId(1)]).toBe(4)
    expect(problems).toEqual([
      {
        fileName: 'ada-morning.json',
        message: 'This is the same exercise as ada-afternoon.json; it is counted once, from the later export.',
      },
      {
        fileName: 'ada-afternoon-copy.json',
        message: 'This is the same exercise as ada-afternoon.json; it is counted once, from the later export.',
      },
    ])
  })

  it('no files, or none valid, give no exercises and no crash', () => {
    expect(traineeExercisesFromFiles([], riverside)).toEqual({ exercises: [], problems: [] })
    const { exercises, problems } = traineeExercisesFromFiles([{ fileName: 'b.json', file: backup() }], riverside)
    expect(exercises).toEqual([])
    expect(problems).toHaveLength(1)
  })
})

function backup(): ExchangeFile {
  return BackupFileSchema.parse({
    format: 'ips-fidelity-review-exchange',
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion: 'test',
    createdAt: '2026-11-20T10:00:00.000Z',
    kind: 'backup',
    data: { ...emptyReviewData(), importedScales: [], outcomes: [], settings: defaultSettings },
  })
}

// Reference 4 everywhere. Three trainees:
//   A: item 1 at 2, item 2 at 5, the rest 4           (total 99, Fair)
//   B: item 1 at 2, item 2 at 3, item 3 at 5, rest 4  (total 98, Fair)
//   C: item 1 at 5, item 3 unrated, the rest 4        (no total)
const classOfThree = () => [
  exercise('A', scoresByNumber(4, { 1: 2, 2: 5 })),
  exercise('B', scoresByNumber(4, { 1: 2, 2: 3, 3: 5 })),
  exercise('C', scoresByNumber(4, { 1: 5, 3: null }), null),
]

describe('summariseClass', () => {
  it('gives each item the trainees’ scores, the spread 1-5, exact and misread counts and mean differences', () => {
    const summary = summariseClass(ukScale, riverside, classOfThree())
    const [item1, item2, item3, item4] = summary.items
    expect(item1).toMatchObject({
      referenceScore: 4,
      scores: [2, 2, 5],
      counts: [0, 2, 0, 0, 1],
      ratedCount: 3,
      exactCount: 0,
      misreadCount: 3,
    })
    // Differences -2, -2, +1.
    expect(item1?.meanDifference).toBeCloseTo(-1, 10)
    expect(item1?.meanAbsoluteDifference).toBeCloseTo(5 / 3, 10)
    // Differences +1, -1, 0: the class is right on average, yet two of three misread it.
    expect(item2).toMatchObject({ counts: [0, 0, 1, 1, 1], exactCount: 1, misreadCount: 2, meanDifference: 0 })
    expect(item2?.meanAbsoluteDifference).toBeCloseTo(2 / 3, 10)
    // C did not rate item 3: not counted as misread, and not in the means.
    expect(item3).toMatchObject({ scores: [4, 5, null], ratedCount: 2, exactCount: 1, misreadCount: 1 })
    expect(item3?.meanDifference).toBeCloseTo(0.5, 10)
    expect(item4).toMatchObject({ counts: [0, 0, 0, 3, 0], exactCount: 3, misreadCount: 0, meanDifference: 0 })
    expect(summary.items).toHaveLength(25)
  })

  it('gives each trainee’s agreement, total and band', () => {
    const summary = summariseClass(ukScale, riverside, classOfThree())
    expect(summary.trainees.map((t) => t.label)).toEqual(['A', 'B', 'C'])
    const [a, b, c] = summary.trainees.map((t) => t.comparison)
    expect(a).toMatchObject({
      itemsCompared: 25,
      exactCount: 23,
      withinOneCount: 24,
      traineeTotal: 99,
      bandMatch: false,
    })
    expect(b).toMatchObject({
      itemsCompared: 25,
      exactCount: 22,
      withinOneCount: 24,
      traineeTotal: 98,
      totalDifference: -2,
    })
    expect(c).toMatchObject({
      itemsCompared: 24,
      exactCount: 23,
      withinOneCount: 24,
      traineeTotal: null,
      bandMatch: null,
    })
    expect(summary).toMatchObject({ referenceTotal: 100, scaleTitle: ukScale.title })
    expect(summary.referenceBand.label).toBe('Good fidelity')
  })

  it('ranks the most misread items by how many misread them, then by how far off, and leaves out items nobody misread', () => {
    const summary = summariseClass(ukScale, riverside, classOfThree())
    // Item 1: 3 misread; item 2: 2 misread; item 3: 1 misread (mean distance 1).
    expect(summary.mostMisread.map((entry) => entry.item.number)).toEqual([1, 2, 3])
  })

  it('breaks a tie in misread count by the larger mean distance, then by scale order, and keeps five', () => {
    // Two trainees; items 4-10 each misread by one trainee, at distances chosen to order them.
    const summary = summariseClass(ukScale, riverside, [
      exercise('A', scoresByNumber(4, { 4: 3, 5: 1, 6: 2, 7: 5, 8: 3, 9: 3, 10: 2 })),
      exercise('B', scoresByNumber(4)),
    ])
    // Distances: 4→1, 5→3, 6→2, 7→1, 8→1, 9→1, 10→2.
    expect(summary.mostMisread.map((entry) => entry.item.number)).toEqual([5, 6, 10, 4, 7])
  })

  it('an empty class is an empty summary with every item listed and nothing misread', () => {
    const summary = summariseClass(ukScale, riverside, [])
    expect(summary.trainees).toEqual([])
    expect(summary.mostMisread).toEqual([])
    expect(summary.items).toHaveLength(25)
    expect(summary.items[0]).toMatchObject({
      scores: [],
      counts: [0, 0, 0, 0, 0],
      ratedCount: 0,
      misreadCount: 0,
      meanDifference: null,
      meanAbsoluteDifference: null,
    })
  })
})

describe('classSummaryCsv', () => {
  it('writes a row per item with each trainee’s score and the class figures, then each trainee’s totals', () => {
    const rows = parseCsv(classSummaryCsv(summariseClass(ukScale, riverside, classOfThree()), { showNames: true }))
    expect(rows[0]).toEqual([
      'Item number',
      'Item',
      'Reference score',
      'A',
      'B',
      'Trainee 3',
      'Scored 1',
      'Scored 2',
      'Scored 3',
      'Scored 4',
      'Scored 5',
      'Trainees who rated it',
      'Exact',
      'Misread',
      'Mean difference',
      'Mean absolute difference',
    ])
    expect(rows[1]).toEqual([
      '1',
      'Caseload size',
      '4',
      '2',
      '2',
      '5',
      '0',
      '2',
      '0',
      '0',
      '1',
      '3',
      '0',
      '3',
      '-1',
      '1.67',
    ])
    expect(rows[3]?.slice(3, 6)).toEqual(['4', '5', ''])
    const byTitle = new Map(rows.slice(26).map((row) => [row[1], row]))
    expect(byTitle.get('Total')).toEqual(['', 'Total', '100', '99', '98', 'Not all items rated'])
    expect(byTitle.get('Band')).toEqual([
      '',
      'Band',
      'Good fidelity',
      'Fair fidelity',
      'Fair fidelity',
      'Not all items rated',
    ])
    expect(byTitle.get('Total difference')).toEqual(['', 'Total difference', '', '-1', '-2', ''])
    expect(byTitle.get('Items rated')).toEqual(['', 'Items rated', '25', '25', '25', '24'])
    // 23/25, 22/25, 23/24 exact.
    expect(byTitle.get('Exact agreement (%)')).toEqual(['', 'Exact agreement (%)', '', '92', '88', '96'])
    expect(rows).toHaveLength(1 + 25 + 6)
  })

  it('numbers trainees instead of naming them when names are hidden', () => {
    const csv = classSummaryCsv(summariseClass(ukScale, riverside, classOfThree()), { showNames: false })
    expect(parseCsv(csv)[0]?.slice(3, 6)).toEqual(['Trainee 1', 'Trainee 2', 'Trainee 3'])
  })

  it('makes a trainee name that a spreadsheet would run as a formula inert', () => {
    const csv = classSummaryCsv(
      summariseClass(ukScale, riverside, [exercise('=cmd|" /C calc"!A0', scoresByNumber(4))]),
      {
        showNames: true,
      },
    )
    expect(csv).toContain('"\'=cmd|"" /C calc""!A0"')
    expect(csv).not.toMatch(/(^|,)"=/m)
  })

  it('an empty class still gives the items and the reference', () => {
    const rows = parseCsv(classSummaryCsv(summariseClass(ukScale, riverside, []), { showNames: true }))
    expect(rows[0]).toHaveLength(13)
    expect(rows[1]?.slice(0, 3)).toEqual(['1', 'Caseload size', '4'])
    expect(rows.find((row) => row[1] === 'Total')).toEqual(['', 'Total', '100'])
  })
})

describe('classSummaryReportModel', () => {
  const now = new Date(2026, 10, 23, 15, 30)

  it('writes every figure as the reader sees it', () => {
    const model = classSummaryReportModel(summariseClass(ukScale, riverside, classOfThree()), { showNames: true, now })
    expect(model).toMatchObject({
      title: 'Class summary: Riverside community recovery team',
      fileName: 'class-summary-riverside-practice-2026-11-23.pdf',
      caseTitle: 'Riverside community recovery team',
      caseVersion: '1.0.0',
      scale: `${ukScale.title}, version 1.0.0`,
      generatedOn: '23 November 2026',
      traineeCount: 3,
      reference: { total: 100, band: 'Good fidelity (100–114)' },
    })
    expect(model.items[0]).toEqual({
      number: 1,
      title: 'Caseload size',
      reference: 4,
      counts: [0, 2, 0, 0, 1],
      rated: 3,
      exact: 0,
      misread: 3,
      meanDifference: '-1.0',
    })
    expect(model.items.map((i) => i.meanDifference).slice(0, 4)).toEqual(['-1.0', '0.0', '+0.5', '0.0'])
    expect(model.trainees).toEqual([
      {
        label: 'A',
        itemsRated: 25,
        exact: '92%',
        withinOne: '96%',
        total: '99',
        totalDifference: '-1',
        band: 'Fair fidelity',
        bandMatch: 'No',
      },
      {
        label: 'B',
        itemsRated: 25,
        exact: '88%',
        withinOne: '96%',
        total: '98',
        totalDifference: '-2',
        band: 'Fair fidelity',
        bandMatch: 'No',
      },
      {
        label: 'Trainee 3',
        itemsRated: 24,
        exact: '96%',
        withinOne: '100%',
        total: 'Not all items rated',
        totalDifference: '',
        band: '',
        bandMatch: '',
      },
    ])
    expect(model.mostMisread[0]).toEqual({
      number: 1,
      title: 'Caseload size',
      reference: 4,
      misread: '3 of 3',
      meanDifference: '-1.0',
      meanAbsoluteDifference: '1.7',
    })
    expect(model.mostMisread[2]?.misread).toBe('1 of 2')
  })

  it('hides names when asked', () => {
    const model = classSummaryReportModel(summariseClass(ukScale, riverside, classOfThree()), { showNames: false, now })
    expect(model.trainees.map((t) => t.label)).toEqual(['Trainee 1', 'Trainee 2', 'Trainee 3'])
    expect(model.namesShown).toBe(false)
  })
})
