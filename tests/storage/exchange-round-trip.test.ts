import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import { backupFile, reviewExchangeFile, serialiseExchangeFile, utf8ByteLength } from '#domain/exchange/export'
import { planImport, resolveImport } from '#domain/import/plan'
import { findScale } from '#domain/scale/catalogue'
import { defaultSettings } from '#domain/settings/settings'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { DEMO_CURRENT_REVIEW_ID, DEMO_TEAM_ID, loadDemoTeam } from '../../src/storage/demo'
import { scalesRepo } from '../../src/storage/scales-repo'
import { settingsRepo } from '../../src/storage/settings-repo'
import { actionPlanRepo } from '../../src/storage/action-plan-repo'
import { outcomesRepo } from '../../src/storage/outcomes-repo'
import { firstUnbackedChangeAt } from '../../src/storage/change-marker'
import { importedUkScale } from '../domain/exchange/fixtures'
import { later, noFigures, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

const logo = {
  dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==',
  name: 'northgate.png',
  width: 120,
  height: 40,
}
const isBundled = (id: string, version: string) => findScale(id, version) !== undefined

/** What the import screen does with a file: check it, preview it against the device, write it. */
async function importText(text: string) {
  const check = checkExchangeFile(text, utf8ByteLength(text))
  if (!check.ok) throw new Error(`Refused: ${check.reason}`)
  const existing = await exchangeRepo.readExisting(check.file)
  const plan = planImport(check.file, existing, isBundled)
  expect(plan.blockers).toEqual([])
  expect(plan.conflicts).toEqual([])
  await exchangeRepo.applyImport(resolveImport(plan, {}), existing)
  return plan
}

async function fillDevice() {
  await loadDemoTeam(now)
  const { id, version, data } = importedUkScale()
  await scalesRepo.saveImported({ id, version, data }, now)
  await settingsRepo.update({
    organisationLogo: logo,
    actionPlanWeeks: 8,
    backupReminderDays: 21,
    largeText: true,
    // A co-reviewer's team linked to the demo team on an earlier import.
    teamLinks: { 'team-made-by-a-co-reviewer': DEMO_TEAM_ID },
  })
  await actionPlanRepo.create('demo-northgate-review-2025', 'caseload-size', { recommendation: 'Fewer clients' }, now)
  await outcomesRepo.save(
    DEMO_TEAM_ID,
    '2026-Q1',
    { ...noFigures, caseload: 84, outOfWorkAtEntry: 60, startedWork: 12 },
    now,
  )
  await outcomesRepo.save(DEMO_TEAM_ID, '2026-Q2', { ...noFigures, jobStarts: 9 }, now)
}

describe('backup, erase, restore', () => {
  it('gives back identical data: every table, the imported scale and the settings with the logo', async () => {
    await fillDevice()
    const first = await exchangeRepo.readBackup()
    const text = serialiseExchangeFile(backupFile(first, { appVersion: 'test', now: later }))
    // What Settings does once the file is saved; the backup was read before, so it says "never backed up".
    await exchangeRepo.markBackedUp(later)

    await exchangeRepo.eraseEverything()
    expect(await exchangeRepo.readBackup()).toEqual({
      ...Object.fromEntries(Object.keys(first).map((table) => [table, []])),
      settings: defaultSettings,
    })

    const plan = await importText(text)
    expect(plan.counts.reviews.added).toBe(first.reviews.length)
    expect(plan.counts.ratings.added).toBe(first.ratings.length)
    expect(plan.counts.settings.added).toBe(1)
    expect(plan.counts.outcomes.added).toBe(2)
    const restored = await exchangeRepo.readBackup()
    // lastBackupAt is a fact about this device, not the data: the fresh device has made no backup yet.
    expect(restored).toEqual(first)
    expect(restored.settings.organisationLogo).toEqual(logo)
    expect(restored.settings.teamLinks).toEqual({ 'team-made-by-a-co-reviewer': DEMO_TEAM_ID })
    expect(restored.importedScales.map((s) => `${s.id} ${s.version}`)).toEqual(['ips-uk 1.1.0'])
    // The team's quarterly outcomes come back with it, figures and blanks as they were.
    expect(await outcomesRepo.listForTeam(DEMO_TEAM_ID)).toEqual([
      expect.objectContaining({ quarter: '2026-Q2', jobStarts: 9, caseload: null }),
      expect.objectContaining({ quarter: '2026-Q1', caseload: 84, startedWork: 12, jobStarts: null }),
    ])
    // So the restored device reminds its user to make a backup of its own.
    expect(restored.settings.lastBackupAt).toBeNull()
    expect(firstUnbackedChangeAt()).not.toBeNull()
  })

  it('restoring the same backup again changes nothing', async () => {
    await fillDevice()
    const first = await exchangeRepo.readBackup()
    const text = serialiseExchangeFile(backupFile(first, { appVersion: 'test', now: later }))
    const check = checkExchangeFile(text, utf8ByteLength(text))
    if (!check.ok) throw new Error(check.reason)
    const existing = await exchangeRepo.readExisting(check.file)
    const plan = planImport(check.file, existing, isBundled)
    expect(plan.conflicts).toEqual([])
    expect(plan.counts.ratings).toMatchObject({ added: 0, unchanged: first.ratings.length })
    await exchangeRepo.applyImport(resolveImport(plan, {}), existing)
    expect(await exchangeRepo.readBackup()).toEqual(first)
  })
})

describe('review file, erase, import', () => {
  it('gives back the identical review with its team and every row', async () => {
    await fillDevice()
    const first = await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)
    const file = reviewExchangeFile(first, DEMO_CURRENT_REVIEW_ID, {
      appVersion: 'test',
      now: later,
      purpose: 'export',
    })
    const text = serialiseExchangeFile(file)
    await exchangeRepo.eraseEverything()
    await importText(text)
    expect(await exchangeRepo.readReview(DEMO_CURRENT_REVIEW_ID)).toEqual(first)
    // A review file carries no settings, so the device's stay as they are.
    expect(await settingsRepo.get()).toEqual(defaultSettings)
  })
})
