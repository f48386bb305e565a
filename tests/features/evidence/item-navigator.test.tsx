import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { useFreshDatabase } from '../../storage/fresh-database'
import { evidenceRoutes } from './helpers'
import { ukReview } from '../uk-review'
import { renderRoute } from '../../render-route'
import { useWindowWidth } from './window-width'

useFreshDatabase()
const setWidth = useWindowWidth()
afterEach(() => cleanup())

/** Whether `a` comes before `b` in the page's reading order. */
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

describe('the item navigator on a tablet in portrait', () => {
  it('sits folded above the work, so another item is one tap away without scrolling past the notes', async () => {
    setWidth(768)
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    const nav = await screen.findByRole('navigation', { name: 'Items of this review' })
    const fold = within(nav).getByText('All 25 items and how far each has got')
    const details = fold.closest('details')!
    expect(details.open).toBe(false)
    expect(before(nav, screen.getByRole('heading', { level: 1 }))).toBe(true)

    await userEvent.click(fold)
    expect(details.open).toBe(true)
    expect(within(nav).getByRole('link', { name: /25\. / })).toBeVisible()
  })

  it('lists every item unfolded beside the work from 960 px up', async () => {
    setWidth(1366)
    const review = await ukReview()
    renderRoute(evidenceRoutes, paths.reviewItem(review.id, 'caseload-size'))
    const nav = await screen.findByRole('navigation', { name: 'Items of this review' })
    expect(within(nav).queryByText(/All 25 items/)).toBeNull()
    expect(within(nav).getAllByRole('link')).toHaveLength(25)
  })
})
