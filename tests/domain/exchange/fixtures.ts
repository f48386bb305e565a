import { readFileSync } from 'node:fs'
import { recordDetailsNotRecorded } from '#domain/review/evidence'
import { resolve } from 'node:path'
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  ExchangeFileSchema,
  type BackupFile,
  type ReviewData,
  type ReviewExchangeFile,
} from '#domain/exchange/file'
import { defaultSettings } from '#domain/settings/settings'
import type { Rating } from '#domain/review/rating'

// Item ids read from the bundled UK scale, so the fixture breaks if the scale file ever changed.
const ukScaleText = readFileSync(resolve(process.cwd(), 'scales/ips-uk/1.0.0.json'), 'utf8')
const ukScale = JSON.parse(ukScaleText) as { items: { id: string; number: number }[] }
export const ukItemIds: readonly string[] = ukScale.items.map((item) => item.id)
const item = (n: number) => {
  const id = ukScale.items.find((i) => i.number === n)?.id
  if (!id) throw new Error(`ips-uk 1.0.0 has no item ${n}`)
  return id
}

export const TEAM_ID = 'team-northgate'
export const REVIEW_ID = 'review-northgate-2026'
export const SAM = { id: 'reviewer-sam', name: 'Sam Patel' }
export const ALEX = { id: 'reviewer-alex', name: 'Alex Jones' }

const created = '2026-11-20T09:00:00.000Z'
const saved = '2026-11-21T16:30:00.000Z'

// Sam's and Alex's scores for items 1-25: mostly agreeing, a few one apart, item 6 two apart.
const samScores = [4, 5, 5, 5, 4, 4, 5, 4, 5, 3, 4, 3, 4, 4, 3, 4, 3, 3, 4, 4, 5, 4, 5, 3, 4]
const alexScores = [4, 5, 5, 5, 4, 2, 5, 4, 5, 4, 4, 3, 4, 4, 3, 4, 3, 2, 4, 4, 5, 4, 5, 3, 4]

function ratingsBy(reviewerId: string, scores: readonly number[]): Rating[] {
  return ukItemIds.map((itemId, i) => ({
    reviewId: REVIEW_ID,
    itemId,
    reviewerId,
    score: scores[i] ?? null,
    rationale: `Based on the interviews and the records for ${itemId}.`,
    updatedAt: saved,
  }))
}

/** Everything recorded for one two-reviewer review of Northgate CRT, on the bundled UK scale. */
export function reviewData(): ReviewData {
  return {
    teams: [
      {
        id: TEAM_ID,
        name: 'Northgate Community Recovery Team',
        organisation: 'Northgate NHS Foundation Trust',
        serviceType: 'community-recovery',
        locality: 'Northgate',
        teamLeader: 'Team leader (name withheld)',
        specialistCount: 4,
        specialistFte: 3.6,
        notes: 'Second fidelity review; the first was in 2025.',
        archivedAt: null,
        createdAt: created,
        updatedAt: created,
      },
    ],
    reviews: [
      {
        id: REVIEW_ID,
        teamId: TEAM_ID,
        type: 'independent',
        scaleId: 'ips-uk',
        scaleVersion: '1.0.0',
        visitStart: '2026-11-20',
        visitEnd: '2026-11-21',
        reviewers: [SAM, ALEX],
        status: 'consensus',
        checklistDone: ['data-request-sent'],
        createdAt: created,
        updatedAt: saved,
        finalisedAt: null,
        reopenings: [],
        followUps: [],
        // One key date edited, one left to the default: both travel in the file.
        reportDueDate: '2026-12-11',
        actionPlanDueDate: null,
        nextReviewDate: '2027-11-30',
        source: 'full-review',
        ratingsFinishedBy: [SAM.id, ALEX.id],
        agreement: {
          itemsCompared: 25,
          exactCount: 22,
          exactPercent: 88,
          withinOneCount: 24,
          withinOnePercent: 96,
          weightedKappa: 0.81,
          computedAt: saved,
        },
        actionPlanThreshold: 3,
        practiceCase: null,
        personalDataDeletedAt: null,
      },
    ],
    visitSessions: [
      {
        id: 'session-team-leader',
        reviewId: REVIEW_ID,
        position: 0,
        date: '2026-11-20',
        start: '09:30',
        end: '10:30',
        kind: 'interview',
        role: 'team-leader',
        otherRoleLabel: '',
        people: 1,
        place: 'Northgate Resource Centre',
        itemIds: [item(1), item(2), item(4)],
        unplanned: false,
        createdAt: created,
        updatedAt: created,
      },
      {
        id: 'session-team-meeting',
        reviewId: REVIEW_ID,
        position: 1,
        date: '2026-11-20',
        start: '12:30',
        end: '13:30',
        kind: 'observation',
        role: 'clinician',
        otherRoleLabel: '',
        people: 9,
        place: '',
        itemIds: [item(4), item(5), item(9), item(25)],
        unplanned: false,
        createdAt: created,
        updatedAt: created,
      },
    ],
    sessionNotes: [
      {
        id: 'note-caseloads',
        reviewId: REVIEW_ID,
        sessionId: 'session-team-leader',
        itemIds: [item(1), item(2)],
        note: 'Four specialists, IPS only, caseloads about 20 each.',
        createdAt: created,
        updatedAt: created,
      },
    ],
    evidence: [
      {
        id: 'evidence-1',
        reviewId: REVIEW_ID,
        itemId: item(1),
        source: 'management-data',
        note: '81 people on the employment specialists’ caseloads in October.',
        createdAt: created,
        updatedAt: created,
        includeInReport: true,
      },
      {
        id: 'evidence-2',
        reviewId: REVIEW_ID,
        itemId: item(6),
        source: 'interview',
        intervieweeRole: 'team leader',
        note: 'Meets the Jobcentre work coach monthly; no shared caseload review.',
        createdAt: created,
        updatedAt: saved,
        includeInReport: false,
      },
      {
        id: 'evidence-3',
        reviewId: REVIEW_ID,
        itemId: item(15),
        source: 'record-review',
        note: 'First employer contact within 30 days in most records sampled.',
        createdAt: created,
        updatedAt: created,
        includeInReport: false,
      },
    ],
    calculatorInputs: [
      { reviewId: REVIEW_ID, itemId: item(1), values: { activeClients: 81, specialistFte: 3.6 }, updatedAt: saved },
      {
        reviewId: REVIEW_ID,
        itemId: item(15),
        values: { daysPerRecord: [10, 40, 25], employerContactsTracked: true },
        updatedAt: saved,
      },
    ],
    recordReviewRows: [
      {
        id: 'record-1',
        reviewId: REVIEW_ID,
        anonymousId: 'R-07',
        daysToFirstEmployerContact: 12,
        jobType: 'Warehouse operative',
        employer: 'Local distribution centre',
        competitive: true,
        supportContactsAfterStart: 6,
        ...recordDetailsNotRecorded,
        createdAt: created,
        updatedAt: created,
      },
    ],
    ratings: [...ratingsBy(SAM.id, samScores), ...ratingsBy(ALEX.id, alexScores)],
    consensus: [
      {
        reviewId: REVIEW_ID,
        itemId: item(6),
        score: 3,
        rationale: 'Regular contact, but no joint planning.',
        updatedAt: saved,
      },
      {
        reviewId: REVIEW_ID,
        itemId: item(18),
        score: 3,
        rationale: 'Employer contacts mostly by phone.',
        updatedAt: saved,
      },
    ],
    actionPlan: [
      {
        id: 'action-1',
        reviewId: REVIEW_ID,
        itemId: item(6),
        recommendation: 'Hold a monthly joint caseload review with the Jobcentre work coach.',
        action: 'Team leader to arrange the first meeting.',
        owner: 'Team leader',
        targetDate: '2027-01-08',
        statusUpdates: [{ date: '2026-12-01', status: 'on-track', note: 'First meeting booked.', by: 'Team leader' }],
        reviewPointMonths: 6,
        createdAt: saved,
        updatedAt: saved,
      },
    ],
    reportNarratives: [
      {
        reviewId: REVIEW_ID,
        executiveSummary: 'Northgate’s IPS service is well established and growing.',
        serviceContext: null,
        overallStrengths: 'Specialists sit with the clinical team every day.',
        topRecommendations: [item(6)],
        updatedAt: saved,
      },
    ],
    itemFindings: [
      { reviewId: REVIEW_ID, itemId: item(6), kind: 'recommendation', text: 'No joint reviews yet.', updatedAt: saved },
    ],
  }
}

const header = {
  format: EXCHANGE_FORMAT,
  formatVersion: EXCHANGE_FORMAT_VERSION,
  appVersion: '0.1.0',
  createdAt: '2026-11-22T10:00:00.000Z',
} as const

/** A valid review file: one review of Northgate CRT with both reviewers' ratings, consensus and an action. */
export function validReviewFile(): ReviewExchangeFile {
  return ExchangeFileSchema.parse({
    ...header,
    kind: 'review',
    reviewId: REVIEW_ID,
    data: reviewData(),
  }) as ReviewExchangeFile
}

/** The UK scale as an organisation might import it with its own wording: a new version of the same id. */
export function importedUkScale(version = '1.1.0') {
  const data = {
    ...(JSON.parse(ukScaleText) as Record<string, unknown>),
    version,
    title: 'IPS Fidelity Scale (Northgate wording)',
  }
  return { id: 'ips-uk', version, importedAt: '2026-10-01T08:00:00.000Z', data }
}

/** A valid backup: the same review, an imported scale and settings, as a device with one review would write it. */
export function validBackupFile(): BackupFile {
  const file = {
    ...header,
    kind: 'backup',
    data: {
      ...reviewData(),
      outcomes: [
        {
          teamId: TEAM_ID,
          quarter: '2026-Q3',
          caseload: 84,
          inCompetitiveWork: 31,
          outOfWorkAtEntry: 60,
          startedWork: 12,
          jobStarts: 14,
          updatedAt: '2026-10-05T09:00:00.000Z',
        },
      ],
      importedScales: [importedUkScale()],
      settings: { ...defaultSettings, backupReminderDays: 7, lastBackupAt: '2026-11-15T17:00:00.000Z' },
    },
  }
  return ExchangeFileSchema.parse(file) as BackupFile
}

/** The file as text with its size in bytes, as the import reads it from disk. */
export function asUpload(value: unknown): [text: string, sizeInBytes: number] {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return [text, new TextEncoder().encode(text).length]
}
