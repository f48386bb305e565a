import type { ReactNode } from 'react'
import type { ExchangeFile } from '#domain/exchange/file'
import { tables, type RowTable } from '#domain/exchange/tables'
import { reviewTypeLabels } from '#domain/review/review'
import { DetailsList } from '../../ui/details-list'
import { formatDate, formatDateTime } from '../../ui/format'
import { plural } from '#domain/text/plural'

type Row = readonly [string, ReactNode]

/** "3 teams", "1 imported scale": a table's rows counted in the registry's words. */
const count = (table: RowTable, rows: readonly unknown[]) => plural(rows.length, tables[table].one, tables[table].many)

/** What the file is: one review (which team, which visit) or a whole device's backup. */
export function FileSummary({ file, fileName }: { file: ExchangeFile; fileName: string }) {
  return (
    <DetailsList
      rows={[
        ['File', fileName],
        ...(file.kind === 'review' ? reviewRows(file) : backupRows(file)),
        ['Made', `${formatDateTime(file.createdAt)}, by app version ${file.appVersion}`],
      ]}
    />
  )
}

function reviewRows(file: Extract<ExchangeFile, { kind: 'review' }>): Row[] {
  const review = file.data.reviews.find((row) => row.id === file.reviewId)
  const team = file.data.teams.find((row) => row.id === review?.teamId)
  const rows: Row[] = [
    ['Contents', 'One review'],
    ['Team', team ? [team.name, team.organisation].filter(Boolean).join(', ') : 'Not named'],
  ]
  if (!review) return rows
  const visit = `visit ${formatDate(review.visitStart)}${review.visitEnd !== review.visitStart ? ` to ${formatDate(review.visitEnd)}` : ''}`
  return [
    ...rows,
    ['Review', `${reviewTypeLabels[review.type]}, ${visit}`],
    ['Reviewers', review.reviewers.map((reviewer) => reviewer.name).join(' and ')],
  ]
}

function backupRows(file: Extract<ExchangeFile, { kind: 'backup' }>): Row[] {
  const { teams, reviews, importedScales } = file.data
  return [
    [
      'Contents',
      `A full backup: ${count('teams', teams)}, ${count('reviews', reviews)}, ${count('importedScales', importedScales)} and the settings`,
    ],
  ]
}
