import { describe, expect, it } from 'vitest'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { loadDemoTeam } from './review-steps'

const app = useAppPage({ offline: false })

describe('app shell in the built app', () => {
  it('shows the empty home page with what to do first, and no accessibility violations', async () => {
    const { session, page } = app
    await page.goto(session.base)
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
    expect(await page.title()).toBe('Teams - IPS Fidelity Review')
    await page.getByRole('heading', { name: 'No teams on this device yet' }).waitFor()
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const label of ['Teams', 'Scales', 'Settings']) {
      expect(await nav.getByRole('link', { name: label }).isVisible()).toBe(true)
    }
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/home-empty.png`, fullPage: true })
  })

  it('offers a skip link that moves focus to the main content', async () => {
    const { session, page } = app
    await page.goto(session.base)
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to main content' })
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('loads the demo team and shows it on the home page', async () => {
    const { session, page } = app
    await page.goto(session.base)
    await loadDemoTeam(page)
    expect(await page.title()).toBe('Northgate Community Recovery Team - IPS Fidelity Review')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/demo-team.png`, fullPage: true })

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teams' }).click()
    await page.getByRole('link', { name: 'Northgate Community Recovery Team' }).waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/home-with-demo.png`, fullPage: true })
  })

  it('gives the demo team a review in progress with evidence and a calculator suggestion', async () => {
    const { session, page } = app
    await page.goto(session.base)
    await page.getByRole('link', { name: 'Northgate Community Recovery Team' }).click()
    const reviews = page.getByRole('list', { name: 'Reviews, newest first' })
    await reviews.getByText('Collecting evidence').waitFor()
    await reviews
      .getByRole('link', { name: /^Independent fidelity review/ })
      .first()
      .click()
    await page.getByRole('link', { name: 'Open evidence workspace' }).click()
    await page.getByRole('heading', { level: 1, name: /^1\. Caseload size/ }).waitFor()
    // Two notes entered on the item, and one from the team leader interview tagged to it and item 2.
    await page.getByRole('article').nth(2).waitFor()
    expect(await page.getByRole('article').count()).toBe(3)
    await page.getByText(/Session note, Interview, Team leader/).waitFor()
    await page.locator('.suggestion').getByText('Suggested anchor: 4').waitFor()
    await page.screenshot({ path: `${ARTIFACTS}/demo-workspace.png`, fullPage: true })
  })

  it('fits a 360 px wide screen without sideways scrolling', async () => {
    const { session, page } = app
    await page.setViewportSize({ width: 360, height: 740 })
    try {
      for (const path of ['', 'settings', 'no-such-page']) {
        await page.goto(session.base + path)
        await page.getByRole('heading', { level: 1 }).waitFor()
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, `horizontal overflow on /${path}`).toBeLessThanOrEqual(0)
      }
      await page.goto(session.base)
      await page.getByRole('link', { name: 'Northgate Community Recovery Team' }).click()
      await page.getByRole('heading', { level: 1, name: 'Northgate Community Recovery Team' }).waitFor()
      await page.screenshot({ path: `${ARTIFACTS}/demo-team-360.png`, fullPage: true })
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 })
    }
  })

  it('shows a not-found page with a way back for an unknown address', async () => {
    const { session, page } = app
    await page.goto(session.base + 'teams/does-not-exist')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    await page.goto(session.base + 'no/such/page')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    expect(await page.title()).toBe('Page not found - IPS Fidelity Review')
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Back to your teams' }).click()
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor()
  })

  it('is installable: a manifest with name, theme colour, and 192/512 PNG and SVG icons that load', async () => {
    const { session, page } = app
    await page.goto(session.base)
    const href = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(href).toBeTruthy()
    const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!)
    expect(manifest).toMatchObject({ name: 'IPS Fidelity Review', display: 'standalone', theme_color: '#1d4f73' })
    const icons = manifest.icons as { src: string; sizes: string; type: string }[]
    expect(icons.map((icon) => `${icon.sizes} ${icon.type}`)).toEqual(
      expect.arrayContaining(['192x192 image/png', '512x512 image/png', 'any image/svg+xml']),
    )
    for (const icon of icons) {
      const status = await page.evaluate(async (src) => (await fetch(src)).status, new URL(icon.src, session.base).href)
      expect(status, icon.src).toBe(200)
    }
  })

  it('has a Content-Security-Policy that allows only its own origin, and no inline script', async () => {
    const { session, page } = app
    await page.goto(session.base)
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    const inlineScripts = await page.locator('script:not([src])').count()
    expect(inlineScripts).toBe(0)
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expect(app.session.requests.length).toBeGreaterThan(0)
    expectRanCleanly(app.session, app.pageErrors)
  })
})
