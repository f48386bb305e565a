import { formatPercent } from '#domain/review/agreement'
import { traineeLabel } from './trainee-files'
import type { ClassSummary, ScoreCounts } from './class-summary'
import type { PracticeCase } from '#domain/practice/case'
import { formatReportDate, localIsoDate } from '#domain/text/dates'
import type { FidelityBand } from '#domain/scale/schema'
import { NOT_ALL_ITEMS_RATED } from './comparison'

/** The class summary PDF as plain data: every figure already written as the reader sees it. */
export interface ClassSummaryReportModel {
  title: string
  fileName: string
  caseTitle: string
  caseVersion: string
  /** "IPS Fidelity Scale (UK), version 1.0.0". */
  scale: string
  generatedOn: string
  traineeCount: number
  namesShown: boolean
  /** "Good fidelity (100–114)". */
  reference: { total: number; band: string }
  items: {
    number: number
    title: string
    reference: number
    counts: ScoreCounts
    rated: number
    exact: number
    misread: number
    /** "+0.5", "-1.3", "0.0", or "" when nobody rated the item. */
    meanDifference: string
  }[]
  trainees: {
    label: string
    itemsRated: number
    exact: string
    withinOne: string
    /** The total, or "Not all items rated". */
    total: string
    totalDifference: string
    /** "" when the trainee has no band (the total already says why). */
    band: string
    /** "Yes", "No", or "" when the trainee has no band. */
    bandMatch: string
  }[]
  mostMisread: {
    number: number
    title: string
    reference: number
    /** "3 of 4": misread by 3 of the 4 trainees who rated it. */
    misread: string
    meanDifference: string
    meanAbsoluteDifference: string
  }[]
}

/** One decimal with the sign always shown, as a difference reads: "+0.5", "-1.3", "0.0"; "" when there is none. */
export function formatMeanDifference(value: number | null): string {
  if (value === null) return ''
  const fixed = Math.abs(value).toFixed(1)
  if (fixed === '0.0') return fixed
  return value > 0 ? `+${fixed}` : `-${fixed}`
}

const signed = (value: number | null) => (value === null ? '' : value > 0 ? `+${value}` : String(value))
const bandWithRange = (band: FidelityBand) => `${band.label} (${band.min}–${band.max})`

export function classSummaryFileName(
  practiceCase: Pick<PracticeCase, 'id'>,
  now: Date,
  extension: 'csv' | 'pdf',
): string {
  return `class-summary-${practiceCase.id}-${localIsoDate(now)}.${extension}`
}

export function classSummaryReportModel(
  summary: ClassSummary,
  options: { showNames: boolean; now: Date },
): ClassSummaryReportModel {
  const { practiceCase } = summary
  return {
    title: `Class summary: ${practiceCase.title}`,
    fileName: classSummaryFileName(practiceCase, options.now, 'pdf'),
    caseTitle: practiceCase.title,
    caseVersion: practiceCase.version,
    scale: `${summary.scaleTitle}, version ${practiceCase.scaleVersion}`,
    generatedOn: formatReportDate(localIsoDate(options.now)),
    traineeCount: summary.trainees.length,
    namesShown: options.showNames,
    reference: { total: summary.referenceTotal, band: bandWithRange(summary.referenceBand) },
    items: summary.items.map((entry) => ({
      number: entry.item.number,
      title: entry.item.title,
      reference: entry.referenceScore,
      counts: entry.counts,
      rated: entry.ratedCount,
      exact: entry.exactCount,
      misread: entry.misreadCount,
      meanDifference: formatMeanDifference(entry.meanDifference),
    })),
    trainees: summary.trainees.map((trainee, index) => {
      const c = trainee.comparison
      const compared = c.itemsCompared > 0
      return {
        label: traineeLabel(trainee, index, options.showNames),
        itemsRated: c.itemsCompared,
        exact: compared ? formatPercent(c.exactPercent) : '',
        withinOne: compared ? formatPercent(c.withinOnePercent) : '',
        total: c.traineeTotal === null ? NOT_ALL_ITEMS_RATED : String(c.traineeTotal),
        totalDifference: signed(c.totalDifference),
        band: c.traineeBand?.label ?? '',
        bandMatch: c.bandMatch === null ? '' : c.bandMatch ? 'Yes' : 'No',
      }
    }),
    mostMisread: summary.mostMisread.map((entry) => ({
      number: entry.item.number,
      title: entry.item.title,
      reference: entry.referenceScore,
      misread: `${entry.misreadCount} of ${entry.ratedCount}`,
      meanDifference: formatMeanDifference(entry.meanDifference),
      meanAbsoluteDifference: entry.meanAbsoluteDifference === null ? '' : entry.meanAbsoluteDifference.toFixed(1),
    })),
  }
}
