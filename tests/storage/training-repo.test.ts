import { afterEach, describe, expect, it, vi } from 'vitest'
import { recordDetailsNotRecorded } from '#domain/review/evidence'
import { getDatabase } from '../../src/storage/database'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { teamsRepo } from '../../src/storage/teams-repo'
import { listTrainingExercises, practiceTeamId, startTrainingExercise } from '../../src/storage/training-repo'
import { practiceCase } from '../domain/training/helpers'
import { createTeamAndReview, later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()
afterEach(() => {
  vi.restoreAllMocks()
})

/** The helper case with a second note on item 1, reference figures, a ticked checklist and two anonymous records. */
function richCase() {
  const base = practiceCase()
  return practiceCase({
    items: base.items.map((item) =>
      item.itemId === 'caseload-size'
        ? {
            ...item,
            evidence: [
              { source: 'management-data', note: 'Caseload report: 78 people, 3.6 FTE.' },
              { source: 'interview', intervieweeRole: 'team leader', note: 'Caps caseloads at 22.' },
            ],
            calculatorInputs: { activeClients: 78, specialistFte: 3.6 },
          }
        : item.itemId === 'disclosure'
          ? { ...item, calculatorInputs: { elementsPresent: ['not-required', 'pros-and-cons', 'what-to-say'] } }
          : item,
    ),
    recordReviewRows: [
      {
        anonymousId: 'P-01',
        daysToFirstEmployerContact: 12,
        jobType: 'Warehouse operative',
        employer: 'A depot',
        competitive: true,
        supportContactsAfterStart: null,
        ...recordDetailsNotRecorded,
      },
      {
        anonymousId: 'P-02',
        daysToFirstEmployerContact: 40,
        jobType: '',
        employer: '',
        competitive: null,
        supportContactsAfterStart: null,
        ...recordDetailsNotRecorded,
      },
    ],
  })
}

describe('startTrainingExercise', () => {
  it('starts a training review on the case with the trainee as its one reviewer', async () => {
    const reviewId = await startTrainingExercise(richCase(), '  Ada Trainee ', now)
    const review = await reviewsRepo.get(reviewId)
    expect(review).toMatchObject({
      teamId: practiceTeamId('riverside-practice'),
      type: 'training',
      scaleId: 'ips-uk',
      scaleVersion: '1.0.0',
      status: 'collecting-evidence',
      practiceCase: { caseId: 'riverside-practice', caseVersion: '1.0.0' },
      visitStart: '2026-03-02',
      ratingsFinishedBy: [],
    })
    expect(review.reviewers).toHaveLength(1)
    expect(review.reviewers[0]?.name).toBe('Ada Trainee')
  })

  it('calls an unnamed trainee "Trainee"', async () => {
    const review = await reviewsRepo.get(await startTrainingExercise(richCase(), '   ', now))
    expect(review.reviewers.map((r) => r.name)).toEqual(['Trainee'])
  })

  it('copies the case’s evidence in the case’s order and its records', async () => {
    const reviewId = await startTrainingExercise(richCase(), 'Ada', now)
    const first = await evidenceRepo.listEntries(reviewId, 'caseload-size')
    expect(first.map((e) => [e.source, e.intervieweeRole, e.note])).toEqual([
      ['management-data', undefined, 'Caseload report: 78 people, 3.6 FTE.'],
      ['interview', 'team leader', 'Caps caseloads at 22.'],
    ])
    expect(await evidenceRepo.listEntriesForReview(reviewId)).toHaveLength(26)
    const records = await evidenceRepo.listRecordReviewRows(reviewId)
    expect(records.map((r) => [r.anonymousId, r.daysToFirstEmployerContact])).toEqual([
      ['P-01', 12],
      ['P-02', 40],
    ])
  })

  it('leaves the calculators empty and no checklist ticked: the trainee enters the figures from the evidence', async () => {
    const reviewId = await startTrainingExercise(richCase(), 'Ada', now)
    expect(await evidenceRepo.getCalculatorInputs(reviewId, 'caseload-size')).toBeNull()
    expect(await evidenceRepo.getCalculatorInputs(reviewId, 'disclosure')).toBeNull()
    expect(await evidenceRepo.listCalculatorInputs(reviewId)).toEqual([])
    expect(await getDatabase().calculatorInputs.count()).toBe(0)
  })

  it('reuses the practice team for a second exercise and keeps edits to it', async () => {
    const firstId = await startTrainingExercise(richCase(), 'Ada', now)
    await teamsRepo.update(practiceTeamId('riverside-practice'), { notes: 'Used on the March course' }, now)
    const secondId = await startTrainingExercise(richCase(), 'Ben', later)
    expect(secondId).not.toBe(firstId)
    const teams = await teamsRepo.list({ includeArchived: true })
    expect(teams).toHaveLength(1)
    expect(teams[0]).toMatchObject({ name: 'Riverside CRT', notes: 'Used on the March course' })
    const reviews = await reviewsRepo.listForTeam(practiceTeamId('riverside-practice'))
    expect(reviews.map((r) => r.reviewers[0]?.name).sort()).toEqual(['Ada', 'Ben'])
    // Each exercise has its own copy of the evidence.
    expect(await evidenceRepo.listEntriesForReview(secondId)).toHaveLength(26)
  })

  it('writes in one transaction: a failure part-way leaves nothing behind', async () => {
    const db = getDatabase()
    vi.spyOn(db.recordReviewRows, 'bulkAdd').mockRejectedValue(new Error('disk trouble'))
    await expect(startTrainingExercise(richCase(), 'Ada', now)).rejects.toThrow()
    expect(await db.teams.count()).toBe(0)
    expect(await db.reviews.count()).toBe(0)
    expect(await db.evidence.count()).toBe(0)
    expect(await db.calculatorInputs.count()).toBe(0)
  })
})

describe('listTrainingExercises', () => {
  it('lists only training exercises, newest first, with how many items the trainee has rated', async () => {
    await createTeamAndReview()
    const older = await startTrainingExercise(richCase(), 'Ada', now)
    const newer = await startTrainingExercise(richCase(), 'Ben', later)
    const trainee = (await reviewsRepo.get(older)).reviewers[0]!.id
    for (const itemId of ['caseload-size', 'employment-services-staff']) {
      await ratingsRepo.saveRating({ reviewId: older, itemId, reviewerId: trainee, score: 4, rationale: '' })
    }
    await ratingsRepo.saveRating({
      reviewId: older,
      itemId: 'vocational-generalists',
      reviewerId: trainee,
      score: null,
      rationale: 'Thinking',
    })
    const list = await listTrainingExercises()
    expect(list.map((e) => [e.review.id, e.ratedCount])).toEqual([
      [newer, 0],
      [older, 2],
    ])
  })
})
