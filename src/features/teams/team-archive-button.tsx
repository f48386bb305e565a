import { useState } from 'react'
import type { Team } from '#domain/review/team'
import { teamsRepo } from '../../storage/teams-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/** Archiving hides a team from the home list; its reviews are kept and it can be restored. */
export function TeamArchiveButton({ team }: { team: Team }) {
  const { run, busy, failure } = useStorageAction()
  const [done, setDone] = useState<string | null>(null)
  const archived = team.archivedAt !== null

  function toggle() {
    setDone(null)
    return run(async () => {
      if (archived) {
        await teamsRepo.unarchive(team.id)
        setDone('Team restored. It is back on the home page.')
      } else {
        await teamsRepo.archive(team.id)
        setDone('Team archived. It is hidden from the home page until you restore it.')
      }
    })
  }

  return (
    <>
      <button type="button" className="button--secondary" onClick={() => void toggle()} disabled={busy}>
        {archived ? 'Restore team' : 'Archive team'}
      </button>
      <p role="status" className="team-actions__status">
        {done}
      </p>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </>
  )
}
