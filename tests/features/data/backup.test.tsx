import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { backupFile, serialiseExchangeFile } from '#domain/exchange/export'
import { exchangeRepo } from '../../../src/storage/exchange-repo'
import { firstUnbackedChangeAt } from '../../../src/storage/change-marker'
import { resetPersistenceRequestForTests } from '../../../src/storage/persistence'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { downloadBlob } from '../../../src/app/files/download'
import { now, teamInput } from '../../storage/fresh-database'
import { gunzipText } from '../../app/files/gzip-fixtures'
import { blobBytes, renderDataScreen, useDataScreenTests } from './helpers'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)
beforeEach(() => resetPersistenceRequestForTests())
afterEach(() => vi.unstubAllGlobals())

function section(name: string) {
  const heading = screen.getByRole('heading', { level: 2, name })
  const parts: HTMLElement[] = []
  for (let el = heading.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) {
    parts.push(el as HTMLElement)
  }
  return parts
}

describe('Settings: back up this device', () => {
  it('downloads every team as one backup file, then shows when the backup was made and clears the reminder', async () => {
    await teamsRepo.create(teamInput({ name: 'Northgate CRT' }), now)
    expect(firstUnbackedChangeAt()).not.toBeNull()
    renderDataScreen(paths.settings())

    const lastBackup = await screen.findByText('Last full backup')
    expect(lastBackup.nextElementSibling).toHaveTextContent('Never')
    const onDevice = await exchangeRepo.readBackup()
    await userEvent.click(screen.getByRole('button', { name: 'Download full backup' }))

    expect(
      await screen.findByText(/^Backup downloaded as ips-fidelity-review-backup-\d{4}-\d{2}-\d{2}\.json\.gz\./),
    ).toBeInTheDocument()
    expect(download).toHaveBeenCalledTimes(1)
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toMatch(/^ips-fidelity-review-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/)
    // A gzip file (by its magic bytes) that unpacks to exactly the backup's JSON.
    expect(blob.type).toBe('application/gzip')
    expect([...(await blobBytes(blob)).slice(0, 2)]).toEqual([0x1f, 0x8b])
    const text = await gunzipText(blob)
    const file = JSON.parse(text) as { kind: string; createdAt: string; data: { teams: { name: string }[] } }
    expect(file.kind).toBe('backup')
    expect(file.data.teams.map((team) => team.name)).toEqual(['Northgate CRT'])
    const expected = backupFile(onDevice, { appVersion: 'test', now: new Date(file.createdAt) })
    expect(text).toBe(serialiseExchangeFile(expected))

    await waitFor(() => expect(lastBackup.nextElementSibling).not.toHaveTextContent('Never'))
    expect((await settingsRepo.get()).lastBackupAt).not.toBeNull()
    expect(firstUnbackedChangeAt()).toBeNull()
    expect(screen.getByText('Changes not in a backup').nextElementSibling).toHaveTextContent('None')
  })

  it('links to restoring from a backup', async () => {
    const router = renderDataScreen(paths.settings())
    await userEvent.click(await screen.findByRole('link', { name: 'Restore from a backup' }))
    expect(router.state.location.pathname).toBe(paths.importData())
  })

  it('keeps the reminder interval between 1 and 365 days and saves a valid one', async () => {
    renderDataScreen(paths.settings())
    const days = await screen.findByLabelText('Remind me to back up after this many days')
    expect(days).toHaveValue(14)
    await userEvent.clear(days)
    await userEvent.type(days, '0')
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }))
    expect(await screen.findByText('Remind at least every day')).toBeInTheDocument()
    await userEvent.clear(days)
    await userEvent.type(days, '400')
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }))
    expect(await screen.findByText('Remind at least once a year')).toBeInTheDocument()
    expect((await settingsRepo.get()).backupReminderDays).toBe(14)

    await userEvent.clear(days)
    await userEvent.type(days, '30')
    await userEvent.click(screen.getByRole('button', { name: 'Save reminder' }))
    expect(await screen.findByText('Saved: you will be reminded after 30 days.')).toBeInTheDocument()
    expect((await settingsRepo.get()).backupReminderDays).toBe(30)
  })
})

describe('Settings: persistent storage', () => {
  function stubStorage(persisted: boolean, grant: boolean) {
    const storage = {
      persisted: vi.fn(async () => persisted),
      persist: vi.fn(async () => grant),
      estimate: vi.fn(async () => ({ usage: 2048, quota: 1_000_000 })),
    }
    vi.stubGlobal('navigator', { ...navigator, storage })
    return storage
  }

  it('warns in plain words when the browser has not promised to keep the data, and asks again on request', async () => {
    const storage = stubStorage(false, true)
    renderDataScreen(paths.settings())
    expect(await screen.findByText('This browser has not promised to keep the app’s data.')).toBeInTheDocument()
    expect(
      screen.getByText(/Safari, for example\) delete a site’s data after 7 days without a visit/),
    ).toBeInTheDocument()

    // Once granted, the browser reports the data as persisted.
    storage.persist.mockImplementation(async () => {
      storage.persisted.mockResolvedValue(true)
      return true
    })
    await userEvent.click(screen.getByRole('button', { name: 'Ask the browser again' }))
    expect(storage.persist).toHaveBeenCalled()
    expect(await screen.findByText(/^Granted: the browser will not delete this data/)).toBeInTheDocument()
    expect(screen.queryByText('This browser has not promised to keep the app’s data.')).not.toBeInTheDocument()
  })

  it('says so when the browser refuses', async () => {
    stubStorage(false, false)
    renderDataScreen(paths.settings())
    await userEvent.click(await screen.findByRole('button', { name: 'Ask the browser again' }))
    expect(await screen.findByText(/^The browser said no\./)).toBeInTheDocument()
  })

  it('shows no warning once storage is persistent', async () => {
    stubStorage(true, true)
    renderDataScreen(paths.settings())
    expect(await screen.findByText(/^Granted:/)).toBeInTheDocument()
    expect(screen.queryByText('This browser has not promised to keep the app’s data.')).not.toBeInTheDocument()
  })

  it('still warns, without a button, where the browser has no storage API at all', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined })
    renderDataScreen(paths.settings())
    const warning = await screen.findByText('This browser has not promised to keep the app’s data.')
    const storageSection = section('Storage on this device')
    expect(storageSection.some((el) => el.contains(warning))).toBe(true)
    expect(within(warning.closest('div')!).queryByRole('button')).not.toBeInTheDocument()
  })
})
