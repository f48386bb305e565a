import { evidenceSourceLabels, type EvidenceSource } from '#domain/review/evidence'
import type { ExchangeFile } from '#domain/exchange/file'
import type { ImportedScale } from '#domain/scale/imported'
import type { TableName } from '#domain/exchange/tables'
import { formatReportDate, formatVisitDates } from '#domain/text/dates'
import type { Review } from '#domain/review/review'
import { findScale } from '#domain/scale/catalogue'
import { type ScaleFile, type ScaleItem } from '#domain/scale/schema'
import { parseScale } from '#domain/scale/parse'
import type { Team } from '#domain/review/team'

type Row = Readonly<Record<string, unknown>>

/** What the words of a conflict need to know: teams, reviews and scales from both the file and the device. */
export interface LabelContext {
  team(id: string): Team | undefined
  review(id: string): Review | undefined
  item(reviewId: string, itemId: string): ScaleItem | undefined
  /** The scale a review pins, from the app, the file or the device; null when none of them has it. */
  scale(review: Pick<Review, 'scaleId' | 'scaleVersion'>): ScaleFile | null
  /** In a backup a row is named with its review too, because the file holds many. */
  inBackup: boolean
}

export function labelContext(
  file: ExchangeFile,
  existing: { teams: readonly Team[]; reviews: readonly Review[]; importedScales: readonly ImportedScale[] },
): LabelContext {
  // The device's rows last, so they win: a name the user has changed here is the one they read.
  const teams = new Map([...file.data.teams, ...existing.teams].map((t) => [t.id, t]))
  const reviews = new Map([...file.data.reviews, ...existing.reviews].map((r) => [r.id, r]))
  let imported: ScaleFile[] | null = null
  const scales = new Map<string, { scale: ScaleFile; items: Map<string, ScaleItem> } | null>()
  const scaleOf = (scaleId: string, version: string) => {
    const key = `${scaleId}@${version}`
    if (!scales.has(key)) {
      imported ??= importedScalesOf(file, existing.importedScales)
      const scale = findScale(scaleId, version, imported)
      scales.set(key, scale ? { scale, items: new Map(scale.items.map((item) => [item.id, item])) } : null)
    }
    return scales.get(key)
  }
  return {
    team: (id) => teams.get(id),
    review: (id) => reviews.get(id),
    item(reviewId, itemId) {
      const review = reviews.get(reviewId)
      return review ? scaleOf(review.scaleId, review.scaleVersion)?.items.get(itemId) : undefined
    },
    scale: (review) => scaleOf(review.scaleId, review.scaleVersion)?.scale ?? null,
    inBackup: file.kind === 'backup',
  }
}

function importedScalesOf(file: ExchangeFile, existing: readonly ImportedScale[]): ScaleFile[] {
  const rows = [...(file.kind === 'backup' ? file.data.importedScales : []), ...existing]
  return rows.flatMap((row) => {
    const parsed = parseScale(row.data)
    return parsed.ok ? [parsed.scale] : []
  })
}

/** "Review of Northgate CRT (20-21 November 2026)". */
export function reviewLabel(review: Review | undefined, ctx: LabelContext): string {
  if (!review) return 'a review that is not on this device'
  const team = ctx.team(review.teamId)?.name ?? 'an unnamed team'
  return `Review of ${team} (${formatVisitDates(review.visitStart, review.visitEnd)})`
}

export function itemText(reviewId: string, itemId: string, ctx: LabelContext): string {
  const item = ctx.item(reviewId, itemId)
  return item ? `item ${item.number} ${item.title}` : `item "${itemId}"`
}

export function reviewerName(reviewId: string, reviewerId: string, ctx: LabelContext): string {
  return ctx.review(reviewId)?.reviewers.find((r) => r.id === reviewerId)?.name ?? `reviewer "${reviewerId}"`
}

/** A conflict's name in users' words, e.g. "Rating of item 6 Employment agency collaboration by Sam Patel". */
export function conflictLabel(table: TableName, row: Row, ctx: LabelContext): string {
  const reviewId = String(row.reviewId ?? '')
  const item = () => itemText(reviewId, String(row.itemId), ctx)
  const inReview = () => (ctx.inBackup ? `, in the ${lowerFirst(reviewLabel(ctx.review(reviewId), ctx))}` : '')
  switch (table) {
    case 'teams':
      return `Team ${String(row.name)}`
    case 'reviews':
      return reviewLabel(row as Review, ctx)
    case 'visitSessions':
      return `Visit session on ${formatReportDate(String(row.date))} at ${String(row.start)}${inReview()}`
    case 'sessionNotes':
      return `Session note${inReview()}`
    case 'evidence':
      return `Evidence for ${item()} (${evidenceSourceLabels[row.source as EvidenceSource]})${inReview()}`
    case 'calculatorInputs':
      return `Calculator figures for ${item()}${inReview()}`
    case 'recordReviewRows':
      return `Record-review row ${String(row.anonymousId)}${inReview()}`
    case 'ratings':
      return `Rating of ${item()} by ${reviewerName(reviewId, String(row.reviewerId), ctx)}${inReview()}`
    case 'consensus':
      return `Consensus on ${item()}${inReview()}`
    case 'actionPlan':
      return `Action plan entry for ${item()}${inReview()}`
    case 'reportNarratives':
      return `Report narrative${inReview()}`
    case 'itemFindings':
      return `Finding for ${item()}${inReview()}`
    case 'outcomes':
      return `Outcomes of ${ctx.team(String(row.teamId))?.name ?? 'a team not on this device'} for ${String(row.quarter)}`
    case 'importedScales':
      return `Scale ${String(row.id)} version ${String(row.version)}`
    case 'settings':
      return 'Settings'
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)
