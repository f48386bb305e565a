import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { firstUnbackedChangeAt } from '../../../src/storage/change-marker'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { defaultSettings } from '#domain/settings/settings'
import { downloadBlob } from '../../../src/app/files/download'
import { now, reviewInput, teamInput } from '../../storage/fresh-database'
import { renderDataScreen, useDataScreenTests } from './helpers'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)

async function deviceWithData() {
  const team = await teamsRepo.create(teamInput(), now)
  await reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk' }), now)
  await settingsRepo.update({ backupReminderDays: 30 })
}

async function openConfirmation() {
  renderDataScreen(paths.settings())
  await userEvent.click(await screen.findByRole('button', { name: 'Erase everything on this device…' }))
  return screen.getByRole('group', { name: 'Erase everything on this device?' })
}

describe('Settings: erase everything on this device', () => {
  it('explains what goes, offers a backup first, and erases only after ERASE is typed', async () => {
    await deviceWithData()
    const confirm = await openConfirmation()
    expect(confirm).toHaveTextContent(/every team and review, all evidence/)
    expect(confirm).toHaveTextContent('It cannot be undone.')
    expect(confirm).toHaveTextContent('Last full backup: never.')

    await userEvent.click(await within(confirm).findByRole('button', { name: 'Download a full backup first' }))
    expect(await within(confirm).findByText(/^Backup downloaded as ips-fidelity-review-backup-/)).toBeInTheDocument()
    expect(download).toHaveBeenCalledTimes(1)

    const erase = within(confirm).getByRole('button', { name: 'Erase everything' })
    expect(erase).toBeDisabled()
    await userEvent.type(within(confirm).getByLabelText('Type ERASE to confirm'), 'erase')
    expect(erase).toBeDisabled()
    await userEvent.clear(within(confirm).getByLabelText('Type ERASE to confirm'))
    await userEvent.type(within(confirm).getByLabelText('Type ERASE to confirm'), 'ERASE')
    await userEvent.click(erase)

    expect(await screen.findByText(/^Everything on this device has been erased\./)).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Erase everything on this device?' })).not.toBeInTheDocument()
    expect(await teamsRepo.list({ includeArchived: true })).toEqual([])
    expect(await settingsRepo.get()).toEqual(defaultSettings)
    expect(firstUnbackedChangeAt()).toBeNull()
    expect(screen.getByRole('link', { name: 'restore a backup' })).toHaveAttribute('href', paths.importData())
  })

  it('keeps everything when cancelled', async () => {
    await deviceWithData()
    const confirm = await openConfirmation()
    await userEvent.type(within(confirm).getByLabelText('Type ERASE to confirm'), 'ERASE')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('button', { name: 'Erase everything on this device…' })).toBeInTheDocument()
    expect(await teamsRepo.list()).toHaveLength(1)
    expect((await settingsRepo.get()).backupReminderDays).toBe(30)
  })
})
