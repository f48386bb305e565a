import { describe, expect, it } from 'vitest'
import { ARTIFACTS, expectRanCleanly, waitForServiceWorker } from './browser'
import { useBrowserSession } from './use-browser-session'
import { loadDemoTeam } from './review-steps'

const session = useBrowserSession()

describe('offline after one online visit', () => {
  it('opens, reloads and follows deep links from the service worker with no network', async () => {
    const context = await session().newContext()
    const page = await context.newPage()
    await page.goto(session().base)
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
    await waitForServiceWorker(page)
    await page.getByRole('status').filter({ hasText: 'Ready to work offline' }).waitFor()
    await loadDemoTeam(page)
    const teamUrl = page.url()

    await context.setOffline(true)
    try {
      const reload = await page.reload()
      expect(reload?.fromServiceWorker()).toBe(true)
      await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()

      for (const [path, heading] of [
        ['settings', 'Settings'],
        ['scales', 'Scales'],
        ['', 'Teams'],
      ] as const) {
        const response = await page.goto(session().base + path)
        expect(response?.fromServiceWorker(), `/${path} from the service worker`).toBe(true)
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      }
      const deepLink = await page.goto(teamUrl)
      expect(deepLink?.fromServiceWorker()).toBe(true)
      await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()
      await page.screenshot({ path: `${ARTIFACTS}/offline-team.png`, fullPage: true })
    } finally {
      await context.setOffline(false)
    }
  })

  it('sent no request off 127.0.0.1', () => {
    expectRanCleanly(session())
  })
})
