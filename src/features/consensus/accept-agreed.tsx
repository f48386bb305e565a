import { useRef, useState } from 'react'
import type { ConsensusProposal } from '#domain/scoring/consensus-proposal'
import { plural } from '#domain/text/plural'
import { ratingsRepo } from '../../storage/ratings-repo'
import { useStorageAction } from '../../storage/use-storage-action'

/**
 * "Accept all agreed items": after a question that says how many, stores every proposal waiting on the agenda as
 * its item's consensus, in one write. The box stays in place when none is left, so the list below never jumps.
 */
export function AcceptAgreed({
  reviewId,
  proposals,
}: {
  reviewId: string
  proposals: ReadonlyMap<string, ConsensusProposal>
}) {
  const [confirming, setConfirming] = useState(false)
  const [accepted, setAccepted] = useState<number | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const { run, busy, failure } = useStorageAction('The agreed items were not accepted')
  const count = proposals.size
  const items = plural(count, 'item')

  async function acceptAll() {
    const rows = [...proposals].map(([itemId, proposal]) => ({ itemId, ...proposal }))
    let stored = 0
    const done = await run(async () => {
      stored = (await ratingsRepo.acceptProposals(reviewId, rows)).length
    })
    setConfirming(false)
    if (done) setAccepted(stored)
    // The button pressed has gone: focus stays in the box, on the line that says what happened.
    statusRef.current?.focus()
  }

  return (
    <section className="accept-agreed" aria-labelledby="accept-agreed-heading">
      <h2 id="accept-agreed-heading">Items you both scored alike</h2>
      <p>
        Where both reviewers gave the same score, the item shows that score and both rationales as a proposal. Nothing
        is saved until you accept it or change it.
      </p>
      {/* Short lines in a box that stays, so the list below never moves when the count changes. */}
      <p className="accept-agreed__count" role="status" tabIndex={-1} ref={statusRef}>
        {count > 0
          ? `${items} proposed, not saved yet.`
          : accepted !== null
            ? `${plural(accepted, 'agreed item')} accepted and saved.`
            : 'No proposal waiting.'}
      </p>
      {confirming && count > 0 ? (
        <div role="group" aria-label="Confirm accepting the agreed items">
          <p>
            Save the proposed score and rationale of {items} as their consensus? You can still change any of them
            afterwards.
          </p>
          <button type="button" disabled={busy} onClick={() => void acceptAll()}>
            Yes, accept {items}
          </button>{' '}
          <button type="button" className="button--secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" disabled={count === 0} onClick={() => setConfirming(true)}>
          Accept all agreed items ({count})
        </button>
      )}
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  )
}
