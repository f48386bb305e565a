import { localIsoDate } from '#domain/text/dates'
import { NetworkDashboard } from '../features/network/network-dashboard'
import { useNetworkResults } from '../features/results/use-network-results'
import { usePageTitle } from '../ui/use-page-title'

export function NetworkRoute() {
  usePageTitle('Network')
  const today = localIsoDate(new Date())
  const network = useNetworkResults(true, today)
  return (
    <section className="page" aria-labelledby="network-heading">
      <h1 id="network-heading">Network</h1>
      <p>
        Every team on this device that is not archived, each by its latest final independent review. Self-assessments
        and training exercises are not counted.
      </p>
      {network.status === 'loading' && <p aria-busy="true">Reading the teams’ reviews…</p>}
      {network.status === 'failed' && <p className="problems">Could not read the reviews: {network.message}</p>}
      {network.status === 'ready' && (
        <NetworkDashboard teams={network.teams} finalTotals={network.finalTotals} scale={network.scale} today={today} />
      )}
    </section>
  )
}
