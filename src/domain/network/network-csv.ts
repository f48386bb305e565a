import { keyDateStateLabels } from '#domain/review/review-dates'
import type { ScaleFile } from '#domain/scale/schema'
import { itemsInScaleOrder } from '#domain/scoring/results'
import { csvDocument, type CsvValue } from '#domain/text/csv'
import type { NetworkTeam } from './network-teams'

/** A column of the network CSV: its heading and its cell for a team. Other figures (outcomes) add columns. */
export interface NetworkCsvColumn {
  header: string
  cell: (team: NetworkTeam) => CsvValue
}

/** Team, organisation, locality and the latest final independent review's date. */
const leadingColumns: NetworkCsvColumn[] = [
  { header: 'Team', cell: ({ team }) => team.name },
  { header: 'Organisation', cell: ({ team }) => team.organisation },
  { header: 'Locality', cell: ({ team }) => team.locality },
  { header: 'Latest independent review', cell: ({ latest }) => latest?.visitStart ?? '' },
]

/** One column per item, in the scale's order, headed "5 Integration with the mental health team" (as scores CSV). */
function itemColumns(scale: Pick<ScaleFile, 'items'>): NetworkCsvColumn[] {
  return itemsInScaleOrder(scale).map((item) => ({
    header: `${item.number} ${item.title}`,
    cell: ({ latest }) => latest?.scores[item.id] ?? null,
  }))
}

const closingColumns: NetworkCsvColumn[] = [
  // Only complete totals are written: a partial sum would be read as a (low) total.
  { header: 'Total', cell: ({ latest }) => latest?.total ?? null },
  { header: 'Band', cell: ({ latest }) => latest?.band?.label ?? '' },
  { header: 'Next review', cell: ({ nextReview }) => nextReview?.date ?? '' },
  { header: 'Next review state', cell: ({ nextReview }) => (nextReview ? keyDateStateLabels[nextReview.state] : '') },
]

/**
 * One row per team, by name: its latest final independent review's item scores, total and band, and its next
 * review with where it stands. A team without such a review keeps its row with those cells empty. Spreadsheet-
 * safe through csv.ts (formula-like team names made inert); `extraColumns` go at the end.
 */
export function networkCsv(
  scale: Pick<ScaleFile, 'items'>,
  teams: readonly NetworkTeam[],
  extraColumns: readonly NetworkCsvColumn[] = [],
): string {
  const columns = [...leadingColumns, ...itemColumns(scale), ...closingColumns, ...extraColumns]
  const sorted = [...teams].sort(
    (a, b) => a.team.name.localeCompare(b.team.name, 'en-GB') || a.team.id.localeCompare(b.team.id),
  )
  return csvDocument(
    columns.map((column) => column.header),
    sorted.map((team) => columns.map((column) => column.cell(team))),
  )
}
