import { useState } from 'react'
import { findScale } from '#domain/scale/catalogue'
import { type ScaleFile } from '#domain/scale/schema'
import { parseScale } from '#domain/scale/parse'
import { reviewTypeLabels } from '#domain/review/review'
import { scoresCsv, scoresCsvRows } from '#domain/scoring/scores-csv'
import { exchangeRepo } from '../../storage/exchange-repo'
import { useStorageAction } from '../../storage/use-storage-action'
import { formatDate } from '../../ui/format'
import { localIsoDate } from '#domain/text/dates'
import { plural } from '#domain/text/plural'
import { downloadText } from './download-text'

type Outcome =
  { kind: 'idle' } | { kind: 'empty' } | { kind: 'done'; fileName: string; count: number; leftOut: string[] }

/**
 * Every review with any score, one row each, read at the moment of the click so the file matches
 * the device; the scales come from the same snapshot, imported ones included.
 */
async function buildCsv(now: Date): Promise<Outcome> {
  const data = await exchangeRepo.readBackup()
  const imported = data.importedScales.flatMap((row): ScaleFile[] => {
    const parsed = parseScale(row.data)
    return parsed.ok ? [parsed.scale] : []
  })
  const { rows, leftOut } = scoresCsvRows(data, (id, version) => findScale(id, version, imported))
  const teamName = (teamId: string) =>
    data.teams.find((team) => team.id === teamId)?.name ?? 'a team not on this device'
  const leftOutNames = leftOut.map(
    (review) => `${reviewTypeLabels[review.type]}: ${teamName(review.teamId)}, ${formatDate(review.visitStart)}`,
  )
  if (rows.length === 0 && leftOut.length === 0) return { kind: 'empty' }
  const fileName = `ips-fidelity-scores-${localIsoDate(now)}.csv`
  if (rows.length > 0) downloadText(scoresCsv(rows), fileName, 'text/csv')
  return { kind: 'done', fileName, count: rows.length, leftOut: leftOutNames }
}

/** "Download scores as CSV": for spreadsheets and for reporting across teams. */
export function ScoresCsvButton() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const { run, busy, failure } = useStorageAction()

  function download() {
    setOutcome({ kind: 'idle' })
    return run(async () => setOutcome(await buildCsv(new Date())))
  }

  return (
    <>
      <p>
        One row per review with any score: the deciding score of each item (the consensus when there are two reviewers),
        section subtotals, total, band, review type and dates. Subtotals, total and band are left empty until every item
        in them is rated.
      </p>
      <div className="data-actions">
        <button type="button" className="button--secondary" onClick={() => void download()} disabled={busy}>
          {busy ? 'Preparing CSV…' : 'Download scores as CSV'}
        </button>
      </div>
      <div role="status">
        {outcome.kind === 'empty' && (
          <p className="empty-state">No review on this device has a score yet, so there is nothing to download.</p>
        )}
        {outcome.kind === 'done' && outcome.count > 0 && (
          <p>
            Downloaded {outcome.fileName} with {plural(outcome.count, 'review')}.
          </p>
        )}
        {outcome.kind === 'done' && outcome.leftOut.length > 0 && (
          <>
            <p>
              {outcome.count === 0 ? 'Nothing was downloaded: ' : ''}
              {outcome.leftOut.length === 1 ? 'one review was' : `${outcome.leftOut.length} reviews were`} left out
              because {outcome.leftOut.length === 1 ? 'its' : 'their'} scale is not on this device, or the scores do not
              match it. Import the scale, then try again:
            </p>
            <ul>
              {outcome.leftOut.map((name, index) => (
                <li key={index}>{name}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {failure && (
        <p className="form-error" role="alert">
          The CSV was not made: {failure}
        </p>
      )}
    </>
  )
}
