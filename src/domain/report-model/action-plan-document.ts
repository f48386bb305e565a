import { reviewTypeLabels, type Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import { actionsInPlan, currentStatus, reviewPointDate } from '#domain/scoring/action-follow-up'
import {
  actionPlanReportDate,
  entriesForItem,
  itemsNeedingActions,
  type ActionPlanEntry,
} from '#domain/scoring/action-plan'
import { actionStatusLabels } from '#domain/scoring/action-status'
import type { ReviewResults } from '#domain/scoring/results'
import { formatReportDate, formatVisitDates } from '#domain/text/dates'
import { slugify, MAX_FILE_NAME_LENGTH } from '#domain/text/file-names'

/** One action as printed: every value already in words, so any renderer (PDF, Word) prints it as it is. */
export interface ActionPlanDocumentRow {
  /** "6. Job search" */
  item: string
  recommendation: string
  action: string
  owner: string
  /** "8 January 2027", or '' when none was set. */
  targetDate: string
  reviewPoint: string
  status: string
}

/**
 * The action plan on its own, to hand to the team: renderer-neutral (the PDF renderer in src/report and a Word
 * renderer read the same model). Rows follow the action plan screen and the full report: items lowest score
 * first, then in scale order; an item's actions in the order they were written.
 */
export interface ActionPlanDocument {
  /** "Action plan: Northgate CRT" */
  title: string
  teamName: string
  /** "Independent fidelity review, 2-3 March 2026" */
  reviewLabel: string
  /** The report date the deadlines count from, in words. */
  reportDate: string
  /** When the document was made, in words. */
  createdOn: string
  fileName: string
  /** Column headings in the order of a row's fields. */
  columns: { key: keyof ActionPlanDocumentRow; heading: string }[]
  rows: ActionPlanDocumentRow[]
  /** Said in place of the table when there is no action. */
  emptyText: string
  draft: boolean
}

export interface ActionPlanDocumentInput {
  team: Pick<Team, 'name'>
  review: Review
  results: Pick<ReviewResults, 'scores'>
  entries: readonly ActionPlanEntry[]
  /** The day it is made (ISO): the document's date and file name. */
  today: string
}

export const actionPlanColumns: ActionPlanDocument['columns'] = [
  { key: 'item', heading: 'Item' },
  { key: 'recommendation', heading: 'Recommendation' },
  { key: 'action', heading: 'Team’s action' },
  { key: 'owner', heading: 'Owner' },
  { key: 'targetDate', heading: 'Target date' },
  { key: 'reviewPoint', heading: 'Review point' },
  { key: 'status', heading: 'Status' },
]

/** "northgate-crt-action-plan-2026-03-20.pdf": named by the report date, like the report. */
export function actionPlanFileName(teamName: string, reportDate: string): string {
  const tail = `-action-plan-${reportDate.slice(0, 10)}.pdf`
  return `${slugify(teamName, MAX_FILE_NAME_LENGTH - tail.length) || 'team'}${tail}`
}

export function buildActionPlanDocument(input: ActionPlanDocumentInput): ActionPlanDocument {
  const { team, review, results } = input
  const reportDate = actionPlanReportDate(review)
  const inPlan = actionsInPlan(input.entries, review, results)
  const rows = itemsNeedingActions(results, review.actionPlanThreshold).flatMap(({ item }) =>
    entriesForItem(inPlan, item.id).map((entry): ActionPlanDocumentRow => ({
      item: `${item.number}. ${item.title}`,
      recommendation: entry.recommendation.trim(),
      action: entry.action.trim(),
      owner: entry.owner.trim(),
      targetDate: entry.targetDate ? formatReportDate(entry.targetDate) : '',
      reviewPoint: formatReportDate(reviewPointDate(review, entry)),
      status: actionStatusLabels[currentStatus(entry)],
    })),
  )
  return {
    title: `Action plan: ${team.name}`,
    teamName: team.name,
    reviewLabel: `${reviewTypeLabels[review.type]}, ${formatVisitDates(review.visitStart, review.visitEnd)}`,
    reportDate: formatReportDate(reportDate),
    createdOn: formatReportDate(input.today),
    fileName: actionPlanFileName(team.name, reportDate),
    columns: actionPlanColumns,
    rows,
    emptyText: 'No actions have been written for this review yet.',
    draft: review.status !== 'final',
  }
}

/** The line under the plan's title, in both renderers: which review, the dates, and whether it may still change. */
export function actionPlanIntro(document: ActionPlanDocument): string {
  return (
    `${document.reviewLabel}. Report date ${document.reportDate}. Printed on ${document.createdOn}.` +
    (document.draft ? ' The review is not final yet: this plan may still change.' : '')
  )
}

/** Each action's cells in the columns' order; an empty cell shows a dash, so a blank is seen as not written. */
export function actionPlanCells(document: ActionPlanDocument): string[][] {
  const keys = document.columns.map((column) => column.key)
  return document.rows.map((row) => keys.map((key) => row[key] || '—'))
}
