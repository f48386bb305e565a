import { careerProfileLabels, evidenceSourceLabels, supportDurationLabels } from '#domain/review/evidence'
import type { TableName } from '#domain/exchange/tables'
import { itemText, reviewerName, reviewLabel, type LabelContext } from './labels'
import { formatReportDate } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import { reviewSourceLabels, reviewStatusLabels, reviewTypeLabels } from '#domain/review/review'
import { keyDateFields } from '#domain/review/review-dates'
import { sessionKindLabels } from '#domain/visit/session'
import { roleLabel, stakeholderRoles } from '#domain/visit/roles'
import { serviceTypeLabels } from '#domain/review/team'
import { findingLabels } from '#domain/scoring/report-narrative'
import { actionStatusLabels, type ActionStatus } from '#domain/scoring/action-status'
import { outcomeFigureLabels } from '#domain/network/outcomes'

type Row = Readonly<Record<string, unknown>>

const keyDateFieldNames: ReadonlySet<string> = new Set(keyDateFields)

const fieldLabels: Record<string, string> = {
  id: 'Identifier',
  reviewId: 'Review',
  itemId: 'Item',
  createdAt: 'Created',
  name: 'Name',
  organisation: 'Organisation',
  serviceType: 'Service type',
  locality: 'Locality',
  teamLeader: 'Team leader',
  specialistCount: 'Employment specialists',
  specialistFte: 'Specialists’ full-time equivalent',
  notes: 'Notes',
  archivedAt: 'Archived',
  teamId: 'Team',
  type: 'Type of review',
  scaleId: 'Scale',
  scaleVersion: 'Scale version',
  visitStart: 'First day of the visit',
  visitEnd: 'Last day of the visit',
  reviewers: 'Reviewers',
  status: 'Stage',
  checklistDone: 'Preparation done',
  finalisedAt: 'Finalised',
  actionPlanThreshold: 'Action plan for items scored at or below',
  practiceCase: 'Practice case',
  personalDataDeletedAt: 'Personal data deleted',
  source: 'Source',
  intervieweeRole: 'Interviewee’s role',
  note: 'Note',
  includeInReport: 'In the report',
  values: 'Calculator figures',
  anonymousId: 'Anonymous code',
  daysToFirstEmployerContact: 'Days to first employer contact',
  jobType: 'Job type',
  employer: 'Employer',
  competitive: 'Competitive job',
  supportContactsAfterStart: 'Support contacts after starting work',
  entryDate: 'Date of entry to the service',
  firstEmployerContactDate: 'First face-to-face employer contact',
  noEmployerContactYet: 'No employer contact yet',
  careerProfile: 'Vocational profile',
  jobSearchFollowsPreferences: 'Job search plan follows their preferences',
  benefitsCounsellingOffered: 'Benefits counselling offered',
  betterOffCalculationOffered: 'Better-off calculation offered',
  disclosureDiscussed: 'Disclosure discussed',
  employmentNotesInRecord: 'Employment notes in the clinical record',
  jobStartDate: 'Job start date',
  lastSupportContactDate: 'Last in-work support contact',
  supportDuration: 'In-work support has lasted',
  reviewerId: 'Reviewer',
  score: 'Score',
  rationale: 'Rationale',
  recommendation: 'Recommendation',
  action: 'Action',
  owner: 'Owner',
  targetDate: 'Target date',
  backupReminderDays: 'Backup reminder (days)',
  actionPlanWeeks: 'Weeks to complete the action plan',
  reportWeeks: 'Weeks to send the report',
  nextReviewMonths: 'Months to the next review',
  reportDueDate: 'Report due',
  actionPlanDueDate: 'Action plan due',
  nextReviewDate: 'Next review',
  largeText: 'Large text',
  organisationLogo: 'Organisation logo',
  teamLinks: 'Teams linked on import',
  position: 'Place in the plan',
  date: 'Date',
  start: 'Starts',
  end: 'Ends',
  kind: 'Kind of session',
  role: 'Who',
  otherRoleLabel: 'Their role',
  people: 'Number of people',
  place: 'Place',
  itemIds: 'Items',
  unplanned: 'Added on the day',
  sessionId: 'Session',
  executiveSummary: 'Executive summary',
  serviceContext: 'Service context',
  overallStrengths: 'Overall strengths',
  topRecommendations: 'Top recommendations',
  text: 'Finding in words',
  statusUpdates: 'Status updates',
  reviewPointMonths: 'Review point',
  followUps: 'Follow-ups',
  quarter: 'Quarter',
  ...outcomeFigureLabels,
}

function fieldLabel(name: string): string {
  return Object.hasOwn(fieldLabels, name) ? (fieldLabels[name] ?? name) : name
}

const MAX_SHOWN = 300
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text
}

function plainText(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'boolean') return value ? 'Yes' : 'No'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    if (value === '') return '(empty)'
    if (ISO_DATE.test(value)) return formatReportDate(value)
    const moment = ISO_DATE_TIME.exec(value)
    if (moment) return `${formatReportDate(moment[1] ?? value)} at ${moment[2]} (UTC)`
    return shorten(value)
  }
  return shorten(JSON.stringify(value))
}

/** One field of a row as the user reads it: item numbers and titles, names, labels, dates. */
function fieldText(table: TableName, name: string, row: Row, ctx: LabelContext): string {
  const value = row[name]
  const reviewId = String(table === 'reviews' ? row.id : (row.reviewId ?? ''))
  if (value === null && name === 'score') return table === 'consensus' ? 'Not agreed' : 'Not rated'
  if (value === null && table === 'itemFindings' && name === 'kind') return 'As the score gives'
  if (value === null && name === 'serviceContext') return 'As recorded in the review'
  if (value === null && table === 'outcomes') return 'Not entered'
  // A key date left to the default is counted from the visit with the settings' figures.
  if (value === null && keyDateFieldNames.has(name)) return 'The default, counted from the visit'
  if (typeof value === 'string') {
    if (name === 'itemId') return itemText(reviewId, value, ctx)
    if (name === 'reviewerId') return reviewerName(reviewId, value, ctx)
    if (name === 'teamId') return ctx.team(value)?.name ?? value
    if (name === 'reviewId') return reviewLabel(ctx.review(value), ctx)
    const labels = Object.hasOwn(enumLabels, name) ? enumLabels[name] : undefined
    if (labels && Object.hasOwn(labels, value)) return labels[value] ?? value
  }
  if (name === 'reviewers' && Array.isArray(value)) {
    return value.map((r: { name?: unknown }) => String(r.name)).join(', ') || 'None'
  }
  if (name === 'reviewPointMonths' && typeof value === 'number') return `${value} months after the report`
  if ((name === 'statusUpdates' || name === 'followUps') && Array.isArray(value)) {
    return (
      shorten(
        value
          .map((entry: { date?: unknown; status?: unknown; by?: unknown; note?: unknown }) => {
            const status = typeof entry.status === 'string' ? actionStatusLabels[entry.status as ActionStatus] : ''
            const by = typeof entry.by === 'string' && entry.by ? ` (${entry.by})` : ''
            const head = [plainText(entry.date), status].filter(Boolean).join(', ')
            return `${head}${by}: ${typeof entry.note === 'string' ? entry.note : ''}`
          })
          .join('; '),
      ) || 'None'
    )
  }
  if ((name === 'itemIds' || name === 'topRecommendations') && Array.isArray(value)) {
    return value.map((itemId) => itemText(reviewId, String(itemId), ctx)).join('; ') || 'None'
  }
  if (name === 'values' && value !== null && typeof value === 'object') {
    return (
      shorten(
        Object.entries(value)
          .map(([key, v]) => `${key}: ${plainText(v)}`)
          .join('; '),
      ) || 'None'
    )
  }
  if (name === 'organisationLogo' && value !== null && typeof value === 'object') {
    return String((value as { name?: unknown }).name ?? 'A logo')
  }
  if (name === 'teamLinks' && value !== null && typeof value === 'object') {
    const count = Object.keys(value).length
    return count === 0 ? 'None' : `${plural(count, 'team')} from other devices’ files`
  }
  if (name === 'practiceCase' && value !== null && typeof value === 'object') {
    const ref = value as { caseId?: unknown; caseVersion?: unknown }
    return `${String(ref.caseId)} version ${String(ref.caseVersion)}`
  }
  return plainText(value)
}

const enumLabels: Record<string, Readonly<Record<string, string>>> = {
  serviceType: serviceTypeLabels,
  type: reviewTypeLabels,
  status: reviewStatusLabels,
  // An evidence entry's source and a review's share no values.
  source: { ...evidenceSourceLabels, ...reviewSourceLabels },
  // A session's kind and a finding's kind share no values.
  kind: { ...sessionKindLabels, ...findingLabels },
  careerProfile: careerProfileLabels,
  supportDuration: supportDurationLabels,
  role: Object.fromEntries(stakeholderRoles.map((role) => [role, roleLabel(role, 'en-GB')])),
}

/** Both versions of each differing field as text; where the words come out the same, the raw values tell them apart. */
export function fieldDifferences(
  table: TableName,
  names: readonly string[],
  local: Row,
  incoming: Row,
  ctx: LabelContext,
): { name: string; label: string; local: string; incoming: string }[] {
  return names.map((name) => {
    let localText = fieldText(table, name, local, ctx)
    let incomingText = fieldText(table, name, incoming, ctx)
    if (localText === incomingText) {
      localText = shorten(JSON.stringify(local[name]) ?? 'None')
      incomingText = shorten(JSON.stringify(incoming[name]) ?? 'None')
    }
    // A long value that differs only past what is shown: say so rather than show two equal texts.
    if (localText === incomingText) {
      localText = 'As on this device'
      incomingText = 'Different in the file'
    }
    // A finding's kind is not a session's kind, which the shared label names.
    const label = table === 'itemFindings' && name === 'kind' ? 'Finding' : fieldLabel(name)
    return { name, label, local: localText, incoming: incomingText }
  })
}
