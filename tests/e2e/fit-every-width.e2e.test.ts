import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, expectRanCleanly } from './browser'
import { useAppPage } from './use-browser-session'
import { loadDemoTeam } from './review-steps'

const app = useAppPage()

// The devices reviewers carry: a phone, a tablet in portrait and landscape, a laptop.
const widths = [390, 768, 1024, 1366] as const

const team = 'demo-northgate-community-recovery'
const current = 'demo-northgate-review-current'
const final = 'demo-northgate-review-spring'
const item = 'caseload-size'

/** Every route of the demo, with the heading that says it has drawn its main content. */
const routes: [string, RegExp][] = [
  ['', /Teams|Your teams/],
  ['teams/new', /New team|Add a team/],
  [`teams/${team}`, /Northgate/],
  [`teams/${team}/edit`, /Edit/],
  [`teams/${team}/history`, /history/i],
  [`teams/${team}/reviews/new`, /review/i],
  [`reviews/${current}`, /./],
  [`reviews/${current}/edit`, /./],
  [`reviews/${current}/plan`, /plan/i],
  [`reviews/${current}/sessions/${current}-session-1`, /./],
  [`reviews/${current}/items/${item}`, /Caseload size/],
  [`reviews/${current}/records`, /record/i],
  [`reviews/${current}/coverage`, /./],
  [`reviews/${current}/rate/${item}`, /./],
  [`reviews/${current}/consensus`, /./],
  [`reviews/${final}`, /./],
  [`reviews/${final}/results`, /./],
  [`reviews/${final}/action-plan`, /Action plan/],
  [`reviews/${final}/report`, /Report/],
  ['scales', /Scales|scale/i],
  [`scales/ips-uk/1.0.0/${item}`, /Caseload size/],
  ['settings', /Settings/],
  ['import', /Import/],
  ['training', /Training/],
  ['training/class', /./],
  [`training/cases/riverside-early-intervention/present/${item}`, /Caseload size/],
]

/** What pokes out past the viewport, for a message that says where to look. */
function overflowAt(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    if (document.documentElement.scrollWidth <= width) return null
    // Inside a frame that scrolls or clips, an element's box may reach past the page without widening it.
    const clipped = (el: HTMLElement) => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== 'visible') return true
      }
      return false
    }
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${Math.round(el.getBoundingClientRect().right)}px`,
      )
    return { scrollWidth: document.documentElement.scrollWidth, width, culprits }
  })
}

/** Controls smaller than 44 px a finger would have to hit: on a tablet or phone, each is a miss waiting. */
function smallTouchTargets(page: Page) {
  return page.evaluate(() => {
    const visible = (el: HTMLElement) => {
      const box = el.getBoundingClientRect()
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    // A checkbox or radio button is hit through its label too, so the target is the larger of the two.
    const target = (el: HTMLElement) => {
      const own = el.getBoundingClientRect()
      const label = el instanceof HTMLInputElement ? (el.labels?.[0] ?? null) : null
      const beside = label && visible(label) ? label.getBoundingClientRect() : own
      return { height: Math.max(own.height, beside.height), width: Math.max(own.width, beside.width) }
    }
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${(
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent) ??
        ''
      )
        .trim()
        .slice(0, 40)}"`
    return [
      ...document.querySelectorAll<HTMLElement>(
        'button, a.button, select, input:not([type="hidden"]):not([type="file"]), summary',
      ),
    ]
      .filter(visible)
      .filter((el) => {
        const { height, width } = target(el)
        return height < 43.5 || width < 43.5
      })
      .map((el) => {
        const { height, width } = target(el)
        return `${name(el)} ${Math.round(width)}×${Math.round(height)}`
      })
  })
}

describe('every screen fits the devices reviewers carry', () => {
  it('has the demo to visit', async () => {
    await loadDemoTeam(app.page)
  })

  for (const width of widths) {
    it(`fits ${width} px wide with no page scrolling sideways, passes axe, and (up to 1024 px) has 44 px touch targets`, async () => {
      const { page, session } = app
      await page.setViewportSize({ width, height: width < 500 ? 844 : 900 })
      const problems: string[] = []
      for (const [path, heading] of routes) {
        await page.goto(`${session.base}${path}`)
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
        // Let the route's live queries land before measuring.
        await page.waitForLoadState('networkidle')
        const overflow = await overflowAt(page)
        if (overflow) {
          problems.push(`/${path}: ${overflow.scrollWidth}px in ${overflow.width}px (${overflow.culprits.join('; ')})`)
        }
        for (const violation of await axeViolations(page)) problems.push(`/${path}: ${violation}`)
        if (width <= 1024) {
          const small = await smallTouchTargets(page)
          if (small.length > 0) problems.push(`/${path}: touch targets under 44 px: ${small.join('; ')}`)
        }
      }
      expect(problems).toEqual([])
    }, 240_000)
  }

  it('ran without page errors and sent no request off 127.0.0.1', () => {
    expectRanCleanly(app.session, app.pageErrors)
  })
})
