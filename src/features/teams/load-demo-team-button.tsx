import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { useStorageAction } from '../../storage/use-storage-action'

export function LoadDemoTeamButton() {
  const navigate = useNavigate()
  const { run, busy, failure } = useStorageAction(undefined, { leavesScreen: true })

  const load = () =>
    run(async () => {
      // The demo content loads only when asked for, keeping it off the first screen.
      const { loadDemoTeam } = await import('../../storage/demo')
      const teamId = await loadDemoTeam(new Date())
      await navigate(paths.team(teamId))
    })

  return (
    <>
      <button type="button" onClick={() => void load()} disabled={busy}>
        {busy ? 'Loading demo team…' : 'Load demo team'}
      </button>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </>
  )
}
