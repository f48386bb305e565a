import { TeamSchema, type TeamInput } from '#domain/review/team'
import { ReviewSchema } from '#domain/review/review'
import { VisitSessionSchema } from '#domain/visit/session'
import { SessionNoteSchema } from '#domain/visit/session-note'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { DATA_REQUEST_SENT } from '#domain/visit/legacy-checklist'
import { CalculatorInputsSchema, EvidenceEntrySchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'
import { agreementStats } from '#domain/review/agreement'
import { bundledScales } from '#domain/scale/catalogue'
import { ReportNarrativeSchema } from '#domain/scoring/report-narrative'
import { parseInput, write } from './repo-helpers'
import {
  demoCalculatorInputs,
  demoEvidence,
  demoFinalReviews,
  demoNarrative,
  demoRecords,
  demoReviewers,
  demoSecondReviewerDifferences,
  demoSessionNotes,
} from './demo-content'

// Fixed ids make loading idempotent, even after the team is renamed or from two tabs at once.
export const DEMO_TEAM_ID = 'demo-northgate-community-recovery'
export const DEMO_CURRENT_REVIEW_ID = 'demo-northgate-review-current'

// Every name here is fictional.
const demoTeam: TeamInput = {
  name: 'Northgate Community Recovery Team',
  organisation: 'Northgate and Wensley NHS Foundation Trust',
  serviceType: 'community-recovery',
  locality: 'Northgate',
  teamLeader: 'Sam Okafor',
  specialistCount: 3,
  specialistFte: 2.6,
  notes: 'A fictional team for trying out the app. Nothing here describes a real service.',
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10)
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000)

/** The current visit: started yesterday, evidence being collected for several items. */
function currentReview(now: Date) {
  const at = now.toISOString()
  const review = parseInput(
    ReviewSchema,
    {
      id: DEMO_CURRENT_REVIEW_ID,
      teamId: DEMO_TEAM_ID,
      type: 'independent',
      scaleId: 'ips-uk',
      scaleVersion: '1.0.0',
      visitStart: isoDate(daysBefore(now, 1)),
      visitEnd: isoDate(now),
      reviewers: demoReviewers,
      status: 'collecting-evidence',
      checklistDone: [DATA_REQUEST_SENT],
      createdAt: at,
      updatedAt: at,
      finalisedAt: null,
      reopenings: [],
    },
    'demo review',
  )
  const evidence = demoEvidence.map((entry, index) =>
    parseInput(
      EvidenceEntrySchema,
      {
        id: `${DEMO_CURRENT_REVIEW_ID}-evidence-${index + 1}`,
        reviewId: DEMO_CURRENT_REVIEW_ID,
        itemId: entry.itemId,
        source: entry.source,
        ...(entry.role ? { intervieweeRole: entry.role } : {}),
        note: entry.note,
        createdAt: at,
        updatedAt: at,
      },
      'demo evidence',
    ),
  )
  const inputs = demoCalculatorInputs.map((input) =>
    parseInput(CalculatorInputsSchema, { reviewId: DEMO_CURRENT_REVIEW_ID, ...input, updatedAt: at }, 'demo inputs'),
  )
  const records = demoRecords.map((record, index) =>
    parseInput(
      RecordReviewRowSchema,
      {
        id: `${DEMO_CURRENT_REVIEW_ID}-record-${index + 1}`,
        reviewId: DEMO_CURRENT_REVIEW_ID,
        anonymousId: record.anonymousId,
        daysToFirstEmployerContact: record.days,
        jobType: record.jobType,
        employer: record.employer,
        competitive: record.competitive,
        supportContactsAfterStart: null,
        createdAt: at,
        updatedAt: at,
      },
      'demo record',
    ),
  )
  const uk = bundledScales.find((scale) => scale.id === 'ips-uk' && scale.version === '1.0.0')!
  const sessions = defaultVisitPlan(uk, review, demoTeam.specialistCount).map((session, index) =>
    parseInput(
      VisitSessionSchema,
      {
        ...session,
        id: `${DEMO_CURRENT_REVIEW_ID}-session-${index + 1}`,
        reviewId: DEMO_CURRENT_REVIEW_ID,
        position: index,
        place: index < 5 ? 'Northgate Resource Centre, room 2' : '',
        createdAt: at,
        updatedAt: at,
      },
      'demo session',
    ),
  )
  const teamLeaderSession = sessions[0]!
  const notes = demoSessionNotes.map((note, index) =>
    parseInput(
      SessionNoteSchema,
      {
        ...note,
        id: `${DEMO_CURRENT_REVIEW_ID}-session-note-${index + 1}`,
        reviewId: DEMO_CURRENT_REVIEW_ID,
        sessionId: teamLeaderSession.id,
        createdAt: at,
        updatedAt: at,
      },
      'demo session note',
    ),
  )
  return { review, evidence, inputs, records, sessions, notes }
}

/** An earlier, final review: two reviewers' ratings, the agreed scores with rationales, and the agreement. */
function finalReview(spec: (typeof demoFinalReviews)[number], now: Date) {
  const uk = bundledScales.find((scale) => scale.id === 'ips-uk' && scale.version === '1.0.0')!
  const visit = daysBefore(now, spec.daysAgo)
  const finalisedAt = daysBefore(now, spec.daysAgo - 21).toISOString()
  const selfAssessment = spec.type === 'self-assessment'
  const reviewers = selfAssessment ? [{ id: 'demo-team-leader', name: 'Sam Okafor' }] : demoReviewers
  const ratings = uk.items.flatMap((item, index) => {
    const agreed = spec.scores[index]!
    return reviewers.map((reviewer, r) => {
      const score =
        r === 0 ? agreed : Math.min(5, Math.max(1, agreed + (demoSecondReviewerDifferences[item.number] ?? 0)))
      const anchor = item.anchors.find((candidate) => candidate.score === score)!
      return parseInput(
        RatingSchema,
        {
          reviewId: spec.id,
          itemId: item.id,
          reviewerId: reviewer.id,
          score,
          rationale: `Closest to anchor ${score}: ${anchor.text}`,
          updatedAt: finalisedAt,
        },
        'demo rating',
      )
    })
  })
  const consensus = selfAssessment
    ? []
    : uk.items.map((item, index) => {
        const score = spec.scores[index]!
        const anchor = item.anchors.find((candidate) => candidate.score === score)!
        return parseInput(
          ConsensusSchema,
          {
            reviewId: spec.id,
            itemId: item.id,
            score,
            rationale: `Agreed ${score} after discussion: ${anchor.text}`,
            updatedAt: finalisedAt,
          },
          'demo consensus',
        )
      })
  const pairs = uk.items.map((item) => {
    const [a, b] = ratings.filter((rating) => rating.itemId === item.id)
    return [a!.score!, (b ?? a)!.score!] as const
  })
  const review = parseInput(
    ReviewSchema,
    {
      id: spec.id,
      teamId: DEMO_TEAM_ID,
      type: spec.type,
      scaleId: 'ips-uk',
      scaleVersion: '1.0.0',
      visitStart: isoDate(daysBefore(visit, 1)),
      visitEnd: isoDate(visit),
      reviewers,
      status: 'final',
      createdAt: visit.toISOString(),
      updatedAt: finalisedAt,
      finalisedAt,
      reopenings: [],
      ratingsFinishedBy: reviewers.map((reviewer) => reviewer.id),
      agreement: selfAssessment ? null : { ...agreementStats(pairs), computedAt: finalisedAt },
    },
    'demo review',
  )
  return { review, ratings, consensus }
}

/** Creates the fictional demo team and its reviews unless they are already on this device; returns the team id. */
export async function loadDemoTeam(now: Date): Promise<string> {
  const at = now.toISOString()
  const team = parseInput(
    TeamSchema,
    { ...demoTeam, id: DEMO_TEAM_ID, archivedAt: null, createdAt: at, updatedAt: at },
    'demo team',
  )
  const current = currentReview(now)
  const narrative = parseInput(
    ReportNarrativeSchema,
    { ...demoNarrative, topRecommendations: [], updatedAt: at },
    'demo report narrative',
  )
  const finals = demoFinalReviews.map((spec) => finalReview(spec, now))
  return write(
    (db) => [
      db.teams,
      db.reviews,
      db.evidence,
      db.calculatorInputs,
      db.recordReviewRows,
      db.ratings,
      db.consensus,
      db.visitSessions,
      db.sessionNotes,
      db.reportNarratives,
    ],
    async (db) => {
      for (const final of finals) {
        if (await db.reviews.get(final.review.id)) continue
        await db.reviews.add(final.review)
        await db.ratings.bulkAdd(final.ratings)
        await db.consensus.bulkAdd(final.consensus)
        if (final.review.id === demoNarrative.reviewId) await db.reportNarratives.add(narrative)
      }
      if (!(await db.teams.get(DEMO_TEAM_ID))) await db.teams.add(team)
      if (!(await db.reviews.get(DEMO_CURRENT_REVIEW_ID))) {
        await db.reviews.add(current.review)
        await db.evidence.bulkAdd(current.evidence)
        await db.calculatorInputs.bulkAdd(current.inputs)
        await db.recordReviewRows.bulkAdd(current.records)
        await db.visitSessions.bulkAdd(current.sessions)
        await db.sessionNotes.bulkAdd(current.notes)
      }
      return DEMO_TEAM_ID
    },
  )
}
