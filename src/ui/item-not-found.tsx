import { Link } from 'react-router'

/** An item id in the address that the review's scale does not have, with a way to its first item. */
export function ItemNotFound({ itemId, firstItemPath }: { itemId: string; firstItemPath: string | null }) {
  return (
    <div className="empty-state">
      <h1>Item not found</h1>
      <p>This review’s scale has no item called “{itemId}”.</p>
      {firstItemPath && <Link to={firstItemPath}>Go to item 1</Link>}
    </div>
  )
}
