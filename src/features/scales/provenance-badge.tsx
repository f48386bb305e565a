import type { Provenance } from '#domain/scale/schema'

/** Whether an item's anchors were checked against the published source or recalled (unverified). */
export function ProvenanceBadge({ status }: { status: Provenance['status'] }) {
  return status === 'verified' ? (
    <p className="badge badge--verified">Anchors verified against the published source</p>
  ) : (
    <p className="badge badge--recalled">Anchors recalled, not checked against the published text: unverified</p>
  )
}
