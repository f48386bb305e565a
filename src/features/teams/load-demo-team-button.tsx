import { useState } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { describeStorageError } from '../../storage/storage-error'

export function LoadDemoTeamButton() {
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function load() {
    setBusy(true)
    setError(null)
    try {
      // The demo content loads only when asked for, keeping it off the first screen.
      const { loadDemoTeam } = await import('../../storage/demo')
      const teamId = await loadDemoTeam(new Date())
      await navigate(paths.team(teamId))
    } catch (failure) {
      setError(describeStorageError(failure))
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void load()} disabled={busy}>
        {busy ? 'Loading demo team…' : 'Load demo team'}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
