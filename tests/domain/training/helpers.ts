import { EXCHANGE_FORMAT_VERSION, ReviewExchangeFileSchema, type ReviewExchangeFile } from '#domain/exchange/file'
import { PracticeCaseSchema, type PracticeCase } from '#domain/practice/case'
import type { Review } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import type { ScaleFile } from '#domain/scale/schema'

export const ukScale: ScaleFile = findScale('ips-uk', '1.0.0')!

/** Item id of item `number` (1-25) on the UK scale. */
export function itemId(number: number): string {
  const item = ukScale.items.find((candidate) => candidate.number === number)
  if (!item) throw new Error(`No item ${number}`)
  return item.id
}

/** Scores by item number, every item at `score` unless overridden (null = not rated). */
export function scoresByNumber(score: number | null, byNumber: Record<number, number | null> = {}) {
  const scores: Record<string, number | null> = {}
  for (const item of ukScale.items) scores[item.id] = item.number in byNumber ? (byNumber[item.number] ?? null) : score
  return scores
}

/**
 * A small practice case on the UK scale: reference 4 on every item (total 100, Good fidelity)
 * unless `references` says otherwise by item number. Parsed, so it is a case the schema accepts.
 */
export function practiceCase(
  overrides: Partial<PracticeCase> = {},
  references: Record<number, number> = {},
): PracticeCase {
  return PracticeCaseSchema.parse({
    formatVersion: 1,
    id: 'riverside-practice',
    version: '1.0.0',
    title: 'Riverside community recovery team',
    summary: 'A team close to the Good boundary.',
    scaleId: 'ips-uk',
    scaleVersion: '1.0.0',
    expectedBandId: 'good',
    team: {
      name: 'Riverside CRT',
      organisation: 'Example NHS Trust',
      serviceType: 'community-recovery',
      locality: 'Riverside',
      specialistCount: 3,
      specialistFte: 2.6,
    },
    narrative: ['The team has had IPS for two years.'],
    recordReviewRows: [],
    items: ukScale.items.map((item) => ({
      itemId: item.id,
      evidence: [{ source: 'interview', intervieweeRole: 'team leader', note: `Evidence for item ${item.number}.` }],
      reference: {
        score: references[item.number] ?? 4,
        reasoning: `Why item ${item.number} scores this.`,
        nearBoundary: false,
      },
    })),
    ...overrides,
  })
}

const at = '2026-11-20T10:00:00.000Z'

export interface TraineeFileOptions {
  reviewId?: string
  /** The reviewers' names; one trainee by default. */
  names?: string[]
  scores?: Record<string, number | null>
  type?: Review['type']
  practiceCase?: { caseId: string; caseVersion: string } | null
  scaleVersion?: string
  createdAt?: string
}

/** An exported training exercise as a trainee's device writes it, parsed by the exchange schema. */
export function traineeFile(options: TraineeFileOptions = {}): ReviewExchangeFile {
  const reviewId = options.reviewId ?? 'review-a'
  const names = options.names ?? ['Ada Trainee']
  const reviewers = names.map((name, index) => ({ id: `${reviewId}-reviewer-${index + 1}`, name }))
  const scores = options.scores ?? scoresByNumber(4)
  return ReviewExchangeFileSchema.parse({
    format: 'ips-fidelity-review-exchange',
    formatVersion: EXCHANGE_FORMAT_VERSION,
    appVersion: 'test',
    createdAt: options.createdAt ?? at,
    kind: 'review',
    reviewId,
    data: {
      teams: [
        {
          id: 'practice-riverside-practice',
          name: 'Riverside CRT',
          organisation: 'Example NHS Trust',
          serviceType: 'community-recovery',
          locality: 'Riverside',
          teamLeader: '',
          specialistCount: 3,
          specialistFte: 2.6,
          notes: '',
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
        },
      ],
      reviews: [
        {
          id: reviewId,
          teamId: 'practice-riverside-practice',
          type: options.type ?? 'training',
          scaleId: 'ips-uk',
          scaleVersion: options.scaleVersion ?? '1.0.0',
          visitStart: '2026-11-20',
          visitEnd: '2026-11-20',
          reviewers,
          status: 'scoring',
          createdAt: at,
          updatedAt: at,
          finalisedAt: null,
          reopenings: [],
          practiceCase:
            options.practiceCase === undefined
              ? { caseId: 'riverside-practice', caseVersion: '1.0.0' }
              : options.practiceCase,
        },
      ],
      visitSessions: [],
      sessionNotes: [],
      evidence: [],
      calculatorInputs: [],
      recordReviewRows: [],
      ratings: Object.entries(scores).map(([item, score]) => ({
        reviewId,
        itemId: item,
        reviewerId: reviewers[0]!.id,
        score,
        rationale: 'Seen in the case notes',
        updatedAt: at,
      })),
      consensus: [],
      actionPlan: [],
      reportNarratives: [],
      itemFindings: [],
    },
  })
}
