import { MAX_EXCHANGE_FILE_BYTES } from '#domain/exchange/file'
import { FileDropZone } from '../../ui/file-drop-zone'
import { formatBytes } from '#domain/text/bytes'

/**
 * The import screen's one file: a review file (.json) or a backup (.json.gz, or .json once unpacked),
 * either of them protected with a passphrase (ending .age).
 */
export function ImportFileDropZone({
  disabled,
  onFile,
  onRefuse,
}: {
  disabled: boolean
  onFile: (file: File) => void
  onRefuse: (fileName: string, reason: string) => void
}) {
  function chosen(files: File[]) {
    if (files.length > 1) onRefuse(`${files.length} files`, 'Drop one file at a time: a review file or a backup.')
    else if (files[0]) onFile(files[0])
  }
  return (
    <FileDropZone
      label="Review or backup file (JSON)"
      hint={`Choose the file, or drop it here: a review file (.json) or a backup (.json.gz), or either protected with a passphrase (.age). Files over ${formatBytes(MAX_EXCHANGE_FILE_BYTES)} are refused.`}
      accept=".json,.gz,.age,application/json,application/gzip"
      disabled={disabled}
      onFiles={chosen}
    />
  )
}
