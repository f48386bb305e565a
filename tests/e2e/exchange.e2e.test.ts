import { beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly, openOfflineApp } from './browser'
import {
  firstConsensusItem,
  loadDemoTeam,
  rateEverything,
  scoreA,
  scoreB,
  startConsensus,
  startTwoReviewerReview,
} from './review-steps'
import { useBrowserSession } from './use-browser-session'

// Two browser profiles are two reviewers' laptops; a third is a fresh device a backup is restored on.
const session = useBrowserSession()
let deviceA: { page: Page; pageErrors: string[] }
let deviceB: { page: Page; pageErrors: string[] }
let reviewId = ''
let restored: { page: Page; pageErrors: string[] }

beforeAll(async () => {
  deviceA = await openOfflineApp(session())
  deviceB = await openOfflineApp(session())
})

const PASSPHRASE = 'kettle lantern orchard'

/**
 * Clicks a button that downloads a file and keeps the file under artifacts/: protected with the passphrase
 * when one is given, else with "Protect with a passphrase" turned off (files with evidence have it on by default).
 */
async function download(page: Page, buttonName: string, saveAs: string, passphrase?: string): Promise<string> {
  const protect = page.getByRole('checkbox', { name: 'Protect with a passphrase' })
  await protect.setChecked(passphrase !== undefined)
  if (passphrase !== undefined) {
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase)
    await page.getByLabel('Passphrase again').fill(passphrase)
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ])
  const path = `${ARTIFACTS}/${saveAs}`
  await file.saveAs(path)
  return path
}

/** Chooses a file on the import screen and waits for the preview (or a refusal). */
async function chooseImportFile(page: Page, path: string) {
  await page.goto(`${session().base}import`)
  await page.getByLabel('Review or backup file (JSON)').setInputFiles(path)
}

async function importFile(page: Page, path: string) {
  await chooseImportFile(page, path)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('heading', { name: /^Imported / }).waitFor()
}

/** The text of the main area once it has stopped changing (live queries have answered). */
async function settledText(page: Page, url: string): Promise<string> {
  await page.goto(url)
  await page
    .locator('main h1')
    .first()
    .waitFor()
    .catch(async (error: Error) => {
      // Name the screen and what it showed instead, so a failure on a busy CI machine can be told from a bug.
      const shown = await page
        .locator('body')
        .innerText({ timeout: 1000 })
        .catch(() => '(unreadable)')
      throw new Error(
        `${url}: no heading in main. ${error.message.split('\n')[0]}. The page showed: ${shown.slice(0, 400)}`,
      )
    })
  let previous = ''
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(100)
    const text = await page.locator('main').innerText()
    if (text === previous && !text.includes('Loading')) return text
    previous = text
  }
  return previous
}

describe('two reviewers on two devices exchange one review, and a backup restores on a fresh device', () => {
  it('device A starts a review and sends it to the co-reviewer once Ana has rated', async () => {
    const { page } = deviceA
    await loadDemoTeam(page)
    reviewId = await startTwoReviewerReview(page, 'Ana Reviewer', 'Ben Reviewer')
    await rateEverything(page, session().base, reviewId, 'Ana Reviewer', scoreA)
    await page.goto(`${session().base}reviews/${reviewId}`)
    await download(page, 'Send to co-reviewer', 'exchange-from-ana.json')
    await expectNoAxeViolations(page)
  })

  it('a damaged file is refused on device B with a reason, and nothing is written', async () => {
    const { page } = deviceB
    const text = readFileSync(`${ARTIFACTS}/exchange-from-ana.json`, 'utf8')
    writeFileSync(`${ARTIFACTS}/exchange-truncated.json`, text.slice(0, Math.floor(text.length / 2)))
    await chooseImportFile(page, `${ARTIFACTS}/exchange-truncated.json`)
    await page
      .getByRole('alert')
      .filter({ hasText: /not complete JSON/ })
      .waitFor()
    const newer = JSON.parse(text) as { formatVersion: number }
    newer.formatVersion = 99
    writeFileSync(`${ARTIFACTS}/exchange-newer.json`, JSON.stringify(newer))
    await chooseImportFile(page, `${ARTIFACTS}/exchange-newer.json`)
    await page
      .getByRole('alert')
      .filter({ hasText: /newer version of the app/ })
      .waitFor()
    await expectNoAxeViolations(page)
    await page.goto(session().base)
    await page.getByRole('button', { name: 'Load demo team' }).waitFor()
  })

  it('device B imports the review, Ben rates his copy blind, and sends it back', async () => {
    const { page } = deviceB
    await chooseImportFile(page, `${ARTIFACTS}/exchange-from-ana.json`)
    await page.getByRole('heading', { name: /^Check before importing/ }).waitFor()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('link', { name: 'Open the review' }).click()
    await page.getByRole('heading', { level: 1, name: /Northgate Community Recovery Team/ }).waitFor()
    // Ana's ratings came along, but Ben's screen shows none of them until he has finished.
    await page.goto(`${session().base}reviews/${reviewId}/rate/caseload-size`)
    await page.getByRole('button', { name: 'I am Ben Reviewer' }).click()
    await page.getByLabel('Rationale').waitFor()
    expect(await page.getByText('Ana Reviewer: evidence for item').count()).toBe(0)
    await rateEverything(page, session().base, reviewId, 'Ben Reviewer', scoreB)
    await page.goto(`${session().base}reviews/${reviewId}`)
    // Ben protects his copy; the age format's chunk loads and runs under the app's content security policy.
    await download(page, 'Send to co-reviewer', 'exchange-from-ben.json.age', PASSPHRASE)
    expect(
      readFileSync(`${ARTIFACTS}/exchange-from-ben.json.age`, 'latin1').startsWith('age-encryption.org/v1\n'),
    ).toBe(true)
  })

  it('device A opens Ben’s protected copy with the passphrase: his ratings are added beside Ana’s and consensus can start', async () => {
    const { page } = deviceA
    await chooseImportFile(page, `${ARTIFACTS}/exchange-from-ben.json.age`)
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase')
    await page.getByRole('button', { name: 'Open the file' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: /That passphrase does not open this file/ })
      .waitFor()
    await expectNoAxeViolations(page)
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Open the file' }).click()
    await page.getByRole('button', { name: 'Import', exact: true }).waitFor()
    // Nothing was edited on both sides, so there is nothing to choose.
    expect(await page.getByRole('radio', { name: 'Keep mine' }).count()).toBe(0)
    await page.screenshot({ path: `${ARTIFACTS}/import-preview.png`, fullPage: true })
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('heading', { name: /^Imported / }).waitFor()

    await startConsensus(page, session().base, reviewId)
    // Item 6 is two points apart (Ana 5, Ben 3), so it leads the consensus list: both ratings are here.
    expect(await firstConsensusItem(page)).toBe('Agreed score for item 6')
    await page.getByText('Ana Reviewer: evidence for item 6 matches anchor 5.').waitFor()
    await page.getByText('Ben Reviewer: evidence for item 6 matches anchor 3.').waitFor()
  })

  it('a full backup from device A, restored on a fresh device, reproduces every screen', async () => {
    const { page } = deviceA
    await page.goto(`${session().base}settings`)
    const backupPath = await download(page, 'Download full backup', 'backup-device-a.json.gz')
    await page.getByText('Changes not in a backup').waitFor()
    // Saved gzip-compressed, under the name the app gave it, and unpacking to a backup file.
    await page.getByText(/^Backup downloaded as ips-fidelity-review-backup-\d{4}-\d{2}-\d{2}\.json\.gz\./).waitFor()
    const backup = JSON.parse(gunzipSync(readFileSync(backupPath)).toString('utf8')) as { kind: string }
    expect(backup.kind).toBe('backup')

    const fresh = await openOfflineApp(session())
    restored = fresh
    await importFile(fresh.page, backupPath)
    await expectNoAxeViolations(fresh.page)

    // Every screen of every review on device A, compared with the same screen on the fresh device.
    await page.goto(`${session().base}teams/demo-northgate-community-recovery`)
    await page.getByRole('list', { name: 'Reviews, newest first' }).waitFor()
    const reviewIds = await page
      .locator('main a[href^="/reviews/"]')
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.split('/')[2]!))])
    expect(reviewIds.length).toBeGreaterThanOrEqual(4)
    const urls = ['', 'teams/demo-northgate-community-recovery', 'teams/demo-northgate-community-recovery/history']
    for (const id of reviewIds) {
      for (const screen of [
        '',
        '/results',
        '/consensus',
        '/action-plan',
        '/coverage',
        '/records',
        '/items/caseload-size',
      ]) {
        urls.push(`reviews/${id}${screen}`)
      }
    }
    for (const url of urls) {
      // Both devices load the screen at once: they are separate profiles, so neither waits for the other.
      const [onA, onFresh] = await Promise.all([
        settledText(page, `${session().base}${url}`),
        settledText(fresh.page, `${session().base}${url}`),
      ])
      expect(onFresh, url).toBe(onA)
    }
    expect(fresh.pageErrors).toEqual([])
  }, 240_000)

  it('downloads the scores as a CSV file a spreadsheet opens: BOM, quoted fields, one row per scored review', async () => {
    const { page } = deviceA
    await page.goto(`${session().base}settings`)
    const csvPath = await download(page, 'Download scores as CSV', 'scores.csv')
    const csv = readFileSync(csvPath, 'utf8')
    expect(csv.startsWith('\uFEFF"Team","Organisation","Review type"')).toBe(true)
    const rows = csv.slice(1).trimEnd().split('\r\n')
    // The header and at least the demo's three final reviews; a review with no agreed score yet has no row.
    expect(rows.length).toBeGreaterThanOrEqual(4)
    expect(rows.slice(1).every((row) => row.startsWith('"Northgate Community Recovery Team",'))).toBe(true)
    expect(csv).toContain('"Exemplary fidelity"')
  })

  it('shows script payloads in an imported file as plain text and never runs them', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    const file = JSON.parse(readFileSync(`${ARTIFACTS}/exchange-from-ana.json`, 'utf8')) as {
      data: { teams: { name: string }[] }
    }
    file.data.teams[0]!.name = `Hostile ${payload}`
    writeFileSync(`${ARTIFACTS}/exchange-hostile.json`, JSON.stringify(file))
    const device = await openOfflineApp(session())
    const dialogs: string[] = []
    device.page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())))
    await importFile(device.page, `${ARTIFACTS}/exchange-hostile.json`)
    await device.page.getByRole('link', { name: 'Open the review' }).click()
    await device.page.getByRole('heading', { level: 1, name: /Hostile/ }).waitFor()
    expect(await device.page.getByRole('heading', { level: 1 }).innerText()).toContain(payload)
    expect(await device.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(dialogs).toEqual([])
    expect(device.pageErrors).toEqual([])
  })

  it('erases everything on the restored device only after the word is typed, and shows the empty device', async () => {
    const { page } = restored
    await page.goto(`${session().base}settings`)
    await page.getByRole('heading', { name: 'Back up and restore' }).waitFor()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Erase everything on this device…' }).click()
    const erase = page.getByRole('button', { name: 'Erase everything', exact: true })
    expect(await erase.isDisabled()).toBe(true)
    await page.getByLabel('Type ERASE to confirm').fill('ERASE')
    await erase.click()
    await page.getByText('Everything on this device has been erased.').waitFor()
    await page.goto(session().base)
    await page.getByRole('button', { name: 'Load demo team' }).waitFor()
    // Device A still has everything: erasing one device changes nothing elsewhere.
    await deviceA.page.goto(session().base)
    await deviceA.page.getByRole('link', { name: 'Northgate Community Recovery Team' }).waitFor()
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(session(), restored.pageErrors, deviceA.pageErrors, deviceB.pageErrors)
  })
})
