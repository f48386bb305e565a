import { describe, expect, it } from 'vitest'
import { loadRoute, loadRoutesOnIntent, routeLoadStarted, startLoadingRouteAt } from '../../src/app/route-modules'
import { SettingsRoute } from '../../src/routes/settings'

describe('route modules', () => {
  it('fetches a screen once: the early start and the router share one load', async () => {
    startLoadingRouteAt('/settings')
    const first = loadRoute('settings')
    expect(loadRoute('settings')).toBe(first)
    expect((await first).Component).toBe(SettingsRoute)
  })

  it('starts nothing for home, which is in the entry, and accepts an unknown address', () => {
    expect(() => startLoadingRouteAt('/')).not.toThrow()
    expect(() => startLoadingRouteAt('/no/such/screen')).not.toThrow()
  })

  it('fetches a screen when the pointer, a finger or the keyboard reaches a link to it, and only that screen', () => {
    loadRoutesOnIntent()
    document.body.innerHTML = '<p><a href="/scales"><span>Scales</span></a> <a href="/training">Training</a></p>'
    expect(routeLoadStarted('scales')).toBe(false)
    document.querySelector('span')!.dispatchEvent(new Event('pointerover', { bubbles: true }))
    expect(routeLoadStarted('scales')).toBe(true)
    expect(routeLoadStarted('training')).toBe(false)
    document.querySelector<HTMLAnchorElement>('a[href="/training"]')!.focus()
    expect(routeLoadStarted('training')).toBe(true)
    expect(routeLoadStarted('importData')).toBe(false)
  })
})
