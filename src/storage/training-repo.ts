import type { PracticeCase } from '#domain/practice/case'
import { ReviewSchema, type Review } from '#domain/review/review'
import { TeamSchema } from '#domain/review/team'
import { UNNAMED_TRAINEE } from '#domain/review/trainee'
import { EvidenceEntrySchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { RatingSchema } from '#domain/review/rating'
import { newId, parseInput, parseRows, read, write } from './repo-helpers'

/** The practice case's fictional team is shared by every exercise on that case, so the team list stays short. */
export const practiceTeamId = (caseId: string) => `practice-${caseId}`

/** A trainee's exercise as the training screen lists it. */
export interface TrainingExercise {
  review: Review
  /** Items the trainee has given a score. */
  ratedCount: number
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)
// Rows written together get timestamps a millisecond apart, so the workspace lists them in the case's order.
const at = (now: Date, index: number) => new Date(now.getTime() + index).toISOString()

function practiceTeam(practiceCase: PracticeCase, now: Date) {
  const { team } = practiceCase
  return parseInput(
    TeamSchema,
    {
      id: practiceTeamId(practiceCase.id),
      name: team.name,
      organisation: team.organisation,
      serviceType: team.serviceType,
      locality: team.locality,
      teamLeader: '',
      specialistCount: team.specialistCount,
      specialistFte: team.specialistFte,
      notes: `A fictional team from the practice case "${practiceCase.title}", for training. Nothing here describes a real service.`,
      archivedAt: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    },
    'practice team',
  )
}

/** Every row of a new exercise, parsed before the transaction opens so a bad case writes nothing. */
function exerciseRows(practiceCase: PracticeCase, traineeName: string, now: Date) {
  const reviewId = newId()
  const stamp = now.toISOString()
  const review = parseInput(
    ReviewSchema,
    {
      id: reviewId,
      teamId: practiceTeamId(practiceCase.id),
      type: 'training',
      scaleId: practiceCase.scaleId,
      scaleVersion: practiceCase.scaleVersion,
      visitStart: isoDate(now),
      visitEnd: isoDate(now),
      reviewers: [{ id: newId(), name: traineeName.trim() || UNNAMED_TRAINEE }],
      status: 'collecting-evidence',
      createdAt: stamp,
      updatedAt: stamp,
      finalisedAt: null,
      reopenings: [],
      ratingsFinishedBy: [],
      agreement: null,
      practiceCase: { caseId: practiceCase.id, caseVersion: practiceCase.version },
    },
    'training exercise',
  )
  const evidence = practiceCase.items
    .flatMap((item) => item.evidence.map((entry) => ({ itemId: item.itemId, entry })))
    .map(({ itemId, entry }, index) =>
      parseInput(
        EvidenceEntrySchema,
        {
          id: newId(),
          reviewId,
          itemId,
          source: entry.source,
          ...(entry.intervieweeRole ? { intervieweeRole: entry.intervieweeRole } : {}),
          note: entry.note,
          createdAt: at(now, index),
          updatedAt: at(now, index),
          includeInReport: false,
        },
        'practice evidence',
      ),
    )
  const records = practiceCase.recordReviewRows.map((row, index) =>
    parseInput(
      RecordReviewRowSchema,
      { ...row, id: newId(), reviewId, createdAt: at(now, index), updatedAt: at(now, index) },
      'practice record',
    ),
  )
  return { review, evidence, records }
}

/**
 * Starts a training exercise on a practice case: a review of type 'training' with the trainee as its
 * one reviewer, and the case's evidence and record-review rows copied in, so the trainee works in the
 * same workspace reviewers use. The case's calculator figures and ticked checklists stay in the case:
 * the trainee reads the figures from the evidence and enters them, and the comparison page shows where
 * they differ from the reference's (docs/decisions/0014-practice-cases-teach.md). All in one
 * transaction: either the whole exercise is there or nothing is. Returns the new review's id.
 */
export async function startTrainingExercise(
  practiceCase: PracticeCase,
  traineeName: string,
  now: Date = new Date(),
): Promise<string> {
  const team = practiceTeam(practiceCase, now)
  const rows = exerciseRows(practiceCase, traineeName, now)
  return write(
    (db) => [db.teams, db.reviews, db.evidence, db.recordReviewRows],
    async (db) => {
      // Reuse the team (and keep any edits to it) when an earlier exercise created it.
      if (!(await db.teams.get(team.id))) await db.teams.add(team)
      await db.reviews.add(rows.review)
      await db.evidence.bulkAdd(rows.evidence)
      await db.recordReviewRows.bulkAdd(rows.records)
      return rows.review.id
    },
  )
}

const newestFirst = (a: TrainingExercise, b: TrainingExercise) => b.review.createdAt.localeCompare(a.review.createdAt)

/** Every training exercise on this device, newest first, with how many items its trainee has rated. */
export async function listTrainingExercises(): Promise<TrainingExercise[]> {
  return read(async (db) => {
    // Reviews have no index on type; a device holds tens of reviews, so a scan is cheap.
    const reviews = parseRows(ReviewSchema, await db.reviews.toArray(), 'review').filter((r) => r.type === 'training')
    const exercises = await Promise.all(
      reviews.map(async (review) => {
        const trainee = review.reviewers[0]?.id
        const ratings = parseRows(
          RatingSchema,
          await db.ratings.where('reviewId').equals(review.id).toArray(),
          'rating',
        )
        const ratedCount = ratings.filter((r) => r.reviewerId === trainee && r.score !== null).length
        return { review, ratedCount }
      }),
    )
    return exercises.sort(newestFirst)
  })
}
