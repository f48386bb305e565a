import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RouteErrorPage } from '../../src/app/route-error-page'
import { NotFoundRoute } from '../../src/routes/not-found'
import { HomeRoute } from '../../src/routes/home'
import { renderRoute } from '../render-route'

function Broken(): never {
  throw new Error('The review could not be read')
}

describe('error and not-found pages', () => {
  it('shows a readable message and a way back when a screen throws', async () => {
    // React reports the caught error through console.error; here that is expected, not a defect.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderRoute(
      [
        { path: '/', element: <HomeRoute /> },
        { path: '/broken', element: <Broken />, errorElement: <RouteErrorPage /> },
      ],
      '/broken',
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument()
    expect(screen.getByText(/The review could not be read/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your teams' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('Something went wrong - IPS Fidelity Review')
    consoleError.mockRestore()
  })

  it('names the missing address on the not-found page', async () => {
    renderRoute([{ path: '*', element: <NotFoundRoute /> }], '/nowhere')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
    expect(screen.getByText('/nowhere')).toBeInTheDocument()
    expect(document.title).toBe('Page not found - IPS Fidelity Review')
  })
})
