import { useState } from 'react'
import type { Team } from '#domain/review/team'
import { teamsRepo } from '../../storage/teams-repo'
import { describeStorageError } from '../../storage/storage-error'

/** Archiving hides a team from the home list; its reviews are kept and it can be restored. */
export function TeamArchiveButton({ team }: { team: Team }) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const archived = team.archivedAt !== null

  async function toggle() {
    setBusy(true)
    setFailure(null)
    setDone(null)
    try {
      if (archived) {
        await teamsRepo.unarchive(team.id)
        setDone('Team restored. It is back on the home page.')
      } else {
        await teamsRepo.archive(team.id)
        setDone('Team archived. It is hidden from the home page until you restore it.')
      }
    } catch (e) {
      setFailure(describeStorageError(e))
    } finally {
      setBusy(false)
    }
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
