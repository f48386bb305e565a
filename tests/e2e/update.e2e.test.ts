import { describe, expect, it } from 'vitest'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { waitForServiceWorker } from './browser'
import { useBrowserSession } from './use-browser-session'

// A copy of the build, so the test can publish a "new version" by changing its service worker.
const outDir = mkdtempSync(join(tmpdir(), 'ips-update-'))
const session = useBrowserSession({
  outDir,
  before: () => cpSync('dist', outDir, { recursive: true }),
  after: () => rmSync(outDir, { recursive: true, force: true }),
})

describe('a new version of the app', () => {
  it('is announced, never reloads the page by itself, and applies when the user chooses', async () => {
    const page = await session().newPage()
    await page.goto(session().base)
    await waitForServiceWorker(page)
    await page.getByRole('button', { name: 'Dismiss' }).click()
    await page.evaluate(() => sessionStorage.setItem('same-page', 'yes'))
    // Something the user is in the middle of: the page must not reload under them.
    await page.evaluate(() => {
      const note = document.createElement('textarea')
      note.id = 'unsaved-note'
      note.setAttribute('aria-label', 'Scratch note')
      document.querySelector('main')?.append(note)
    })
    await page.getByLabel('Scratch note').fill('Half-typed note')

    appendFileSync(join(outDir, 'sw.js'), '\n// a new version\n')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())

    const banner = page.getByRole('status').filter({ hasText: 'A new version is available - reload' })
    await banner.waitFor()
    await page.waitForTimeout(1500)
    expect(await page.getByLabel('Scratch note').inputValue()).toBe('Half-typed note')

    await Promise.all([page.waitForEvent('framenavigated'), banner.getByRole('button', { name: 'Reload now' }).click()])
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
    expect(await page.getByLabel('Scratch note').count()).toBe(0)
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)
    expect(waiting).toBeNull()
  })
})
