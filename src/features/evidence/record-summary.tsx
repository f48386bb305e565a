import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { RecordReviewRow } from '#domain/review/evidence'
import { mean, summariseRecords } from '#domain/review/record-review-inputs'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'

const one = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1))
const share = (part: number, whole: number) => (whole === 0 ? '' : ` (${one((part * 100) / whole)}%)`)

/** What the table adds up to for each item it feeds. */
export function RecordSummary({
  reviewId,
  scale,
  rows,
}: {
  reviewId: string
  scale: ScaleFile
  rows: RecordReviewRow[]
}) {
  const s = summariseRecords(rows)
  const meanDays = mean(s.days)
  const meanContacts = mean(s.supportContacts)
  const figures: Record<string, string> = {
    'rapid-job-search':
      meanDays === null
        ? 'No days entered yet.'
        : `Mean ${one(meanDays)} days from entry to first employer contact, over ${plural(s.days.length, 'record')}.`,
    'diversity-of-job-types': `${plural(s.distinctJobTypes, 'different job type')} among ${plural(s.jobsWithType, 'job')}${share(s.distinctJobTypes, s.jobsWithType)}.`,
    'diversity-of-employers': `${plural(s.distinctEmployers, 'different employer')} among ${plural(s.jobsWithEmployer, 'job')}${share(s.distinctEmployers, s.jobsWithEmployer)}.`,
    'competitive-jobs': `${s.competitive} competitive of ${plural(s.competitiveKnown, 'job')} where this is known${share(s.competitive, s.competitiveKnown)}.`,
    'time-unlimited-follow-along':
      meanContacts === null
        ? 'No support contacts entered yet.'
        : `Mean ${one(meanContacts)} support contacts after starting work, over ${plural(s.supportContacts.length, 'record')}.`,
  }
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
            <dd>{figures[item.id]}</dd>
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
