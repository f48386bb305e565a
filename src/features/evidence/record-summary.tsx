import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { RecordReviewRow } from '#domain/review/evidence'
import { recordFigureWords } from '#domain/review/record-figure-words'
import type { ScaleFile } from '#domain/scale/schema'

/** What the records add up to for each item they feed. */
export function RecordSummary({
  reviewId,
  scale,
  rows,
  visitEnd,
}: {
  reviewId: string
  scale: ScaleFile
  rows: RecordReviewRow[]
  visitEnd: string
}) {
  const figures = recordFigureWords(rows, visitEnd)
  const items = scale.items.filter((item) => item.id in figures)
  return (
    <section aria-labelledby="record-summary-heading">
      <h2 id="record-summary-heading">What the records show</h2>
      <dl className="record-summary">
        {items.map((item) => (
          <div key={item.id}>
            <dt>
              <Link to={paths.reviewItem(reviewId, item.id)}>
                {item.number}. {item.title}
              </Link>
            </dt>
            {figures[item.id]?.map((figure) => (
              <dd key={figure}>{figure}</dd>
            ))}
          </div>
        ))}
      </dl>
      <p className="muted">
        In the workspace, “Use the record review” fills an item’s calculator from these figures; you can still change
        them.
      </p>
    </section>
  )
}
