import { useId } from 'react'
import type { ResultsComparison } from '#domain/scoring/comparison'
import type { ReviewResults } from '#domain/scoring/results'

const BAR = 22
const GAP = 8
const UNIT = 36 // height of one score point
const TOP = 40
const LEFT = 36
const BOTTOM = 44

/**
 * The 25 item scores as bars (0-5), grouped by section. Each bar carries its number as text, and the
 * previous review's score is a black tick across the bar, so nothing is told by colour alone; the
 * table that follows (ItemScoreTable) gives the same numbers to anyone who cannot see the chart.
 */
export function ItemScoreChart({
  results,
  comparison,
}: {
  results: ReviewResults
  comparison: ResultsComparison | null
}) {
  const id = useId()
  const previous = new Map(comparison?.items.map((row) => [row.item.id, row.previous]) ?? [])
  const width = LEFT + results.scores.length * (BAR + GAP) + GAP
  const height = TOP + 5 * UNIT + BOTTOM
  const baseline = TOP + 5 * UNIT
  const xOf = (index: number) => LEFT + GAP + index * (BAR + GAP)
  const sectionStarts = results.sections.map((section) => ({
    section,
    index: results.scores.findIndex((entry) => entry.item.sectionId === section.sectionId),
  }))
  return (
    <figure className="results-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>Item scores</title>
        <desc id={`${id}-desc`}>
          {`Bar chart of the ${results.itemCount} item scores, each from 1 to 5, items numbered along the bottom. `}
          {comparison ? 'A black line across each bar marks the score at the previous review of the same type. ' : ''}
          {`${results.itemCount - results.ratedCount} items are not rated and have no bar. `}
          The table “Item scores” below gives the same numbers.
        </desc>
        {[1, 2, 3, 4, 5].map((score) => (
          <g key={score} className="results-chart__grid">
            <line x1={LEFT} x2={width} y1={baseline - score * UNIT} y2={baseline - score * UNIT} />
            <text x={LEFT - 8} y={baseline - score * UNIT + 4} textAnchor="end">
              {score}
            </text>
          </g>
        ))}
        {sectionStarts.map(({ section, index }) => (
          <g key={section.sectionId} className="results-chart__section">
            <line x1={xOf(index) - GAP / 2} x2={xOf(index) - GAP / 2} y1={TOP - 30} y2={baseline} />
            <text x={xOf(index)} y={TOP - 18}>
              {section.title}
            </text>
          </g>
        ))}
        {results.scores.map(({ item, score }, index) => {
          const x = xOf(index)
          const before = previous.get(item.id) ?? null
          return (
            <g key={item.id}>
              {score !== null && (
                <>
                  <rect
                    className="results-chart__bar"
                    x={x}
                    y={baseline - score * UNIT}
                    width={BAR}
                    height={score * UNIT}
                  />
                  <text
                    className="results-chart__value"
                    x={x + BAR / 2}
                    y={baseline - score * UNIT - 6}
                    textAnchor="middle"
                  >
                    {score}
                  </text>
                </>
              )}
              {before !== null && (
                <line
                  className="results-chart__previous"
                  x1={x - 3}
                  x2={x + BAR + 3}
                  y1={baseline - before * UNIT}
                  y2={baseline - before * UNIT}
                />
              )}
              <text className="results-chart__item" x={x + BAR / 2} y={baseline + 18} textAnchor="middle">
                {item.number}
              </text>
              {score === null && (
                <text className="results-chart__unrated" x={x + BAR / 2} y={baseline - 6} textAnchor="middle">
                  –
                </text>
              )}
            </g>
          )
        })}
        <line className="results-chart__axis" x1={LEFT} x2={width} y1={baseline} y2={baseline} />
        <text className="results-chart__caption" x={LEFT} y={height - 6}>
          Item number
        </text>
      </svg>
      <figcaption className="field-hint">
        Bars show this review’s score for each item (1 to 5); a dash means not rated yet.
        {comparison && ' The black line across a bar marks the score at the previous review of the same type.'}
      </figcaption>
    </figure>
  )
}
