import { useId } from 'react'
import { linkChoiceFor, type TeamLinkCandidate, type TeamLinkChoices } from '#domain/import/team-link'
import type { Team } from '#domain/review/team'
import { formatReportDate } from '#domain/text/dates'

const SEPARATE = 'separate'

/** "Team Northgate CRT (Northgate NHS Foundation Trust)": the file's team as its file names it. */
const teamTitle = (team: Team) => `Team ${team.name}${team.organisation ? ` (${team.organisation})` : ''}`

/** Two teams of the same name here are told apart by where they are and when they were set up. */
const teamDetails = (team: Team) =>
  [team.locality, `set up ${formatReportDate(team.createdAt)}`].filter((part) => part !== '').join(', ')

/**
 * For each of the file's teams that is the same team as one already on this device (same name and
 * organisation, or linked before): link the file to that team, or keep the two apart. Changing a choice
 * changes the preview above it.
 */
export function ImportTeamLinks({
  candidates,
  choices,
  disabled,
  onChoose,
}: {
  candidates: readonly TeamLinkCandidate[]
  choices: TeamLinkChoices
  disabled: boolean
  onChoose: (fileTeamId: string, deviceTeamId: string | null) => void
}) {
  if (candidates.length === 0) return null
  const fresh = candidates.some((candidate) => !candidate.remembered)
  return (
    <section className="import-team-links" aria-labelledby="import-team-links-heading">
      <h2 id="import-team-links-heading">Teams already on this device</h2>
      {fresh && (
        <p>
          This device has a team with the same name and organisation as the file’s, set up separately. Linked, the
          file’s reviews go into the team on this device, which stays as it is, and the link is remembered for later
          files. Kept separate, the file’s team is added as a second team.
        </p>
      )}
      {candidates.map((candidate) => {
        // A remembered link is offered as it was; a new match asks the question.
        const Choice = candidate.remembered ? RememberedLink : LinkChoice
        return (
          <Choice
            key={candidate.fileTeam.id}
            candidate={candidate}
            choice={linkChoiceFor(candidate, choices)}
            disabled={disabled}
            onChoose={(deviceTeamId) => onChoose(candidate.fileTeam.id, deviceTeamId)}
          />
        )
      })}
    </section>
  )
}

interface ChoiceProps {
  candidate: TeamLinkCandidate
  choice: string | null | undefined
  disabled: boolean
  onChoose: (deviceTeamId: string | null) => void
}

function LinkChoice({ candidate, choice, disabled, onChoose }: ChoiceProps) {
  const name = useId()
  const several = candidate.deviceTeams.length > 1
  const options = [
    ...candidate.deviceTeams.map((team) => ({
      value: team.id,
      label: several ? `Link to ${team.name} (${teamDetails(team)})` : 'Link to the team already on this device',
    })),
    { value: SEPARATE, label: 'Keep as a separate team' },
  ]
  const hintId = `${name}-hint`
  // Undefined while two teams of the name wait for the user: no option is picked for them.
  const current = choice === null ? SEPARATE : choice
  return (
    <fieldset className="import-team-link" disabled={disabled} aria-describedby={several ? hintId : undefined}>
      <legend>{teamTitle(candidate.fileTeam)}</legend>
      {several && (
        <p id={hintId} className="field-hint">
          This device has {candidate.deviceTeams.length} teams of this name: choose the one the file belongs to, or keep
          it separate.
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="import-team-link__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={current === option.value}
            onChange={() => onChoose(option.value === SEPARATE ? null : option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}

function RememberedLink({ candidate, choice, disabled, onChoose }: ChoiceProps) {
  const id = useId()
  const deviceTeam = candidate.deviceTeams[0]
  if (!deviceTeam) return null
  const linked = choice !== null
  return (
    <div className="import-team-link" role="group" aria-labelledby={`${id}-title`}>
      <p>
        <strong id={`${id}-title`}>{teamTitle(candidate.fileTeam)}</strong>:{' '}
        {linked ? `Linked to ${deviceTeam.name} as before.` : 'Kept as a separate team this time.'}
      </p>
      {/* One button whose words change, so focus stays on it when pressed. */}
      <button
        type="button"
        className="button--secondary"
        disabled={disabled}
        onClick={() => onChoose(linked ? null : deviceTeam.id)}
      >
        {linked ? 'Keep separate this time' : 'Link as before'}
      </button>
    </div>
  )
}
