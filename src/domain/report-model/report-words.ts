import { plural } from '#domain/text/plural'
import type { ReportModel } from './model'

/**
 * The report's words that are not stored in the model itself: labels, fallbacks and sentences both renderers
 * (PDF and Word) print, worked out once here so the two files never say different things.
 */

export type Field = [label: string, value: string]

type ReportItem = ReportModel['items'][number]
type Summary = ReportModel['summary']
type Comparison = NonNullable<Summary['comparison']>

export const draftNotice = 'Draft: the review is not final, so its scores and findings may still change.'

export function coverFields(cover: ReportModel['cover']): Field[] {
  return [
    ['Review type', cover.reviewType],
    [cover.datesLabel, cover.visitDates],
    [cover.reviewersLabel, cover.reviewers.join(', ')],
    ['Scale', `${cover.scaleName}, version ${cover.scaleVersion}`],
    ['Status', cover.status],
    ['Report generated', cover.generatedOn],
  ]
}

/** The parts of the narrative someone wrote, in reading order: a part left empty is not printed. */
export function narrativeParts(narrative: ReportModel['narrative']): Field[] {
  const parts: Field[] = [
    ['Executive summary', narrative.executiveSummary],
    ['Service context', narrative.serviceContext],
    ['Overall strengths', narrative.overallStrengths],
  ]
  return parts.filter(([, text]) => text !== '')
}

export function totalText(summary: Summary): string {
  // A partial sum is not a total: say how far scoring has got instead.
  if (summary.total === null) {
    return `No total yet: ${summary.ratedCount} of ${summary.itemCount} items rated (provisional sum ${summary.provisionalTotal})`
  }
  return `${summary.total} out of ${summary.maxTotal}`
}

export function summaryFields(summary: Summary): Field[] {
  return [
    ['Total score', totalText(summary)],
    [
      'Fidelity band',
      summary.band
        ? `${summary.band.label} (${summary.band.min}–${summary.band.max})`
        : 'No band until every item is rated',
    ],
  ]
}

export const sectionColumns = ['Section', 'Score', 'Maximum']

export const sectionRows = (summary: Summary): string[][] =>
  summary.sections.map((section) => [section.title, String(section.total), String(section.max)])

/** "+3", "-2", "0"; a dash when there is nothing to subtract. */
export function signed(value: number | null): string {
  if (value === null) return '—'
  return value > 0 ? `+${value}` : String(value)
}

const ratedOrNot = (value: number | null) => (value === null ? 'Not rated' : String(value))

export const comparisonHeading = (comparison: Comparison) => `Compared with ${comparison.previousLabel}`

export function comparisonFields(comparison: Comparison): Field[] {
  return [
    ['Previous total', comparison.previousTotal === null ? 'Not calculated' : String(comparison.previousTotal)],
    ['Change in total', signed(comparison.totalChange)],
    ['Band', comparison.bandChange ?? '—'],
  ]
}

export const comparisonColumns = ['Item', 'Previous', 'This review', 'Change']

export const comparisonRows = (comparison: Comparison): string[][] =>
  comparison.items.map((item) => [
    `${item.number}. ${item.title}`,
    ratedOrNot(item.previous),
    ratedOrNot(item.current),
    item.change,
  ])

export const alongsideHeading = 'Other reviews since, not compared'
export const alongsideIntro =
  'Changes are worked out only between reviews of the same type. These reviews of the other type are shown for reference.'
export const alongsideColumns = ['Review', 'Total']
export const alongsideRows = (alongside: Summary['alongside']): string[][] =>
  alongside.map((entry) => [entry.label, entry.total === null ? 'Not calculated' : String(entry.total)])

export const findingLabels: Record<ReportItem['finding'], string> = {
  strength: 'Strength',
  'area-to-develop': 'Area to develop',
  recommendation: 'Recommendation',
  none: '',
}

export const itemHeading = (item: Pick<ReportItem, 'number' | 'title'>) => `${item.number}. ${item.title}`

/** Score, and the finding unless the item is neither a strength nor below the threshold: nothing prints as filler. */
export function itemFields(item: ReportItem): Field[] {
  return [
    ['Score', item.score === null ? 'Not rated' : `${item.score} out of 5`],
    ...(item.finding === 'none' ? [] : [['Finding', findingLabels[item.finding]] as Field]),
  ]
}

export const itemCriterion = (item: ReportItem) => item.criterion || '—'
export const itemRationale = (item: ReportItem) => item.rationale || 'No rationale was recorded.'

export const emptyNotes = {
  strengths: 'No items were identified as strengths.',
  recommendations: 'No recommendations were made.',
  actionPlan: 'No actions have been agreed yet.',
} as const

export const strengthColumns = ['Item', 'Score']
export const strengthRows = (model: ReportModel): string[][] =>
  model.strengths.map((item) => [itemHeading(item), String(item.score)])

export const recommendationsIntro = 'In priority order.'
export const recommendationColumns = ['Priority', 'Item', 'Score', 'Recommendation']
export const recommendationRows = (model: ReportModel): string[][] =>
  model.recommendations.map((item, index) => [String(index + 1), itemHeading(item), String(item.score), item.text])

export const actionPlanColumns = ['Item', 'Recommendation', 'Action', 'Owner', 'Target date']
export const actionPlanRows = (model: ReportModel): string[][] =>
  model.actionPlan.map((row) => [
    itemHeading(row),
    row.recommendation || '—',
    row.action || '—',
    row.owner || '—',
    row.targetDate ?? 'Not set',
  ])

export const bandColumns = ['Fidelity band', 'Total score']
export const bandRows = (model: ReportModel): string[][] =>
  model.scoringKey.bands.map((band) => [band.label, `${band.min}–${band.max}`])

export function methodFields(method: ReportModel['method']): Field[] {
  const withPlan = method.interviews.length + method.observations.length + method.documentReviews > 0
  return [
    [method.datesLabel, method.visitDates],
    [method.reviewersLabel, method.reviewers.join(', ')],
    ['Records sampled', String(method.recordsSampled)],
    ...(withPlan ? [['Documents read', plural(method.documentReviews, 'document review session')] as Field] : []),
  ]
}

/** The people tables of the method: who was interviewed, who was observed; a table with no rows is left out. */
export function methodPeopleTables(method: ReportModel['method']): { columns: string[]; rows: string[][] }[] {
  const tables: [string, ReportModel['method']['interviews']][] = [
    ['Interviews with', method.interviews],
    ['Observed', method.observations],
  ]
  return tables
    .filter(([, rows]) => rows.length > 0)
    .map(([heading, rows]) => ({
      columns: [heading, 'Sessions', 'People'],
      rows: rows.map((row) => [row.role, String(row.sessions), String(row.people)]),
    }))
}

/** The method's closing sentences: what kinds of evidence were recorded, and whose roles were interviewed. */
export function methodSentences(method: ReportModel['method']): string[] {
  return [
    ...(method.evidenceKinds.length > 0 ? [`Evidence recorded: ${method.evidenceKinds.join(', ')}.`] : []),
    ...(method.rolesNamed.length > 0 ? [`Roles of the people interviewed: ${method.rolesNamed.join(', ')}.`] : []),
  ]
}

export const signOffSentence = (signOff: ReportModel['signOff']) =>
  signOff.finalisedOn
    ? `The review was finalised on ${signOff.finalisedOn}.`
    : 'The review is not final: this is a draft report.'

/** The report's section headings, in the order both renderers print them. */
export const headings = {
  keyDates: 'Key dates',
  topRecommendations: 'Top recommendations',
  summary: 'Summary',
  itemScores: 'Item scores',
  items: 'Item by item',
  strengths: 'Strengths',
  recommendations: 'Recommendations',
  actionPlan: 'Action plan',
  scoringKey: 'Scoring key',
  method: 'Method',
  signOff: 'Sign-off',
} as const

/** The words under each reviewer's name where they sign. */
export const signatureLabels = ['Signature', 'Date'] as const
