import { tableNames, tables } from '#domain/exchange/tables'
import type { ImportPlan } from '#domain/import/plan'
import { ScrollRegion } from '../../ui/scroll-region'

/** "Sets of calculator figures": a table's rows, in the registry's words, as a row heading. */
const heading = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)

/** One row per kind of record in the file: how many are new, already here, to be merged or in conflict. */
export function ImportCounts({ plan }: { plan: ImportPlan }) {
  const rows = tableNames.flatMap((table) => {
    const counts = plan.counts[table]
    if (counts.added + counts.unchanged + counts.merged + counts.conflicts === 0) return []
    return [{ table, counts }]
  })
  if (rows.length === 0) return <p>The file holds no records.</p>
  return (
    <ScrollRegion label="Records in the file">
      <table className="data import-counts">
        <caption>Records in the file, compared with this device</caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">To add</th>
            <th scope="col">Already on this device</th>
            <th scope="col">To merge</th>
            <th scope="col">In conflict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ table, counts }) => (
            <tr key={table}>
              <th scope="row">{heading(tables[table].many)}</th>
              <td>{counts.added}</td>
              <td>{counts.unchanged}</td>
              <td>{counts.merged}</td>
              <td>{counts.conflicts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
