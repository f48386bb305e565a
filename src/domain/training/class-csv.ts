import { csvDocument, type CsvValue } from '#domain/text/csv'
import { traineeLabel } from './trainee-files'
import type { ClassSummary } from './class-summary'
import { NOT_ALL_ITEMS_RATED, type TrainingComparison } from './comparison'

/** Two decimals are plenty for a mean of whole scores, and keep the spreadsheet free of float noise. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100)

/**
 * One table a spreadsheet can sort and filter: a row per item (the reference, each trainee's score,
 * how many gave each score, exact, misread and mean differences), then rows with each trainee's
 * total, band and agreement under that trainee's column. Names only when the trainer chose to show them.
 */
export function classSummaryCsv(summary: ClassSummary, options: { showNames: boolean }): string {
  const labels = summary.trainees.map((trainee, index) => traineeLabel(trainee, index, options.showNames))
  const header: CsvValue[] = [
    'Item number',
    'Item',
    'Reference score',
    ...labels,
    'Scored 1',
    'Scored 2',
    'Scored 3',
    'Scored 4',
    'Scored 5',
    'Trainees who rated it',
    'Exact',
    'Misread',
    'Mean difference',
    'Mean absolute difference',
  ]
  const itemRows = summary.items.map((entry): CsvValue[] => [
    entry.item.number,
    entry.item.title,
    entry.referenceScore,
    ...entry.scores,
    ...entry.counts,
    entry.ratedCount,
    entry.exactCount,
    entry.misreadCount,
    rounded(entry.meanDifference),
    rounded(entry.meanAbsoluteDifference),
  ])
  const perTrainee = (title: string, reference: CsvValue, value: (c: TrainingComparison) => CsvValue): CsvValue[] => [
    null,
    title,
    reference,
    ...summary.trainees.map((trainee) => value(trainee.comparison)),
  ]
  // With nothing rated there is no agreement to state, so the cell is left empty rather than 0.
  const percent = (c: TrainingComparison, value: number) => (c.itemsCompared === 0 ? null : Math.round(value))
  const summaryRows = [
    perTrainee('Total', summary.referenceTotal, (c) => c.traineeTotal ?? NOT_ALL_ITEMS_RATED),
    perTrainee('Band', summary.referenceBand.label, (c) => c.traineeBand?.label ?? NOT_ALL_ITEMS_RATED),
    perTrainee('Total difference', null, (c) => c.totalDifference),
    perTrainee('Items rated', summary.items.length, (c) => c.itemsCompared),
    perTrainee('Exact agreement (%)', null, (c) => percent(c, c.exactPercent)),
    perTrainee('Within one point (%)', null, (c) => percent(c, c.withinOnePercent)),
  ]
  return csvDocument(header, [...itemRows, ...summaryRows])
}
