import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { decryptFile } from '../../../src/app/files/age-file'
import { downloadBlob } from '../../../src/app/files/download'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { now } from '../../storage/fresh-database'
import { gunzipText } from '../../app/files/gzip-fixtures'
import { ageDecrypt, requireAgeTool } from '../../app/files/age-cli'
import { blobBytes, renderDataScreen, useDataScreenTests } from './helpers'
import { ukReview } from '../uk-review'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)
requireAgeTool()

const PASSPHRASE = 'kettle lantern orchard'
// Files are protected with the real work factor, which takes a second or two on a busy machine.
const SLOW = { timeout: 30_000 }

async function review(withEvidence: boolean) {
  const r = await ukReview(
    { visitStart: '2026-11-21', visitEnd: '2026-11-22', reviewers: [{ id: 'reviewer-a', name: 'Sam Patel' }] },
    { name: 'Northgate CRT' },
  )
  if (withEvidence) {
    await evidenceRepo.addEntry(
      {
        reviewId: r.id,
        itemId: 'caseload-size',
        source: 'interview',
        intervieweeRole: 'team leader',
        note: 'Jo said 81 clients',
      },
      now,
    )
  }
  return r
}

async function typePassphrase(passphrase: string, again = passphrase) {
  const passphraseField = screen.getByLabelText('Passphrase')
  const againField = screen.getByLabelText('Passphrase again')
  await userEvent.clear(passphraseField)
  await userEvent.clear(againField)
  if (passphrase) await userEvent.type(passphraseField, passphrase)
  if (again) await userEvent.type(againField, again)
}

describe('the passphrase step before a review leaves the device', () => {
  it('is on for a review with evidence, refuses a passphrase that will not do, and makes an age file the age tool opens', async () => {
    const r = await review(true)
    renderDataScreen(paths.review(r.id))
    const protect = await screen.findByRole('checkbox', { name: 'Protect with a passphrase' })
    expect(protect).toBeChecked()
    const exportButton = screen.getByRole('button', { name: 'Export review' })

    for (const [passphrase, again, problem] of [
      ['', '', 'Enter a passphrase to protect the file.'],
      ['seven77', 'seven77', /Use at least 8 characters/],
      [PASSPHRASE, 'kettle lantern', 'The two passphrases are not the same. Type them again.'],
    ] as const) {
      await typePassphrase(passphrase, again)
      await userEvent.click(exportButton)
      expect(await screen.findByRole('alert')).toHaveTextContent(problem)
      expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true')
    }
    expect(download).not.toHaveBeenCalled()

    await typePassphrase(PASSPHRASE)
    await userEvent.click(exportButton)
    expect(
      await screen.findByText(
        'Downloaded northgate-crt-review-2026-11-21.json.age. It opens only with the passphrase.',
        {},
        SLOW,
      ),
    ).toBeInTheDocument()
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toBe('northgate-crt-review-2026-11-21.json.age')
    const bytes = await blobBytes(blob)
    expect(new TextDecoder().decode(bytes)).not.toContain('Jo said 81 clients')
    // Debian's age tool opens it with the same passphrase.
    const opened = ageDecrypt(bytes, PASSPHRASE)
    expect(opened.ok).toBe(true)
    const file = JSON.parse(new TextDecoder().decode(opened.output)) as {
      kind: string
      data: { evidence: { note: string }[] }
    }
    expect(file.kind).toBe('review')
    expect(file.data.evidence.map((entry) => entry.note)).toEqual(['Jo said 81 clients'])
    // The passphrase is not kept in the form once used.
    expect(screen.getByLabelText('Passphrase')).toHaveValue('')
  }, 60_000)

  it('is off for a review with no evidence text, and the file is plain JSON; it can be turned on', async () => {
    const r = await review(false)
    renderDataScreen(paths.review(r.id))
    const protect = await screen.findByRole('checkbox', { name: 'Protect with a passphrase' })
    expect(protect).not.toBeChecked()
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Export review' }))
    expect(await screen.findByText('Downloaded northgate-crt-review-2026-11-21.json.')).toBeInTheDocument()

    await userEvent.click(protect)
    expect(screen.getByLabelText('Passphrase')).toBeInTheDocument()
  })
})

describe('the passphrase step before a backup', () => {
  it('protects a backup of a device with evidence as .json.gz.age, which opens to the compressed backup', async () => {
    await review(true)
    renderDataScreen(paths.settings())
    const protect = await screen.findByRole('checkbox', { name: 'Protect with a passphrase' })
    expect(protect).toBeChecked()
    await typePassphrase(PASSPHRASE)
    await userEvent.click(screen.getByRole('button', { name: 'Download full backup' }))
    const status = await screen.findByText(
      /^Backup downloaded as ips-fidelity-review-backup-.*\.json\.gz\.age\./,
      {},
      SLOW,
    )
    expect(status).toHaveTextContent('It opens only with the passphrase.')
    expect(status).not.toHaveTextContent(/memory stick/i)
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toMatch(/^ips-fidelity-review-backup-\d{4}-\d{2}-\d{2}\.json\.gz\.age$/)
    const opened = await decryptFile(await blobBytes(blob), PASSPHRASE)
    if (!opened.ok) throw new Error(opened.message)
    const backup = JSON.parse(await gunzipText(new Blob([opened.bytes]))) as { kind: string }
    expect(backup.kind).toBe('backup')
  }, 60_000)

  it('offers the same step before erasing everything', async () => {
    await review(true)
    renderDataScreen(paths.settings())
    await userEvent.click(await screen.findByRole('button', { name: 'Erase everything on this device…' }))
    const confirm = screen.getByRole('group', { name: 'Erase everything on this device?' })
    expect(await within(confirm).findByRole('checkbox', { name: 'Protect with a passphrase' })).toBeChecked()
    await userEvent.click(within(confirm).getByRole('button', { name: 'Download a full backup first' }))
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('Enter a passphrase to protect the file.')
    expect(download).not.toHaveBeenCalled()
  })
})
