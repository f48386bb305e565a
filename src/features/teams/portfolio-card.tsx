import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { nextReviewWords, type PortfolioResult, type PortfolioRow } from '#domain/network/portfolio'
import { formatChange } from '#domain/scoring/comparison'
import { serviceTypeLabels } from '#domain/review/team'
import { formatDate } from '../../ui/format'
import { ArchivedBadge } from './archived-badge'

/** "97, Fair fidelity (2 February 2026)"; a total not available says so. */
function resultText(result: PortfolioResult): string {
  const total = result.total === null ? 'Total not available' : String(result.total)
  return `${total}${result.band ? `, ${result.band.label}` : ''} (${formatDate(result.visitStart)})`
}

function changeText(result: PortfolioResult): string {
  if (result.comparedWith === null) return 'First independent review'
  if (result.change === null) return 'Not available'
  return `${formatChange(result.change)} since ${formatDate(result.comparedWith)}`
}

/** One team in the portfolio: its latest independent result, the self-assessment apart, what is due and open. */
export function PortfolioCard({ row, today }: { row: PortfolioRow; today: string }) {
  const { team, independent, selfAssessment, nextReview, openActions, latestOutcome } = row
  return (
    <li className="card portfolio-card">
      <h2 className="card__title">
        <Link to={paths.team(team.id)}>{team.name}</Link>
      </h2>
      {team.archivedAt !== null && <ArchivedBadge />}
      <p className="card__meta">
        {[team.organisation, serviceTypeLabels[team.serviceType], team.locality].filter(Boolean).join(' · ')}
      </p>
      <dl className="portfolio-card__figures">
        <div>
          <dt>Latest independent review</dt>
          <dd>{independent ? resultText(independent) : 'No final independent review yet'}</dd>
        </div>
        {independent && (
          <div>
            <dt>Change</dt>
            <dd>{changeText(independent)}</dd>
          </div>
        )}
        {selfAssessment && (
          <div>
            <dt>Self-assessment (not counted above)</dt>
            <dd>{resultText(selfAssessment)}</dd>
          </div>
        )}
        <div>
          <dt>Next review</dt>
          <dd>
            {nextReview ? (
              <>
                {formatDate(nextReview.date)}:{' '}
                <span className={`due-state due-state--${nextReview.state}`}>{nextReviewWords(nextReview, today)}</span>
              </>
            ) : (
              'Not planned'
            )}
          </dd>
        </div>
        <div>
          <dt>Open actions</dt>
          <dd>{openActions}</dd>
        </div>
        {latestOutcome && (
          <div>
            <dt>Employment rate</dt>
            <dd>
              {latestOutcome.employmentRate}% ({latestOutcome.quarter})
            </dd>
          </div>
        )}
      </dl>
    </li>
  )
}
