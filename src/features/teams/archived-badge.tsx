/** Said in words, not only by colour, so every reader knows the team is archived. */
export function ArchivedBadge() {
  return <p className="badge badge--archived">Archived</p>
}
