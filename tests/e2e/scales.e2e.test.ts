import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ARTIFACTS, expectNoAxeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'

const uk = JSON.parse(readFileSync('scales/ips-uk/1.0.0.json', 'utf8')) as { items: { anchors: unknown[] }[] }
const app = useAppPage()

const heading = (name: string | RegExp) => app.page.getByRole('heading', { level: 1, name })

describe('scale browser, offline', () => {
  it('lists both built-in scales and opens an item with its anchors, provenance and calculator', async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scales' }).click()
    await heading('Scales').waitFor()
    const cards = page.getByRole('list', { name: 'Scale versions' }).getByRole('listitem')
    await cards.first().waitFor()
    expect(await cards.count()).toBe(2)
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'IPS Fidelity Scale (UK version)' }).click()
    await heading('1. Caseload size').waitFor()
    expect(await page.getByRole('list', { name: 'Anchors for item 1' }).getByRole('listitem').count()).toBe(5)
    await page.getByText('Anchors verified against the published source').waitFor()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/scale-item-1.png`, fullPage: true })
  })

  it('steps with the arrow keys, searches by word and jumps by number', async () => {
    const { page } = app
    await page.keyboard.press('ArrowRight')
    await heading(/^2\. /).waitFor()
    await page.keyboard.press('ArrowLeft')
    await heading('1. Caseload size').waitFor()

    await page.getByLabel('Search items').fill('disclosure')
    await page.getByRole('region', { name: 'Search results' }).getByRole('link').first().click()
    await heading(/^13\. Disclosure/).waitFor()

    await page.getByLabel('Go to item number').fill('15')
    await page.getByLabel('Go to item number').press('Enter')
    await heading(/^15\. /).waitFor()
    await page.getByText(/recalled, not checked against the published text: unverified/).waitFor()
  })

  it('offers large type for projection and prints without navigation', async () => {
    const { page } = app
    const toggle = page.getByRole('button', { name: 'Large type' })
    await toggle.click()
    await page.waitForFunction(() => document.querySelector('.scale-browser')?.classList.contains('large-type'))
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expectNoAxeViolations(page)
    await page.screenshot({ path: `${ARTIFACTS}/scale-item-large-type.png` })
    await page.emulateMedia({ media: 'print' })
    try {
      expect(await page.getByRole('navigation', { name: 'Items of this scale' }).isVisible()).toBe(false)
      expect(await heading(/^15\. /).isVisible()).toBe(true)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
    await toggle.click()
    await page.waitForFunction(() => !document.querySelector('.scale-browser')?.classList.contains('large-type'))
  })

  it('rejects a malformed scale file with its problems and stores nothing', async () => {
    const { session, page } = app
    await page.goto(session.base + 'settings')
    await heading('Settings').waitFor()
    const broken = structuredClone(uk)
    broken.items[0]!.anchors.pop()
    await page.getByLabel('Scale file (JSON)').setInputFiles({
      name: 'broken-scale.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...broken, version: '1.2.0' })),
    })
    const alert = page.getByRole('alert')
    await alert.filter({ hasText: 'broken-scale.json was not imported' }).waitFor()
    expect(await alert.textContent()).toContain('items.0.anchors')
    await expectNoAxeViolations(page)
    await page.goto(session.base + 'scales')
    const cards = page.getByRole('list', { name: 'Scale versions' }).getByRole('listitem')
    await cards.first().waitFor()
    expect(await cards.count()).toBe(2)
  })

  it('imports a valid scale, lists it as imported, and exports scales as JSON', async () => {
    const { session, page } = app
    await page.goto(session.base + 'settings')
    await page.getByLabel('Scale file (JSON)').setInputFiles({
      name: 'licensed.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...uk, version: '1.0.1', title: 'Licensed UK scale' })),
    })
    await page.getByText('Imported Licensed UK scale, version 1.0.1.').waitFor()
    await page.goto(session.base + 'scales')
    const imported = page.getByRole('listitem').filter({ hasText: 'Licensed UK scale' })
    await imported.getByText('imported on this device').waitFor()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      imported.getByRole('button', { name: 'Download Licensed UK scale, version 1.0.1 as JSON' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('ips-uk-1.0.1.json')
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'))
    expect(exported).toMatchObject({ id: 'ips-uk', version: '1.0.1', title: 'Licensed UK scale' })

    await imported.getByRole('link', { name: 'Licensed UK scale' }).click()
    await heading('1. Caseload size').waitFor()
  })

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
