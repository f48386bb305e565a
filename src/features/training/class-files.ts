import { useCallback, useState } from 'react'
import { checkExchangeFile, type ExchangeProblem } from '#domain/exchange/check'
import { MAX_EXCHANGE_FILE_BYTES, type ExchangeFile } from '#domain/exchange/file'
import { formatBytes } from '#domain/text/bytes'

/** One file a trainer chose: its parsed exchange file, or why it was refused. */
export type ClassFile =
  | { key: string; fileName: string; ok: true; file: ExchangeFile }
  | { key: string; fileName: string; ok: false; reason: string; problems: ExchangeProblem[] }

let counter = 0
const nextKey = () => `class-file-${(counter += 1)}`

/** Size first, so an oversized file is never read into memory; then the exchange format's own checks. */
async function readClassFile(file: File): Promise<ClassFile> {
  const key = nextKey()
  if (file.size > MAX_EXCHANGE_FILE_BYTES) {
    return {
      key,
      fileName: file.name,
      ok: false,
      reason: `This file is ${formatBytes(file.size)}, over the ${formatBytes(MAX_EXCHANGE_FILE_BYTES)} limit, so it was not read.`,
      problems: [],
    }
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    return { key, fileName: file.name, ok: false, reason: 'The file could not be read from this device.', problems: [] }
  }
  const check = checkExchangeFile(text, file.size)
  return check.ok
    ? { key, fileName: file.name, ok: true, file: check.file }
    : { key, fileName: file.name, ok: false, reason: check.reason, problems: check.problems }
}

/** The files chosen so far, held in memory only: nothing a trainee handed in is stored on this device. */
export function useClassFiles() {
  const [files, setFiles] = useState<ClassFile[]>([])
  const [reading, setReading] = useState(false)
  const add = useCallback(async (chosen: readonly File[]) => {
    if (chosen.length === 0) return
    setReading(true)
    try {
      const read = await Promise.all(chosen.map(readClassFile))
      setFiles((current) => [...current, ...read])
    } finally {
      setReading(false)
    }
  }, [])
  const clear = useCallback(() => setFiles([]), [])
  return { files, reading, add, clear }
}
