import { expect, it } from 'vitest'
import fc from 'fast-check'
import { decryptFile, encryptFile } from '../../../src/app/files/age-file'
import { gzipText } from '../../../src/app/files/gzip'
import { checkExchangeFile } from '#domain/exchange/check'
import { serialiseExchangeFile, utf8ByteLength } from '#domain/exchange/export'
import type { ExchangeFile } from '#domain/exchange/file'
import { MAX_UNPACKED_EXCHANGE_BYTES } from '#domain/exchange/file'
import { gunzipText } from './gzip-fixtures'
import { validBackupFile, validReviewFile } from '../../domain/exchange/fixtures'

// Fixed, so CI is reproducible; fast-check prints the seed and path of any failure for replaying it.
const SEED = Number(process.env.AGE_PROPERTY_SEED ?? 20261205)

/** Any text a reviewer might type: every Unicode character, quotes, line breaks, emoji. */
const note = fc.string({ unit: 'grapheme', maxLength: 400 })

/** A review file or a backup as the app exports it, its evidence notes any text, with a few to many of them. */
const exportedFile = fc
  .record({ kind: fc.constantFrom('review', 'backup'), notes: fc.array(note, { minLength: 1, maxLength: 12 }) })
  .map(({ kind, notes }): ExchangeFile => {
    const file = kind === 'review' ? validReviewFile() : validBackupFile()
    const [template] = file.data.evidence
    file.data.evidence = notes.map((text, i) => ({ ...template!, id: `evidence-p${i}`, note: text }))
    return file
  })

const passphrase = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((p) => p.trim() !== '')

it('every exported file, review or compressed backup, comes back byte for byte through protect and open, and still passes the import check', async () => {
  await fc.assert(
    fc.asyncProperty(exportedFile, passphrase, async (file, secret) => {
      const text = serialiseExchangeFile(file)
      // The bytes the app hands over: a review file as UTF-8 JSON, a backup gzip-compressed.
      const bytes =
        file.kind === 'review'
          ? new TextEncoder().encode(text)
          : new Uint8Array(await (await gzipText(text)).arrayBuffer())
      const protectedFile = await encryptFile(bytes, secret, { workFactor: 2 })
      if (!protectedFile.ok) throw new Error(protectedFile.message)
      const opened = await decryptFile(protectedFile.bytes, secret)
      if (!opened.ok) throw new Error(opened.message)
      expect(Buffer.from(opened.bytes).equals(Buffer.from(bytes))).toBe(true)

      const openedText =
        file.kind === 'review' ? new TextDecoder().decode(opened.bytes) : await gunzipText(new Blob([opened.bytes]))
      expect(openedText).toBe(text)
      const check = checkExchangeFile(
        openedText,
        utf8ByteLength(openedText),
        file.kind === 'backup' ? { limit: MAX_UNPACKED_EXCHANGE_BYTES } : {},
      )
      expect(check.ok).toBe(true)
    }),
    { numRuns: 60, seed: SEED },
  )
}, 120_000)
