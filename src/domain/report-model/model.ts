import { entriesForItem, type ActionPlanEntry } from '#domain/scoring/action-plan'
import { compareResults, describeBandChange, formatChange } from '#domain/scoring/comparison'
import type { CalculatorInputs, EvidenceEntry, RecordReviewRow } from '#domain/review/evidence'
import {
  topRecommendationsStillValid,
  type Finding,
  type ItemFinding,
  type ReportNarrative as StoredNarrative,
} from '#domain/scoring/report-narrative'
import { itemFindingRows, recommendedItems } from './findings'
import { prefilledServiceContext } from './service-context'
import type { Consensus, Rating } from '#domain/review/rating'
import { formatMonthYear, formatReportDate, formatVisitDates, localIsoDate } from '#domain/text/dates'
import { reportFileName } from '#domain/text/file-names'
import { describeEvidence, methodOfReview, type MethodCounts } from './method'
import { raterLabel, reviewWords } from '#domain/review/wording'
import type { VisitSession } from '#domain/visit/session'
import {
  computeResults,
  decidingScores,
  MAX_ITEM_SCORE,
  scoresForReview,
  type ReviewResults,
} from '#domain/scoring/results'
import { reviewStatusLabels, reviewTypeLabels, type Review } from '#domain/review/review'
import { bundledScales } from '#domain/scale/catalogue'
import type { FidelityBand, ScaleFile } from '#domain/scale/schema'
import type { Team } from '#domain/review/team'
import { DEFAULT_REVIEW_DEADLINES, keyDate, type ReviewDeadlines } from '#domain/review/review-dates'

/**
 * What the report says an item is: the reviewers' choice, or by default a strength (scored 5) or, at or below the
 * review's threshold, a recommendation; a recommendation with nothing written is an area to develop
 * (see itemFinding in #domain/scoring/report-narrative).
 */
export type ReportFinding = Finding

export interface ReportBand {
  label: string
  min: number
  max: number
}

export interface ReportComparison {
  /** "Independent fidelity review, March 2025". */
  previousLabel: string
  previousTotal: number | null
  totalChange: number | null
  /** "from Fair fidelity to Good fidelity", "still Good fidelity", or null when either has no band. */
  bandChange: string | null
  items: { number: number; title: string; previous: number | null; current: number | null; change: string }[]
}

export interface ReportAlongside {
  /** "Self-assessment of 27 March 2026". */
  label: string
  /** null when not every item was scored. */
  total: number | null
}

export interface ReportItem {
  number: number
  /** "Services 4": the item's place in its section. */
  sectionLabel: string
  title: string
  criterion: string
  score: number | null
  rationale: string
  /** Evidence notes a reviewer chose for the report; empty unless the report includes evidence. */
  evidence: string[]
  finding: ReportFinding
  /** The reviewers' own words on the finding (what the strength is, what to develop); '' when none. */
  findingText: string
  /** The reviewers' recommendations for the item, one paragraph each; '' when none. */
  recommendation: string
}

/** What the reviewers write for the report as a whole (src/domain/scoring/report-narrative.ts). */
export interface ReportNarrative {
  executiveSummary: string
  /** The team's caseload, referrals, job starts and make-up: the reviewers' words, or pre-filled from the review. */
  serviceContext: string
  overallStrengths: string
  /** The 3 to 5 recommendations the reviewers put first, in their order; empty when none were picked. */
  topRecommendations: { number: number; title: string; text: string }[]
}

/** Dates the report commits the service to, as printed ("3 March 2027"); null when not set. */
export interface ReportDates {
  nextReview: string | null
  reportDue: string | null
  actionPlanDue: string | null
}

/** The key dates as both renderers print them (PDF cover, Word "Key dates"), only those that are set. */
export function keyDateLines(dates: ReportDates): { label: string; value: string }[] {
  const lines: { label: string; value: string | null }[] = [
    { label: 'Report due', value: dates.reportDue },
    { label: 'Action plan due', value: dates.actionPlanDue },
    { label: 'Next review', value: dates.nextReview },
  ]
  return lines.flatMap(({ label, value }) => (value === null ? [] : [{ label, value }]))
}

export interface ReportModel {
  /** True unless the review is final: the renderer watermarks "DRAFT". */
  draft: boolean
  title: string
  /** Final: team slug + visit end date. Draft: team slug + "draft" + the date it was generated. */
  fileName: string
  subject: string
  author: string
  cover: {
    /** The line under the title, in the review type's words. */
    subtitle: string
    teamName: string
    organisation: string
    reviewType: string
    /** "Visit dates", "Assessment dates", "Exercise date". */
    datesLabel: string
    visitDates: string
    /** "Reviewers", "Assessor", "Trainee". */
    reviewersLabel: string
    reviewers: string[]
    scaleName: string
    scaleVersion: string
    /** One plain line on whose wording the criteria are in: the app's own, or the imported scale's. */
    scaleWording: string
    status: string
    generatedOn: string
  }
  summary: {
    /** Only once every item is scored: a partial sum is not a total. */
    total: number | null
    /** Sum of the items scored so far, for a draft that is not complete. */
    provisionalTotal: number
    maxTotal: number
    ratedCount: number
    itemCount: number
    band: ReportBand | null
    sections: { title: string; total: number; max: number }[]
    itemScores: { number: number; title: string; score: number | null }[]
    /** Only against the previous review of the same type (see comparisonBasis). */
    comparison: ReportComparison | null
    /** Reviews of the other type since then, with their totals: shown beside, never subtracted. */
    alongside: ReportAlongside[]
  }
  narrative: ReportNarrative
  dates: ReportDates
  items: ReportItem[]
  strengths: { number: number; title: string; score: number }[]
  /** Items at or below the review's action plan threshold, lowest score first, then item order. */
  recommendations: { number: number; title: string; score: number; text: string }[]
  actionPlan: {
    number: number
    title: string
    recommendation: string
    action: string
    owner: string
    targetDate: string | null
  }[]
  /** The score at or below which an item gets a recommendation (the review's setting, default 3). */
  actionPlanThreshold: number
  scoringKey: { anchorMeaning: string; bands: ReportBand[] }
  method: MethodCounts & {
    datesLabel: string
    visitDates: string
    reviewersLabel: string
    reviewers: string[]
  }
  signOff: { reviewers: string[]; finalisedOn: string | null }
}

export interface PreviousReview {
  review: Review
  ratings: Rating[]
  consensus: Consensus[]
  scale: ScaleFile
}

export interface ReportInput {
  team: Team
  review: Review
  scale: ScaleFile
  ratings: Rating[]
  consensus: Consensus[]
  evidence: EvidenceEntry[]
  records: RecordReviewRow[]
  /** The visit plan's sessions: the method counts sessions and people from them. Empty for a review without a plan. */
  sessions: VisitSession[]
  actionPlan: ActionPlanEntry[]
  /** The reviewers' narrative, or null when nobody has written any yet. */
  narrative: StoredNarrative | null
  /** Findings the reviewers chose or wrote for items; an item without one follows its score. */
  findings: ItemFinding[]
  /** Calculator figures: the service context is pre-filled from them. */
  calculatorInputs: CalculatorInputs[]
  /** The previous final review of the same type (comparisonBasis's `previous`). */
  previous: PreviousReview | null
  /** Final reviews of the other type since then (comparisonBasis's `alongside`), newest first. */
  alongside: PreviousReview[]
  /** The settings' review deadlines the default key dates count with; the review programme's when not given. */
  deadlines?: ReviewDeadlines
}

export interface ReportOptions {
  includeEvidence: boolean
  /** When the report is generated: the cover date, and a draft's file name. */
  now: Date
}

const toBand = (band: FidelityBand): ReportBand => ({ label: band.label, min: band.min, max: band.max })

const resultsOf = (earlier: PreviousReview) =>
  computeResults(earlier.scale, scoresForReview(earlier.review, earlier.ratings, earlier.consensus))

function comparisonWith(
  current: ReviewResults,
  review: Review,
  previous: PreviousReview | null,
): ReportComparison | null {
  // Only a final review is a result to compare with; a draft may still change. Like with like only: a
  // self-assessment's total says something different from an independent review's.
  if (!previous || previous.review.status !== 'final' || previous.review.type !== review.type) return null
  const before = resultsOf(previous)
  const comparison = compareResults(current, before)
  return {
    previousLabel: `${reviewTypeLabels[previous.review.type]}, ${formatMonthYear(previous.review.visitStart)}`,
    previousTotal: before.complete ? before.total : null,
    totalChange: comparison.totalChange,
    bandChange: describeBandChange(comparison.bandChange),
    items: comparison.items.map((entry) => ({
      number: entry.item.number,
      title: entry.item.title,
      previous: entry.previous,
      current: entry.current,
      change: formatChange(entry.change),
    })),
  }
}

function alongsideOf(review: Review, alongside: readonly PreviousReview[]): ReportAlongside[] {
  return alongside
    .filter((earlier) => earlier.review.status === 'final' && earlier.review.type !== 'training')
    .filter((earlier) => earlier.review.type !== review.type && review.type !== 'training')
    .map((earlier) => {
      const results = resultsOf(earlier)
      return {
        label: `${reviewTypeLabels[earlier.review.type]} of ${formatReportDate(earlier.review.visitStart)}`,
        total: results.complete ? results.total : null,
      }
    })
}

function anchorMeaning(scale: ScaleFile): string {
  const count = scale.items.length
  return (
    `Each of the ${count} items is scored with one whole anchor from 1 to ${MAX_ITEM_SCORE}: ` +
    `1 means the practice is not in place, ${MAX_ITEM_SCORE} means it fully meets the item's criterion, ` +
    `and the anchors between describe steps towards it. The item scores add up to a total from ${count} ` +
    `to ${count * MAX_ITEM_SCORE}, and the total decides the fidelity band.`
  )
}

export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  const { team, review, scale } = input
  const draft = review.status !== 'final'
  const threshold = review.actionPlanThreshold
  const deciding = decidingScores(review, input.ratings, input.consensus)
  const results = computeResults(scale, scoresForReview(review, input.ratings, input.consensus))
  const visitDates = formatVisitDates(review.visitStart, review.visitEnd)
  const reviewers = review.reviewers.map((r) => r.name)
  const words = reviewWords(review.type)
  const datesLabel = words.dates
  const reviewersLabel = raterLabel(review.type, reviewers.length)
  const plan = input.actionPlan.filter((entry) => entry.reviewId === review.id)
  const sectionTitles = new Map(scale.sections.map((s) => [s.id, s.title]))

  const findingRows = itemFindingRows(results, review, plan, input.findings)
  const rowOf = new Map(findingRows.map((row) => [row.item.id, row]))

  const items = findingRows.map(({ item, score, finding, chosen, recommendation }): ReportItem => {
    return {
      number: item.number,
      sectionLabel: `${sectionTitles.get(item.sectionId) ?? ''} ${item.sectionNumber}`.trim(),
      title: item.title,
      criterion: item.criterion,
      score,
      rationale: deciding.get(item.id)?.rationale ?? '',
      evidence: options.includeEvidence ? describeEvidence(input.evidence, review.id, item.id) : [],
      finding,
      findingText: finding === 'none' ? '' : (chosen?.text.trim() ?? ''),
      recommendation: finding === 'recommendation' ? recommendation : '',
    }
  })

  const needing = results.scores
    .map((entry, order) => ({ ...entry, order }))
    .filter((entry) => entry.score !== null && entry.score <= threshold)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.order - b.order)
  // Every item the report recommends something for: the reviewers' choice may make an item above the threshold one.
  const recommended = recommendedItems(findingRows)
  const stored = input.narrative?.reviewId === review.id ? input.narrative : null
  const byId = new Map(results.scores.map((entry) => [entry.item.id, entry.item]))

  const generated = localIsoDate(options.now)
  return {
    draft,
    title: `${words.reportTitle}: ${team.name}`,
    fileName: reportFileName(team.name, draft ? generated : review.visitEnd, draft),
    subject: `${reviewTypeLabels[review.type]} of ${team.name}, ${visitDates}, using the ${scale.title} ${scale.version}`,
    author: reviewers.join(', '),
    cover: {
      subtitle: words.reportSubtitle,
      teamName: team.name,
      organisation: team.organisation,
      reviewType: reviewTypeLabels[review.type],
      datesLabel,
      visitDates,
      reviewersLabel,
      reviewers,
      scaleName: scale.title,
      scaleVersion: scale.version,
      scaleWording: scaleWording(scale),
      status: draft ? `Draft (${reviewStatusLabels[review.status]})` : reviewStatusLabels.final,
      generatedOn: formatReportDate(generated),
    },
    summary: {
      total: results.complete ? results.total : null,
      provisionalTotal: results.total,
      maxTotal: results.itemCount * MAX_ITEM_SCORE,
      ratedCount: results.ratedCount,
      itemCount: results.itemCount,
      band: results.band ? toBand(results.band) : null,
      sections: results.sections.map((s) => ({ title: s.title, total: s.total, max: s.max })),
      itemScores: results.scores.map(({ item, score }) => ({ number: item.number, title: item.title, score })),
      comparison: comparisonWith(results, review, input.previous),
      alongside: alongsideOf(review, input.alongside),
    },
    narrative: {
      executiveSummary: stored?.executiveSummary.trim() ?? '',
      serviceContext: (
        stored?.serviceContext ?? prefilledServiceContext(scale, review.id, input.calculatorInputs, input.records)
      ).trim(),
      overallStrengths: stored?.overallStrengths.trim() ?? '',
      topRecommendations: topRecommendationsStillValid(
        stored?.topRecommendations ?? [],
        new Set(recommended.map((entry) => entry.item.id)),
      ).flatMap((itemId) => {
        const item = byId.get(itemId)
        return item ? [{ number: item.number, title: item.title, text: rowOf.get(itemId)?.recommendation ?? '' }] : []
      }),
    },
    dates: reportDates(review, input.deadlines ?? DEFAULT_REVIEW_DEADLINES),
    items,
    // The items the report calls strengths: those at the top anchor, unless the reviewers chose otherwise.
    strengths: findingRows.flatMap(({ item, score, finding }) =>
      score !== null && finding === 'strength' ? [{ number: item.number, title: item.title, score }] : [],
    ),
    // Only recommendations someone wrote: an item below the threshold with none is an area to develop.
    recommendations: recommended.map(({ item, score, recommendation }) => ({
      number: item.number,
      title: item.title,
      score: score ?? 0,
      text: recommendation,
    })),
    actionPlan: needing.flatMap(({ item }) =>
      entriesForItem(plan, item.id)
        .filter((e) => [e.recommendation, e.action, e.owner].some((text) => text.trim() !== '') || e.targetDate)
        .map((e) => ({
          number: item.number,
          title: item.title,
          recommendation: e.recommendation,
          action: e.action,
          owner: e.owner,
          targetDate: e.targetDate ? formatReportDate(e.targetDate) : null,
        })),
    ),
    actionPlanThreshold: threshold,
    scoringKey: { anchorMeaning: anchorMeaning(scale), bands: scale.bands.map(toBand) },
    method: {
      datesLabel,
      visitDates,
      reviewersLabel,
      reviewers,
      ...methodOfReview(input, review.id, scale.locale),
    },
    signOff: {
      reviewers,
      finalisedOn: !draft && review.finalisedAt ? formatReportDate(localIsoDate(new Date(review.finalisedAt))) : null,
    },
  }
}

/** The key dates in effect (stored or default), in the report's words; none for a training exercise. */
function reportDates(review: Review, deadlines: ReviewDeadlines): ReportDates {
  const printed = (date: string | null) => (date === null ? null : formatReportDate(date))
  return {
    nextReview: printed(keyDate(review, 'nextReviewDate', deadlines)),
    reportDue: printed(keyDate(review, 'reportDueDate', deadlines)),
    actionPlanDue: printed(keyDate(review, 'actionPlanDueDate', deadlines)),
  }
}

/**
 * The scales that ship with the app restate the scale in the app's own words (see their notes); a scale file an
 * organisation imports may be the licensed text. The report says which, so nobody takes one for the other.
 */
export function scaleWording(scale: Pick<ScaleFile, 'id' | 'version' | 'title' | 'publisher'>): string {
  const bundled = bundledScales.some((known) => known.id === scale.id && known.version === scale.version)
  return bundled
    ? `The criteria and anchors in this report are this app’s own restatement of the ${scale.title}, not its licensed wording.`
    : `The criteria and anchors in this report are worded as in the imported scale file ${scale.title}, version ${scale.version} (${scale.publisher}).`
}
