import { useId } from 'react'
import type { HistoryPoint } from '#domain/scoring/history'
import type { FidelityBand } from '#domain/scale/schema'
import { formatDate } from '../../ui/format'
import { reviewKindLabels } from './history-labels'

const WIDTH = 720
const HEIGHT = 340
const LEFT = 48
const RIGHT = 200 // room for the band names
const TOP = 16
const BOTTOM = 48
const LOWEST = 25
const HIGHEST = 125

const shortDate = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric' })
const monthYear = (iso: string) => shortDate.format(new Date(`${iso}T12:00:00`))

const lineClass: Record<HistoryPoint['type'], string> = {
  independent: 'trend-chart__line',
  'self-assessment': 'trend-chart__line trend-chart__line--self',
}

/** A marker whose shape says the review type: a filled circle for independent reviews, an open square for self-assessments. */
export function TypeMarker({ type, x, y }: { type: HistoryPoint['type']; x: number; y: number }) {
  return type === 'self-assessment' ? (
    <rect className="trend-chart__marker trend-chart__marker--self" x={x - 6} y={y - 6} width={12} height={12} />
  ) : (
    <circle className="trend-chart__marker trend-chart__marker--independent" cx={x} cy={y} r={6.5} />
  )
}

/**
 * Totals of a team's final reviews over time (oldest on the left), on the scale's 25-125 range,
 * with each band's lower edge drawn as a dashed line named with the band. Independent reviews and
 * self-assessments each have their own line. The table that follows gives the same numbers.
 */
export function TrendChart({ points, bands }: { points: readonly HistoryPoint[]; bands: readonly FidelityBand[] }) {
  const id = useId()
  const plotted = points.filter((p): p is HistoryPoint & { total: number } => p.total !== null)
  const plotWidth = WIDTH - LEFT - RIGHT
  const plotHeight = HEIGHT - TOP - BOTTOM
  const yOf = (total: number) => TOP + ((HIGHEST - total) / (HIGHEST - LOWEST)) * plotHeight
  // Evenly spaced by order, not by date: reviews are a year or so apart and the order is what matters.
  const xOf = (index: number) =>
    plotted.length > 1 ? LEFT + 24 + index * ((plotWidth - 48) / (plotted.length - 1)) : LEFT + plotWidth / 2
  // One line per review type, so the eye follows like with like and never reads a self-assessment as a step.
  const lines = (['independent', 'self-assessment'] as const).map((type) => ({
    type,
    points: plotted
      .map((p, i) => (p.type === type ? `${xOf(i)},${yOf(p.total)}` : null))
      .filter((point) => point !== null),
  }))
  const description =
    plotted.length === 0
      ? 'No totals to plot yet.'
      : `Totals of ${plotted.length} final reviews from ${formatDate(plotted[0]!.date)} to ${formatDate(plotted[plotted.length - 1]!.date)}: ` +
        plotted.map((p) => `${p.total} (${reviewKindLabels[p.type]})`).join(', ') +
        '. Dashed lines mark where each band starts. The table “Totals by review” below gives the same numbers.'
  return (
    <figure className="trend-chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
        <title id={`${id}-title`}>Total score over time</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {[25, 50, 75, 100, 125].map((total) => (
          <text key={total} className="trend-chart__tick" x={LEFT - 8} y={yOf(total) + 4} textAnchor="end">
            {total}
          </text>
        ))}
        {bands.map((band) => (
          <g key={band.id} className="trend-chart__band">
            <line x1={LEFT} x2={LEFT + plotWidth} y1={yOf(band.min)} y2={yOf(band.min)} />
            <text x={LEFT + plotWidth + 8} y={yOf(band.min) + 4}>{`${band.label} (${band.min}+)`}</text>
          </g>
        ))}
        <line className="trend-chart__axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + plotHeight} />
        {lines.map(
          ({ type, points: linePoints }) =>
            linePoints.length > 1 && <polyline key={type} className={lineClass[type]} points={linePoints.join(' ')} />,
        )}
        {plotted.map((p, i) => (
          <g key={p.reviewId}>
            <TypeMarker type={p.type} x={xOf(i)} y={yOf(p.total)} />
            <text className="trend-chart__value" x={xOf(i)} y={yOf(p.total) - 12} textAnchor="middle">
              {p.total}
            </text>
            <text className="trend-chart__tick" x={xOf(i)} y={TOP + plotHeight + 20} textAnchor="middle">
              {monthYear(p.date)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="trend-chart__legend" aria-label="Key">
          {(['independent', 'self-assessment'] as const).map((type) => (
            <li key={type}>
              <svg width="36" height="18" viewBox="0 0 36 18" aria-hidden="true" focusable="false">
                <line className={lineClass[type]} x1={0} x2={36} y1={9} y2={9} />
                <TypeMarker type={type} x={18} y={9} />
              </svg>
              {reviewKindLabels[type]}
            </li>
          ))}
          <li>
            <svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true" focusable="false">
              <line className="trend-chart__band-key" x1={0} x2={28} y1={9} y2={9} />
            </svg>
            Where a band starts
          </li>
        </ul>
      </figcaption>
    </figure>
  )
}
