import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { coverageGrid, coverageSummary, type CoverageCell } from '#domain/review/coverage'
import {
  evidenceSourceLabels,
  evidenceSources,
  type EvidenceEntry,
  type RecordReviewRow,
} from '#domain/review/evidence'
import { recordsInformingEachItem } from '#domain/review/record-coverage'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import './evidence.css'
import { ScrollRegion } from '../../ui/scroll-region'

function cellText(cell: CoverageCell): string {
  if (cell.state === 'has-evidence') {
    const parts = [cell.entries > 0 ? plural(cell.entries, 'entry', 'entries') : '']
    if (cell.records > 0) parts.push(`${plural(cell.records, 'record')} in the table`)
    return `✓ ${parts.filter(Boolean).join(' + ')}`
  }
  if (cell.state === 'needed') return '✗ Needed'
  if (cell.state === 'optional') return '– Optional'
  return ''
}

/** Items × sources: which evidence is in, and which of each item's expected data sources still lack it. */
export function CoverageGrid({
  reviewId,
  scale,
  entries,
  rows,
  visitEnd,
}: {
  reviewId: string
  scale: ScaleFile
  entries: readonly EvidenceEntry[]
  /** The record review's sampled records. */
  rows: readonly RecordReviewRow[]
  visitEnd: string
}) {
  const grid = coverageGrid(scale.items, entries, { recordsPerItem: recordsInformingEachItem(rows, visitEnd) })
  const summary = coverageSummary(grid)
  const byId = new Map(scale.items.map((item) => [item.id, item]))
  return (
    <>
      <p role="status">
        {summary.withoutEvidence === 0 && summary.missingSources === 0
          ? 'Every item has evidence from each data source the scale expects.'
          : `${summary.withoutEvidence} of ${grid.length} items have no evidence yet; ${summary.missingSources} still lack evidence from a data source the scale expects.`}
      </p>
      <p className="muted">
        ✓ evidence recorded · ✗ needed: the scale expects this kind of evidence and none is recorded · – optional:
        expected, but another source already covers it · blank: not expected for this item.
      </p>
      <ScrollRegion label="Coverage grid">
        <table className="data coverage-grid">
          <caption>Evidence by item and source</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {evidenceSources.map((source) => (
                <th key={source} scope="col">
                  {evidenceSourceLabels[source]}
                </th>
              ))}
              <th scope="col">Data sources still missing</th>
            </tr>
          </thead>
          <tbody>
            {grid.map((row) => {
              const item = byId.get(row.itemId)!
              return (
                <tr key={row.itemId}>
                  <th scope="row">
                    <Link to={paths.reviewItem(reviewId, row.itemId)}>
                      {item.number}. {item.title}
                    </Link>
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.source} className={`coverage coverage--${cell.state}`}>
                      {cellText(cell)}
                    </td>
                  ))}
                  <td>{row.missing.length === 0 ? 'None' : row.missing.join(', ')}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="muted">
        Data source codes: {scale.dataSources.map((source) => `${source.code}: ${source.meaning}`).join(' ')}
      </p>
    </>
  )
}
