import type { ScaleItem } from '#domain/scale/schema'

/** "Tagged to: 4. Zero exclusion; 9. …", or "Not tagged yet". */
export function SessionNoteTagged({ itemIds, items }: { itemIds: readonly string[]; items: readonly ScaleItem[] }) {
  const tagged = items.filter((item) => itemIds.includes(item.id))
  return tagged.length === 0 ? (
    <p className="session-note__tagged session-note__tagged--none">Not tagged yet</p>
  ) : (
    <p className="session-note__tagged">
      Tagged to: {tagged.map((item) => `${item.number}. ${item.title}`).join('; ')}
    </p>
  )
}
