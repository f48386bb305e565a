import { plural } from '#domain/text/plural'
import type { NetworkComparison } from './network-comparison'

/** "Below the network median on items 5, 17, 24", or at or above it on every item. */
export function NetworkMedianSentence({ comparison }: { comparison: NetworkComparison }) {
  const { below, teams } = comparison
  return (
    <p className="network-median">
      <strong>
        {below.length === 0
          ? 'At or above the network median on every item.'
          : `Below the network median on ${below.length === 1 ? 'item' : 'items'} ${below.join(', ')}.`}
      </strong>{' '}
      The median is over the latest final independent review of {plural(teams, 'team')} on this device.
    </p>
  )
}
