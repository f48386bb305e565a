import { Link } from 'react-router'
import type { DueReview } from '#domain/network/due-reviews'
import { WEAK_AT_OR_BELOW, type ItemAcrossNetwork } from '#domain/network/network-items'
import type { FidelityBand } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { paths } from '../../app/paths'
import { formatDate } from '../../ui/format'
import { ScrollRegion } from '../../ui/scroll-region'

const medianText = (median: number | null) => (median === null ? 'Not scored' : String(median))

/** How many teams are in each band: counts in words, with a bar beside each that only repeats the count. */
export function BandDistribution({
  bands,
  incomplete,
  teams,
}: {
  bands: { band: FidelityBand; teams: number }[]
  incomplete: number
  teams: number
}) {
  const rows = [
    ...bands.map(({ band, teams }) => ({ id: band.id, label: `${band.label} (${band.min}-${band.max})`, teams })),
    ...(incomplete > 0 ? [{ id: 'incomplete', label: 'Not complete (an item not scored)', teams: incomplete }] : []),
  ]
  return (
    <section aria-labelledby="network-bands">
      <h2 id="network-bands">Bands</h2>
      <ul className="band-bars" aria-labelledby="network-bands">
        {rows.map((row) => (
          <li key={row.id}>
            <span className="band-bars__label">
              {row.label}: {plural(row.teams, 'team')}
            </span>
            <span className="band-bars__track" aria-hidden="true">
              <span className="band-bars__bar" style={{ width: `${teams ? (row.teams / teams) * 100 : 0}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Where the network needs training, then every item's median, as tables. */
export function ItemsAcrossNetwork({
  items,
  weakest,
}: {
  items: readonly ItemAcrossNetwork[]
  weakest: readonly ItemAcrossNetwork[]
}) {
  return (
    <section aria-labelledby="network-items">
      <h2 id="network-items">Items across the network</h2>
      <h3 id="network-weakest">Items most often scored {WEAK_AT_OR_BELOW} or lower</h3>
      {weakest.length === 0 ? (
        <p>No team scored any item {WEAK_AT_OR_BELOW} or lower.</p>
      ) : (
        <ol aria-labelledby="network-weakest">
          {weakest.map((item) => (
            <li key={item.itemId}>
              {item.number}. {item.title}: {plural(item.weakIn, 'team')} of {item.scoredBy}
            </li>
          ))}
        </ol>
      )}
      <ScrollRegion label="Network median per item">
        <table className="results-table">
          <caption>Network median per item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Median</th>
              <th scope="col">Teams scored</th>
              <th scope="col">Teams at {WEAK_AT_OR_BELOW} or lower</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.itemId}>
                <th scope="row">
                  {item.number}. {item.title}
                </th>
                <td>{medianText(item.median)}</td>
                <td>{item.scoredBy}</td>
                <td>{item.weakIn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}

/** The network's mean total per year, over every final independent review of the year. */
export function NetworkTrend({ trend }: { trend: readonly { year: number; meanTotal: number; reviews: number }[] }) {
  return (
    <section aria-labelledby="network-trend">
      <h2 id="network-trend">Mean total per year</h2>
      {trend.length === 0 ? (
        <p>No final independent review has every item scored yet.</p>
      ) : (
        <ScrollRegion label="Mean total per year">
          <table className="results-table">
            <caption>Mean total per year (every final independent review with a complete total)</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Mean total</th>
                <th scope="col">Reviews</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{row.year}</th>
                  <td>{row.meanTotal}</td>
                  <td>{row.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  )
}

const dueWords = (entry: DueReview) =>
  entry.daysLeft < 0
    ? `${plural(-entry.daysLeft, 'day')} overdue`
    : entry.daysLeft === 0
      ? 'today'
      : `in ${plural(entry.daysLeft, 'day')}`

function DueList({ id, title, entries }: { id: string; title: string; entries: readonly DueReview[] }) {
  return (
    <>
      <h3 id={id}>
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul aria-labelledby={id}>
          {entries.map((entry) => (
            <li key={entry.teamId}>
              <Link to={paths.team(entry.teamId)}>{entry.teamName}</Link>: {formatDate(entry.date)} ({dueWords(entry)})
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** Next reviews that have passed or come within the window, from each team's latest independent review. */
export function ReviewsDue({
  overdue,
  dueSoon,
  withinDays,
}: {
  overdue: readonly DueReview[]
  dueSoon: readonly DueReview[]
  withinDays: number
}) {
  return (
    <section aria-labelledby="network-due">
      <h2 id="network-due">Reviews due</h2>
      <DueList id="network-overdue" title="Overdue" entries={overdue} />
      <DueList id="network-due-soon" title={`Due in the next ${withinDays} days`} entries={dueSoon} />
    </section>
  )
}
