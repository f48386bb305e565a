import type { Team } from '#domain/review/team'
import { serviceTypeLabels } from '#domain/review/team'

/** The facts about a team a reviewer checks before a visit. */
export function TeamDetails({ team }: { team: Team }) {
  const rows: [string, string][] = [
    ['Organisation', team.organisation],
    ['Service type', serviceTypeLabels[team.serviceType]],
    ['Locality', team.locality],
    ['Team leader', team.teamLeader],
    ['Employment specialists', `${team.specialistCount} (${team.specialistFte} FTE)`],
  ]
  return (
    <dl className="details-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value || '—'}</dd>
        </div>
      ))}
      {team.notes && (
        <div>
          <dt>Notes</dt>
          <dd className="pre-wrap">{team.notes}</dd>
        </div>
      )}
    </dl>
  )
}
