import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import {
  filterPortfolio,
  NO_PORTFOLIO_FILTER,
  portfolioRow,
  portfolioSorts,
  sortPortfolio,
  type PortfolioRow,
  type PortfolioSort,
} from '#domain/network/portfolio'
import { localIsoDate } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import { useNetworkData, type NetworkData } from '../../storage/live-network'
import { LoadDemoTeamButton } from './load-demo-team-button'
import { PortfolioCard } from './portfolio-card'
import { PortfolioFilters, type PortfolioChoices, type PortfolioView } from './portfolio-filters'
import './teams.css'

// The view lives in the address (?q=...&archived=shown), so Back from a team page returns to the same list.
function viewFrom(params: URLSearchParams): PortfolioView {
  const sort = params.get('sort')
  return {
    search: params.get('q') ?? '',
    band: params.get('band') ?? '',
    organisation: params.get('organisation') ?? '',
    locality: params.get('locality') ?? '',
    dueOnly: params.get('due') === 'only',
    includeArchived: params.get('archived') === 'shown',
    sort: portfolioSorts.includes(sort as PortfolioSort) ? (sort as PortfolioSort) : 'name',
  }
}

function paramsFrom(view: PortfolioView, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current)
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key))
  set('q', view.search)
  set('band', view.band)
  set('organisation', view.organisation)
  set('locality', view.locality)
  set('due', view.dueOnly ? 'only' : '')
  set('archived', view.includeArchived ? 'shown' : '')
  set('sort', view.sort === 'name' ? '' : view.sort)
  return next
}

const names = new Intl.Collator('en-GB')
const distinct = (values: string[]) => [...new Set(values.filter((v) => v.trim() !== ''))].sort(names.compare)

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}

// Each team's own reviews and plans only, so 200 teams do not each scan 1,000 reviews.
function portfolioRows(data: NetworkData, today: string): PortfolioRow[] {
  const reviewsOf = groupBy(data.reviews, (review) => review.teamId)
  const teamOf = new Map(data.reviews.map((review) => [review.id, review.teamId]))
  const entriesOf = groupBy(data.actionPlan, (entry) => teamOf.get(entry.reviewId) ?? '')
  return data.teams.map((team) =>
    portfolioRow(
      team,
      reviewsOf.get(team.id) ?? [],
      entriesOf.get(team.id) ?? [],
      data.outcomes,
      data.resultsFor,
      data.deadlines,
      today,
    ),
  )
}

function choicesFor(rows: readonly PortfolioRow[]): PortfolioChoices {
  const bands = new Map<string, { id: string; label: string; min: number }>()
  for (const { independent } of rows) if (independent?.band) bands.set(independent.band.id, independent.band)
  return {
    bands: [...bands.values()].sort((a, b) => b.min - a.min),
    organisations: distinct(rows.map((row) => row.team.organisation)),
    localities: distinct(rows.map((row) => row.team.locality)),
    archivedCount: rows.filter((row) => row.team.archivedAt !== null).length,
  }
}

/** The home page's portfolio of the teams on this device, or what to do first when there are none. */
export function TeamList({ today = localIsoDate(new Date()) }: { today?: string }) {
  const [params, setParams] = useSearchParams()
  const data = useNetworkData()
  const rows = useMemo(() => (data ? portfolioRows(data, today) : undefined), [data, today])
  const choices = useMemo(() => (rows ? choicesFor(rows) : undefined), [rows])
  const view = viewFrom(params)

  if (!rows || !choices) return <p aria-busy="true">Loading teams…</p>
  if (rows.length === 0) return <NoTeams />

  const change = (patch: Partial<PortfolioView>) =>
    setParams((current) => paramsFrom({ ...viewFrom(current), ...patch }, current), { replace: true })
  const shown = sortPortfolio(filterPortfolio(rows, view), view.sort)
  const everyTeamArchived = !view.includeArchived && choices.archivedCount === rows.length
  return (
    <>
      <PortfolioFilters view={view} choices={choices} onChange={change} />
      <p className="portfolio-count" role="status">
        {shown.length === rows.length
          ? plural(rows.length, 'team')
          : `${shown.length} of ${plural(rows.length, 'team')}`}
      </p>
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>
            {everyTeamArchived
              ? 'Every team on this device is archived. Tick “Show archived teams” to see them, or add a team.'
              : 'No team matches these filters.'}
          </p>
          {!everyTeamArchived && (
            <button
              type="button"
              onClick={() => change({ ...NO_PORTFOLIO_FILTER, includeArchived: view.includeArchived })}
            >
              Clear the search and filters
            </button>
          )}
        </div>
      ) : (
        <ul className="card-list" aria-label="Teams on this device">
          {shown.map((row) => (
            <PortfolioCard key={row.team.id} row={row} today={today} />
          ))}
        </ul>
      )}
    </>
  )
}

function NoTeams() {
  return (
    <div className="empty-state">
      <h2>No teams on this device yet</h2>
      <p>
        Start by adding the IPS team you are reviewing or self-assessing. Everything you enter stays on this device and
        works without a connection.
      </p>
      <p>New here? Load a fictional demo team to explore the app first.</p>
      <LoadDemoTeamButton />
    </div>
  )
}
