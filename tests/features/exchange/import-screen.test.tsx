import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { EXCHANGE_FORMAT_VERSION, MAX_EXCHANGE_FILE_BYTES, MAX_UNPACKED_EXCHANGE_BYTES } from '#domain/exchange/file'
import { getDatabase } from '../../../src/storage/database'
import { exchangeRepo } from '../../../src/storage/exchange-repo'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { StorageError } from '../../../src/storage/storage-error'
import { useFreshDatabase } from '../../storage/fresh-database'
import { REVIEW_ID, SAM, ALEX, ukItemIds, validBackupFile, validReviewFile } from '../../domain/exchange/fixtures'
import { countUnpackedBytes, gzipBomb } from '../../app/files/gzip-fixtures'
import { deviceContents, gzipFile, jsonFile, putOnDevice, renderImportScreen } from './import-helpers'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())

const item6 = ukItemIds[5]!
const samOnItem6 = { reviewId: REVIEW_ID, itemId: item6, reviewerId: SAM.id }

/** The review file with Sam's rating of item 6 changed, as if edited on another device. */
function fileWithSamsItem6(score: number, rationale: string) {
  const file = validReviewFile()
  const rating = file.data.ratings.find((r) => r.itemId === item6 && r.reviewerId === SAM.id)!
  rating.score = score
  rating.rationale = rationale
  return file
}

async function samsItem6() {
  const ratings = await ratingsRepo.listRatings(REVIEW_ID)
  return ratings.find((r) => r.itemId === samOnItem6.itemId && r.reviewerId === samOnItem6.reviewerId)
}

describe('import screen: refusals', () => {
  it('refuses a truncated file with the reason and changes nothing', async () => {
    await putOnDevice(validReviewFile())
    const before = await deviceContents()
    const { input } = renderImportScreen()
    const text = JSON.stringify(validBackupFile())
    await userEvent.upload(input, jsonFile('backup.json', text.slice(0, text.length / 2)))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('backup.json was not imported')
    expect(alert).toHaveTextContent(/not complete JSON/i)
    expect(alert).toHaveTextContent('Nothing was changed on this device')
    expect(within(alert).getByRole('heading', { name: 'backup.json was not imported' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument()
    expect(await deviceContents()).toEqual(before)
  })

  it('says a file from a newer version of the app needs the app updated', async () => {
    const { input } = renderImportScreen()
    const newer = { ...validReviewFile(), formatVersion: EXCHANGE_FORMAT_VERSION + 1 }
    await userEvent.upload(input, jsonFile('review.json', newer))

    expect(await screen.findByRole('alert')).toHaveTextContent(/made by a newer version of the app/)
    expect((await deviceContents()).reviews).toEqual([])
  })

  it('lists where in the file each problem is', async () => {
    const { input } = renderImportScreen()
    const broken = validReviewFile() as unknown as { data: { ratings: { score: unknown }[] } }
    broken.data.ratings[0]!.score = 'five'
    await userEvent.upload(input, jsonFile('review.json', broken))

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('list', { name: 'Problems found in the file' })).toHaveTextContent(
      'data.ratings.0.score',
    )
    expect((await deviceContents()).ratings).toEqual([])
  })

  it('refuses a file over the size limit without reading it, compressed or not', async () => {
    const { input } = renderImportScreen()
    for (const huge of [jsonFile('huge.json', validBackupFile()), await gzipFile('huge.json.gz', validBackupFile())]) {
      Object.defineProperty(huge, 'size', { value: MAX_EXCHANGE_FILE_BYTES + 1 })
      const slice = vi.spyOn(huge, 'slice')
      await userEvent.upload(input, huge)

      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(`${huge.name} was not imported`)
      expect(alert).toHaveTextContent(/over the 20\.0 MB limit/)
      expect(slice).not.toHaveBeenCalled()
    }
    expect((await deviceContents()).teams).toEqual([])
  })
})

describe('import screen: compressed backups', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('restores a backup saved as .json.gz: preview, then import', async () => {
    const { input } = renderImportScreen()
    expect(input).toHaveAttribute('accept', expect.stringContaining('.gz'))
    await userEvent.upload(input, await gzipFile('ips-fidelity-review-backup-2026-11-23.json.gz', validBackupFile()))

    expect(await screen.findByRole('heading', { name: /Check before importing: Backup made on/ })).toHaveFocus()
    expect(screen.getByText(/A full backup: 1 team, 1 review, 1 imported scale/)).toBeInTheDocument()
    expect((await deviceContents()).teams).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    expect(
      await screen.findByRole('heading', { name: 'Imported ips-fidelity-review-backup-2026-11-23.json.gz' }),
    ).toBeInTheDocument()
    const stored = await deviceContents()
    const backup = validBackupFile()
    expect(stored.teams).toEqual(backup.data.teams)
    expect(stored.ratings).toHaveLength(backup.data.ratings.length)
  })

  it('restores a compressed backup that unpacks to more than the 20 MB file limit', async () => {
    // Whitespace is valid JSON: the backup's text is over 20 MB, its file a few kilobytes.
    const text = JSON.stringify(validBackupFile()) + ' '.repeat(MAX_EXCHANGE_FILE_BYTES)
    const { input } = renderImportScreen()
    await userEvent.upload(input, await gzipFile('big-backup.json.gz', text))

    await userEvent.click(await screen.findByRole('button', { name: 'Import' }))
    expect(await screen.findByRole('heading', { name: 'Imported big-backup.json.gz' })).toBeInTheDocument()
    expect((await deviceContents()).teams).toEqual(validBackupFile().data.teams)
  })

  it('still restores a plain JSON backup (e.g. one the browser unpacked on download)', async () => {
    const { input } = renderImportScreen()
    await userEvent.upload(input, jsonFile('ips-fidelity-review-backup-2026-11-23.json', validBackupFile()))

    await userEvent.click(await screen.findByRole('button', { name: 'Import' }))
    expect(
      await screen.findByRole('heading', { name: 'Imported ips-fidelity-review-backup-2026-11-23.json' }),
    ).toBeInTheDocument()
    expect((await deviceContents()).teams).toEqual(validBackupFile().data.teams)
  })

  it('refuses a gzip bomb after unpacking no more than the 200 MB limit, and changes nothing', async () => {
    await putOnDevice(validReviewFile())
    const before = await deviceContents()
    const unpacked = countUnpackedBytes()
    const { input } = renderImportScreen()
    // 300 MB of zeros in a file of about 300 KB.
    const bomb = new File([await gzipBomb(300)], 'backup.json.gz', { type: 'application/gzip' })
    await userEvent.upload(input, bomb)

    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 })
    expect(alert).toHaveTextContent('backup.json.gz was not imported')
    expect(alert).toHaveTextContent('This backup unpacks to more than 200 MB, more than any backup this app makes')
    expect(alert).toHaveTextContent('Nothing was changed on this device')
    expect(unpacked()).toBeGreaterThan(MAX_UNPACKED_EXCHANGE_BYTES)
    expect(unpacked()).toBeLessThan(MAX_UNPACKED_EXCHANGE_BYTES + 1024 * 1024)
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument()
    expect(await deviceContents()).toEqual(before)
  }, 60_000)

  it('refuses a damaged gzip file with the reason, and changes nothing', async () => {
    await putOnDevice(validReviewFile())
    const before = await deviceContents()
    const packed = new Uint8Array(await (await gzipFile('x', validBackupFile())).arrayBuffer())
    const { input } = renderImportScreen()
    await userEvent.upload(input, new File([packed.subarray(0, packed.length - 10)], 'backup.json.gz'))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('backup.json.gz was not imported')
    expect(alert).toHaveTextContent('The backup file is damaged: it could not be unpacked')
    expect(alert).toHaveTextContent('Nothing was changed on this device')
    expect(within(alert).getByRole('heading', { name: 'backup.json.gz was not imported' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument()
    expect(await deviceContents()).toEqual(before)
  })
})

describe('import screen: preview and import', () => {
  it('previews a review file and writes nothing until Import is pressed', async () => {
    const { input, router } = renderImportScreen()
    await userEvent.upload(input, jsonFile('northgate.json', validReviewFile()))

    const heading = await screen.findByRole('heading', { name: /Check before importing: Review of Northgate/ })
    expect(heading).toHaveFocus()
    const counts = screen.getByRole('table', { name: /Records in the file/ })
    expect(within(counts).getByRole('row', { name: /Ratings/ })).toHaveTextContent(/^Ratings50000$/)
    expect(within(counts).getByRole('row', { name: /Evidence entries/ })).toHaveTextContent(/^Evidence entries3000$/)
    expect(screen.getByText('One review')).toBeInTheDocument()
    expect((await deviceContents()).reviews).toEqual([])

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    expect(await screen.findByRole('heading', { name: 'Imported northgate.json' })).toHaveFocus()
    const stored = await deviceContents()
    expect(stored.reviews.map((r) => r.id)).toEqual([REVIEW_ID])
    expect(stored.ratings).toHaveLength(50)
    expect(stored.evidence).toHaveLength(3)

    await userEvent.click(screen.getByRole('link', { name: 'Open the review' }))
    expect(router.state.location.pathname).toBe(paths.review(REVIEW_ID))
  })

  it('disables Import, with the reason, when the review uses a scale this device does not have', async () => {
    const file = validReviewFile()
    file.data.reviews[0]!.scaleVersion = '9.9.9'
    const { input } = renderImportScreen()
    await userEvent.upload(input, jsonFile('northgate.json', file))

    const importButton = await screen.findByRole('button', { name: 'Import' })
    expect(importButton).toBeDisabled()
    expect(importButton).toHaveAccessibleDescription(/uses scale ips-uk version 9\.9\.9, which is not on this device/)
    expect((await deviceContents()).reviews).toEqual([])
  })

  it('Cancel leaves the device as it was', async () => {
    const { input } = renderImportScreen()
    await userEvent.upload(input, jsonFile('northgate.json', validReviewFile()))
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }))

    expect(screen.queryByRole('heading', { name: /Check before importing/ })).not.toBeInTheDocument()
    expect((await deviceContents()).reviews).toEqual([])
  })

  it('takes a file dropped on the drop zone', async () => {
    renderImportScreen()
    const zone = screen.getByLabelText('Review or backup file (JSON)').parentElement!
    fireEvent.drop(zone, { dataTransfer: { files: [jsonFile('dropped.json', validBackupFile())] } })

    expect(await screen.findByRole('heading', { name: /Check before importing: Backup made on/ })).toBeInTheDocument()
    expect(screen.getByText(/A full backup: 1 team, 1 review, 1 imported scale/)).toBeInTheDocument()
  })
})

describe('import screen: failures while importing', () => {
  it('says what to do when the device is out of space, and Import can be tried again', async () => {
    const applyImport = vi.spyOn(exchangeRepo, 'applyImport').mockRejectedValueOnce(new StorageError('quota-exceeded'))
    const { input } = renderImportScreen()
    await userEvent.upload(input, jsonFile('northgate.json', validReviewFile()))
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('out of storage space. Export a backup, then free some space')
    expect(alert).toHaveTextContent('Nothing was changed on this device')
    applyImport.mockRestore()
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    expect(await screen.findByRole('heading', { name: 'Imported northgate.json' })).toBeInTheDocument()
  })
})

describe('import screen: conflicts', () => {
  async function previewConflict() {
    await putOnDevice(validReviewFile())
    const { input } = renderImportScreen()
    await userEvent.upload(input, jsonFile('from-alex.json', fileWithSamsItem6(2, 'Changed on the other laptop.')))
    const conflict = await screen.findByRole('listitem', { name: /^Rating of item 6 .* by Sam Patel$/ })
    return conflict
  }

  it('shows both versions, and "Keep mine" (the default) keeps the rating on this device', async () => {
    const conflict = await previewConflict()
    const scoreRow = within(conflict).getByRole('row', { name: /^Score/ })
    const headers = within(conflict)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual(['Field', 'On this device', 'In the file'])
    expect(
      within(scoreRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '2'])
    expect(within(conflict).getByRole('row', { name: /^Rationale/ })).toHaveTextContent('Changed on the other laptop.')
    expect(within(conflict).getByRole('radio', { name: 'Keep mine' })).toBeChecked()

    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    await screen.findByRole('heading', { name: 'Imported from-alex.json' })
    expect(await samsItem6()).toMatchObject({ score: 4, rationale: expect.stringContaining('Based on') })
    // Alex's rating of the same item was never in conflict and is untouched.
    const alex = (await ratingsRepo.listRatings(REVIEW_ID)).find((r) => r.itemId === item6 && r.reviewerId === ALEX.id)
    expect(alex?.score).toBe(2)
  })

  it('"Use the file’s" takes the version in the file', async () => {
    const conflict = await previewConflict()
    await userEvent.click(within(conflict).getByRole('radio', { name: 'Use the file’s' }))
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))

    expect(await screen.findByRole('heading', { name: 'Imported from-alex.json' })).toBeInTheDocument()
    expect(screen.getByText(/took the file’s version of 1 record/)).toBeInTheDocument()
    expect(await samsItem6()).toMatchObject({ score: 2, rationale: 'Changed on the other laptop.' })
  })

  it('refuses to import when the device changed after the preview, and checks again on request', async () => {
    const conflict = await previewConflict()
    await userEvent.click(within(conflict).getByRole('radio', { name: 'Use the file’s' }))
    // Another tab changes Sam's rating after the preview was shown.
    const current = (await samsItem6())!
    await getDatabase().ratings.put({ ...current, score: 5, rationale: 'Edited in another tab.' })
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Check the preview again')
    expect(within(alert).getByRole('heading', { name: 'The file was not imported' })).toHaveFocus()
    expect(await samsItem6()).toMatchObject({ score: 5 })

    await userEvent.click(screen.getByRole('button', { name: 'Check the preview again' }))
    const fresh = await screen.findByRole('listitem', { name: /^Rating of item 6 .* by Sam Patel$/ })
    expect(within(within(fresh).getByRole('row', { name: /^Score/ })).getAllByRole('cell')[0]).toHaveTextContent('5')
    // The choice was made between other versions, so it falls back to keeping this device's.
    expect(within(fresh).getByRole('radio', { name: 'Keep mine' })).toBeChecked()
  })
})
