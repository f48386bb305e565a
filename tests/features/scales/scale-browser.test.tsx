import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ScaleItemRoute } from '../../../src/routes/scale-item'
import { routePatterns } from '../../../src/app/paths'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())

function openItem(itemId: string) {
  const { router } = renderRoute(
    [{ path: routePatterns.scaleItem, element: <ScaleItemRoute /> }],
    `/scales/ips-uk/1.0.0/${itemId}`,
  )
  return router
}

describe('scale browser', () => {
  it('shows the criterion, five anchors, sources, calculator and provenance of an item', async () => {
    openItem('caseload-size')
    expect(await screen.findByRole('heading', { level: 1, name: '1. Caseload size' })).toBeInTheDocument()
    const anchors = within(screen.getByRole('list', { name: 'Anchors for item 1' })).getAllByRole('listitem')
    expect(anchors).toHaveLength(5)
    expect(anchors[4]).toHaveTextContent('20 or fewer')
    expect(screen.getByText('Anchors verified against the published source')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'How the calculator suggests an anchor' })).toBeInTheDocument()
    expect(screen.getByText(/Rule chosen where the published scale is open/)).toBeInTheDocument()
  })

  it('marks recalled items as unverified', async () => {
    openItem('rapid-job-search')
    expect(await screen.findByText(/recalled, not checked against the published text: unverified/)).toBeInTheDocument()
  })

  it('moves to the next and previous item with the arrow keys, but not while typing', async () => {
    const router = openItem('caseload-size')
    await screen.findByRole('heading', { level: 1, name: '1. Caseload size' })
    await userEvent.keyboard('{ArrowRight}')
    expect(await screen.findByRole('heading', { level: 1, name: /^2\. / })).toBeInTheDocument()
    await userEvent.click(screen.getByLabelText('Search items'))
    await userEvent.keyboard('{ArrowRight}')
    expect(router.state.location.pathname).toBe('/scales/ips-uk/1.0.0/employment-services-staff')
    await userEvent.click(screen.getByRole('heading', { level: 1 }))
    await userEvent.keyboard('{ArrowLeft}')
    expect(await screen.findByRole('heading', { level: 1, name: '1. Caseload size' })).toBeInTheDocument()
  })

  it('searches by word and jumps by number, explaining a wrong number', async () => {
    const router = openItem('caseload-size')
    await screen.findByRole('heading', { level: 1, name: '1. Caseload size' })
    await userEvent.type(screen.getByLabelText('Search items'), 'disclosure')
    const results = screen.getByRole('region', { name: 'Search results' })
    expect(within(results).getAllByRole('link')[0]).toHaveTextContent('Disclosure')

    await userEvent.type(screen.getByLabelText('Go to item number'), '30{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('Enter an item number from 1 to 25.')
    await userEvent.clear(screen.getByLabelText('Go to item number'))
    await userEvent.type(screen.getByLabelText('Go to item number'), '15{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: /^15\. / })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/scales/ips-uk/1.0.0/rapid-job-search')
  })

  it('shows not found for an unknown item or version', async () => {
    openItem('no-such-item')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  })
})
