import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { encryptFile } from '../../../src/app/files/age-file'
import { gzipText } from '../../../src/app/files/gzip'
import { serialiseExchangeFile } from '#domain/exchange/export'
import { useFreshDatabase } from '../../storage/fresh-database'
import { validBackupFile, validReviewFile } from '../../domain/exchange/fixtures'
import { ageEncrypt, requireAgeTool } from '../../app/files/age-cli'
import { deviceContents, renderImportScreen } from './import-helpers'

useFreshDatabase()
afterEach(() => cleanup())
requireAgeTool()

const PASSPHRASE = 'kettle lantern orchard'
// Opening a file made with the real work factor takes a second or two on a busy machine.
const SLOW = { timeout: 30_000 }
const reviewText = serialiseExchangeFile(validReviewFile())

/** A file protected by this app, with a low work factor so the test is quick. */
async function protectedFile(name: string, content: Uint8Array | Blob): Promise<File> {
  const bytes = content instanceof Blob ? new Uint8Array(await content.arrayBuffer()) : content
  const result = await encryptFile(bytes, PASSPHRASE, { workFactor: 4 })
  if (!result.ok) throw new Error(result.message)
  return new File([result.bytes], name, { type: 'application/octet-stream' })
}

async function enter(passphrase: string) {
  const field = screen.getByLabelText('Passphrase')
  await userEvent.clear(field)
  if (passphrase) await userEvent.type(field, passphrase)
  await userEvent.click(screen.getByRole('button', { name: 'Open the file' }))
}

describe('import screen: files protected with a passphrase', () => {
  it('asks for the passphrase of a file made with the age tool, refuses a wrong one, then previews and imports', async () => {
    const file = new File([ageEncrypt(new TextEncoder().encode(reviewText), PASSPHRASE)], 'northgate.json.age')
    const { input } = renderImportScreen()
    expect(input).toHaveAttribute('accept', expect.stringContaining('.age'))
    await userEvent.upload(input, file)

    expect(
      await screen.findByRole('heading', { name: 'northgate.json.age is protected with a passphrase' }),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Passphrase')).toHaveFocus()
    await enter('')
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the passphrase.')

    await enter('kettle lantern')
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(/That passphrase does not open this file/)
    expect(screen.getByLabelText('Passphrase')).toHaveAttribute('aria-invalid', 'true')
    expect((await deviceContents()).teams).toEqual([])

    await enter(PASSPHRASE)
    expect(await screen.findByRole('heading', { name: /^Check before importing/ }, SLOW)).toHaveFocus()
    expect((await deviceContents()).teams).toEqual([])
    await userEvent.click(screen.getByRole('button', { name: 'Import' }))
    expect(await screen.findByRole('heading', { name: 'Imported northgate.json.age' })).toBeInTheDocument()
    expect((await deviceContents()).teams).toEqual(validReviewFile().data.teams)
  }, 60_000)

  it('restores a protected compressed backup', async () => {
    const backup = await protectedFile('backup.json.gz.age', await gzipText(serialiseExchangeFile(validBackupFile())))
    const { input } = renderImportScreen()
    await userEvent.upload(input, backup)
    await screen.findByLabelText('Passphrase')
    await enter(PASSPHRASE)
    expect(await screen.findByRole('heading', { name: /^Check before importing: Backup made on/ })).toBeInTheDocument()
    expect(screen.getByText(/A full backup: 1 team, 1 review, 1 imported scale/)).toBeInTheDocument()
  })

  it('refuses a file cut short or changed, in words, and changes nothing', async () => {
    const whole = new Uint8Array(await (await protectedFile('x', new TextEncoder().encode(reviewText))).arrayBuffer())
    const changed = whole.slice()
    changed[changed.length - 5] = changed[changed.length - 5]! ^ 1
    const { input } = renderImportScreen()
    for (const [name, bytes] of [
      ['cut.json.age', whole.slice(0, whole.length - 100)],
      ['changed.json.age', changed],
    ] as const) {
      await userEvent.upload(input, new File([bytes], name))
      await screen.findByLabelText('Passphrase')
      await enter(PASSPHRASE)
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(`${name} was not imported`)
      expect(alert).toHaveTextContent(/The file is damaged: it is cut short or has been changed/)
    }
    expect((await deviceContents()).teams).toEqual([])
  })

  it('Cancel leaves the passphrase prompt and the device as they were', async () => {
    const { input } = renderImportScreen()
    await userEvent.upload(input, await protectedFile('a.json.age', new TextEncoder().encode(reviewText)))
    await screen.findByLabelText('Passphrase')
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByLabelText('Passphrase')).not.toBeInTheDocument()
    expect((await deviceContents()).teams).toEqual([])
  })
})
