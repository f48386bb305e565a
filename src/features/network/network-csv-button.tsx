import { useState } from 'react'
import { networkCsv } from '#domain/network/network-csv'
import type { NetworkTeam } from '#domain/network/network-teams'
import type { ScaleFile } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { downloadBlob } from '../../app/files/download'

/** "Download as CSV": the teams shown, one row each, for a spreadsheet. */
export function NetworkCsvButton({
  scale,
  teams,
  today,
}: {
  scale: Pick<ScaleFile, 'items'>
  teams: readonly NetworkTeam[]
  today: string
}) {
  const [done, setDone] = useState<string | null>(null)
  function download() {
    const fileName = `ips-network-${today}.csv`
    // A string Blob is UTF-8, so the CSV's byte-order mark survives for spreadsheet software.
    downloadBlob(new Blob([networkCsv(scale, teams)], { type: 'text/csv;charset=utf-8' }), fileName)
    setDone(`Downloaded ${fileName} with ${plural(teams.length, 'team')}.`)
  }
  return (
    <div className="data-actions">
      <button type="button" className="button--secondary" onClick={download}>
        Download as CSV
      </button>
      <p role="status">{done}</p>
    </div>
  )
}
