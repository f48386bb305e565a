import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ServiceWorkerBanner } from '../../src/app/service-worker-banner'
import { serviceWorkerStatus } from '../../src/app/service-worker-status'

afterEach(() => act(() => serviceWorkerStatus.set({ kind: 'idle' })))

describe('service worker banner', () => {
  it('shows nothing until the service worker reports', () => {
    render(<ServiceWorkerBanner />)
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says once that the app is ready to work offline, and can be dismissed', async () => {
    render(<ServiceWorkerBanner />)
    act(() => serviceWorkerStatus.set({ kind: 'offline-ready' }))
    expect(screen.getByRole('status')).toHaveTextContent('Ready to work offline')
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('announces a waiting update and reloads only when the user asks', async () => {
    const apply = vi.fn(() => Promise.resolve())
    render(<ServiceWorkerBanner />)
    act(() => serviceWorkerStatus.set({ kind: 'update-waiting', apply }))
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available - reload')
    expect(apply).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Reload now' }))
    expect(apply).toHaveBeenCalledTimes(1)
  })

  it('lets the user put the update off without reloading', async () => {
    const apply = vi.fn(() => Promise.resolve())
    render(<ServiceWorkerBanner />)
    act(() => serviceWorkerStatus.set({ kind: 'update-waiting', apply }))
    await userEvent.click(screen.getByRole('button', { name: 'Later' }))
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(apply).not.toHaveBeenCalled()
  })
})
