import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { BackupReminderBanner } from '../../../src/features/data/backup-reminder-banner'
import { CHANGE_MARKER_KEY, clearChangeMarker } from '../../../src/storage/change-marker'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute, stub } from '../../render-route'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => {
  cleanup()
  localStorage.clear()
})

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString()

function renderBanner() {
  return renderRoute([
    { path: '/', element: <BackupReminderBanner /> },
    { path: paths.settings(), element: stub('Settings') },
  ]).router
}

/** Sets the settings first (a write records a change), then the change marker the test wants. */
async function deviceWith({
  lastBackupAt,
  changeAt,
  days,
}: {
  lastBackupAt: string | null
  changeAt: string | null
  days: number
}) {
  await settingsRepo.update({ lastBackupAt, backupReminderDays: days })
  if (changeAt === null) localStorage.removeItem(CHANGE_MARKER_KEY)
  else localStorage.setItem(CHANGE_MARKER_KEY, changeAt)
}

describe('backup reminder banner', () => {
  it('reminds, politely, with how long since the last backup and a way to Settings', async () => {
    const now = new Date()
    await deviceWith({ lastBackupAt: daysBefore(now, 16), changeAt: daysBefore(now, 15), days: 14 })
    const router = renderBanner()
    const banner = await screen.findByRole('status')
    expect(banner).toHaveTextContent('Last full backup 16 days ago.')
    expect(banner).toHaveTextContent('over the last 15 days are not in any backup')
    await act(async () => screen.getByRole('link', { name: 'Back up in Settings' }).click())
    expect(router.state.location.pathname).toBe(paths.settings())
  })

  it('says when there has never been a backup', async () => {
    await deviceWith({ lastBackupAt: null, changeAt: daysBefore(new Date(), 8), days: 7 })
    renderBanner()
    expect(await screen.findByRole('status')).toHaveTextContent(/^No full backup yet\./)
  })

  it('shows nothing while changes are younger than the chosen number of days', async () => {
    await deviceWith({ lastBackupAt: null, changeAt: daysBefore(new Date(), 13), days: 12 })
    renderBanner()
    expect(await screen.findByRole('status')).toBeInTheDocument()
    await act(async () => void (await settingsRepo.update({ backupReminderDays: 14 })))
    await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument())
  })

  it('shows nothing when everything is backed up, and goes away as soon as a backup clears the marker', async () => {
    await deviceWith({ lastBackupAt: null, changeAt: daysBefore(new Date(), 30), days: 14 })
    renderBanner()
    expect(await screen.findByRole('status')).toBeInTheDocument()
    act(() => clearChangeMarker())
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })
})
