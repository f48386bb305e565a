import { Link } from 'react-router'
import { paths } from '../../app/paths'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { describeRoleCell, describeRoleGap, roleCoverage, type RoleColumn } from '#domain/visit/role-coverage'
import type { SessionNote } from '#domain/visit/session-note'
import type { VisitSession } from '#domain/visit/session'
import './evidence.css'
import { ScrollRegion } from '../../ui/scroll-region'

const columnTotal = (column: RoleColumn) =>
  column.role === null
    ? plural(column.sessions, 'session')
    : `${plural(column.sessions, 'session')}, ${plural(column.people, 'person', 'people')}`

/**
 * Items × roles: which roles have spoken to each item (sessions with a note tagged to it, and the people in
 * them), which sessions were planned for it, and, above the grid, the gaps still open while the reviewers
 * are on site.
 */
export function RoleCoverageGrid({
  reviewId,
  scale,
  sessions,
  notes,
}: {
  reviewId: string
  scale: ScaleFile
  sessions: readonly VisitSession[]
  notes: readonly SessionNote[]
}) {
  if (sessions.length === 0) {
    return <p>The visit plan has no sessions yet, so there is nobody to count by role.</p>
  }
  const { columns, rows, gaps } = roleCoverage(scale, sessions, notes)
  return (
    <>
      {gaps.length > 0 ? (
        <div className="notice">
          <p>
            <strong>{plural(gaps.length, 'item')} still to ask about.</strong> The scale expects these from people the
            reviewers have already met:
          </p>
          <ul aria-label="Gaps by role">
            {gaps.map((gap) => (
              <li key={gap.item.id}>{describeRoleGap(gap)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          {notes.length === 0
            ? 'No session has notes yet: gaps show here once a session is held.'
            : 'No gaps so far: everyone met has spoken to the items the scale expects of their role.'}
        </p>
      )}
      <p className="muted" id="role-coverage-key">
        Each cell counts the sessions with a note tagged to the item, and the people in them. “Planned”: a session was
        planned for the item and has no note tagged to it yet. The grid scrolls sideways when it is wider than the
        screen; the item column stays in view.
      </p>
      <ScrollRegion label="Coverage by role" describedBy="role-coverage-key" className="role-coverage-scroll">
        <table className="data role-coverage">
          <caption>Sessions and people by item and role</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                  <span className="role-coverage__total">{columnTotal(column)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.item.id}>
                <th scope="row">
                  <Link to={paths.reviewItem(reviewId, row.item.id)}>
                    {row.item.number}. {row.item.title}
                  </Link>
                </th>
                {row.cells.map((cell, index) => {
                  const text = describeRoleCell(cell, columns[index]!)
                  const state = cell.sessions > 0 ? 'spoken' : cell.planned > 0 ? 'planned' : 'none'
                  return (
                    <td key={cell.column} className={`role-coverage--${state}`}>
                      {text}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  )
}
