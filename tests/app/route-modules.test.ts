import { describe, expect, it } from 'vitest'
import { loadRoute, startLoadingRouteAt } from '../../src/app/route-modules'
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
})
