import { useId, useMemo, useState } from 'react'
import { NETWORK_DUE_WITHIN_DAYS, reviewsDue } from '#domain/network/due-reviews'
import {
  bandDistribution,
  heatMap,
  itemsAcrossNetwork,
  networkTrend,
  weakestItems,
  type TeamResult,
} from '#domain/network/network-items'
import {
  filterNetworkTeams,
  networkFilterChoices,
  WHOLE_NETWORK,
  type FinalTotal,
  type NetworkFilter,
  type NetworkTeam,
} from '#domain/network/network-teams'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { NetworkCsvButton } from './network-csv-button'
import { NetworkHeatMap } from './network-heat-map'
import { BandDistribution, ItemsAcrossNetwork, NetworkTrend, ReviewsDue } from './network-sections'
import './network.css'

export interface NetworkDashboardProps {
  /** Every team in the network, with its latest final independent result (or none) and its next review. */
  teams: readonly NetworkTeam[]
  /** Every final independent review's total, for the trend. */
  finalTotals: readonly FinalTotal[]
  /** Item titles and bands; undefined when no scale is on the device. */
  scale: Pick<ScaleFile, 'items' | 'bands'> | undefined
  /** ISO date the due list counts from. */
  today: string
}

/**
 * Across the teams on this device, or the organisation or locality chosen: bands, a heat map of teams by items,
 * the items most often weak, each item's median, the mean total per year and the reviews due. Self-assessments
 * and training exercises never count (docs/decisions/0023-network-view.md).
 */
export function NetworkDashboard({ teams, finalTotals, scale, today }: NetworkDashboardProps) {
  const [filter, setFilter] = useState<NetworkFilter>(WHOLE_NETWORK)
  const choices = useMemo(() => networkFilterChoices(teams), [teams])
  const shown = useMemo(() => filterNetworkTeams(teams, filter), [teams, filter])
  const withResult = shown.flatMap(({ latest }): TeamResult[] => (latest ? [latest] : []))

  const figures = () => {
    if (withResult.length === 0 || !scale) {
      return (
        <p className="empty-state">
          {!filter.organisation && !filter.locality
            ? 'No team has a final independent review yet. The dashboard starts once one is finalised; self-assessments and training exercises are not counted.'
            : 'No team in this selection has a final independent review yet. Choose another organisation or locality.'}
        </p>
      )
    }
    const shownIds = new Set(shown.map(({ team }) => team.id))
    const items = itemsAcrossNetwork(scale, withResult)
    const { bands, incomplete } = bandDistribution(scale, withResult)
    const { overdue, dueSoon } = reviewsDue(
      shown.map(({ team, nextReview }) => ({ teamId: team.id, teamName: team.name, nextReview })),
      today,
    )
    return (
      <>
        <BandDistribution bands={bands} incomplete={incomplete} teams={withResult.length} />
        <NetworkHeatMap
          map={heatMap(scale, withResult)}
          teams={new Map(withResult.map((result) => [result.teamId, result]))}
        />
        <ItemsAcrossNetwork items={items} weakest={weakestItems(items)} />
        <NetworkTrend trend={networkTrend(finalTotals.filter((total) => shownIds.has(total.teamId)))} />
        <ReviewsDue overdue={overdue} dueSoon={dueSoon} withinDays={NETWORK_DUE_WITHIN_DAYS} />
        <section aria-labelledby="network-download">
          <h2 id="network-download">Download</h2>
          <p>One row per team shown: each item’s score, total, band and next review, for a spreadsheet.</p>
          <NetworkCsvButton scale={scale} teams={shown} today={today} />
        </section>
      </>
    )
  }

  return (
    <>
      <NetworkFilterForm filter={filter} onChange={setFilter} choices={choices} />
      <p role="status">
        {plural(shown.length, 'team')} shown, {withResult.length} with a final independent review.
      </p>
      {figures()}
    </>
  )
}

function NetworkFilterForm({
  filter,
  onChange,
  choices,
}: {
  filter: NetworkFilter
  onChange: (filter: NetworkFilter) => void
  choices: { organisations: string[]; localities: string[] }
}) {
  const id = useId()
  // A change of choice applies at once: the figures below are the answer, there is nothing to submit.
  const select = (field: keyof NetworkFilter, label: string, any: string, options: string[]) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select
        id={`${id}-${field}`}
        value={filter[field]}
        onChange={(event) => onChange({ ...filter, [field]: event.target.value })}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </div>
  )
  return (
    <fieldset className="network-filter">
      <legend>Teams to include</legend>
      {select('organisation', 'Organisation', 'All organisations', choices.organisations)}
      {select('locality', 'Locality', 'All localities', choices.localities)}
    </fieldset>
  )
}
