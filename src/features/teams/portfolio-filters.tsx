import { useId } from 'react'
import {
  portfolioSortLabels,
  portfolioSorts,
  type PortfolioFilter,
  type PortfolioSort,
} from '#domain/network/portfolio'

export interface PortfolioChoices {
  bands: { id: string; label: string }[]
  organisations: string[]
  localities: string[]
  archivedCount: number
}

export type PortfolioView = PortfolioFilter & { sort: PortfolioSort }

/** Search, filters and sort for the portfolio; every control labelled, each change applied as it is made. */
export function PortfolioFilters({
  view,
  choices,
  onChange,
}: {
  view: PortfolioView
  choices: PortfolioChoices
  onChange: (patch: Partial<PortfolioView>) => void
}) {
  const id = useId()
  return (
    <form role="search" aria-label="Find teams" className="portfolio-filters" onSubmit={(e) => e.preventDefault()}>
      <div className="field portfolio-filters__search">
        <label htmlFor={`${id}-search`}>Search teams</label>
        <input
          id={`${id}-search`}
          type="search"
          value={view.search}
          onChange={(event) => onChange({ search: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-band`}>Band of the latest independent review</label>
        <select id={`${id}-band`} value={view.band} onChange={(event) => onChange({ band: event.target.value })}>
          <option value="">Any band</option>
          {choices.bands.map((band) => (
            <option key={band.id} value={band.id}>
              {band.label}
            </option>
          ))}
          <option value="none">No complete independent review</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-organisation`}>Organisation</label>
        <select
          id={`${id}-organisation`}
          value={view.organisation}
          onChange={(event) => onChange({ organisation: event.target.value })}
        >
          <option value="">Any organisation</option>
          {choices.organisations.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-locality`}>Locality</label>
        <select
          id={`${id}-locality`}
          value={view.locality}
          onChange={(event) => onChange({ locality: event.target.value })}
        >
          <option value="">Any locality</option>
          {choices.localities.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort by</label>
        <select
          id={`${id}-sort`}
          value={view.sort}
          onChange={(event) => onChange({ sort: event.target.value as PortfolioSort })}
        >
          {portfolioSorts.map((sort) => (
            <option key={sort} value={sort}>
              {portfolioSortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <div className="portfolio-filters__ticks">
        <div className="team-list__filter">
          <input
            id={`${id}-due`}
            type="checkbox"
            checked={view.dueOnly}
            onChange={(event) => onChange({ dueOnly: event.target.checked })}
          />
          <label htmlFor={`${id}-due`}>Only teams due or overdue for review</label>
        </div>
        <div className="team-list__filter">
          <input
            id={`${id}-archived`}
            type="checkbox"
            checked={view.includeArchived}
            onChange={(event) => onChange({ includeArchived: event.target.checked })}
          />
          <label htmlFor={`${id}-archived`}>
            Show archived teams {choices.archivedCount > 0 && <span className="muted">({choices.archivedCount})</span>}
          </label>
        </div>
      </div>
    </form>
  )
}
