import { registerSW } from 'virtual:pwa-register'
import { serviceWorkerStatus } from './service-worker-status'

/**
 * Registers the precaching service worker. An update never reloads the page by itself:
 * the user is told and chooses when (they may be halfway through a note).
 */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return
  // Registering (and precaching) competes with the first paint for the main thread and the network:
  // wait until the page has loaded, as the service worker guidance recommends.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}

function register(): void {
  const updateServiceWorker = registerSW({
    immediate: true,
    onOfflineReady: () => serviceWorkerStatus.set({ kind: 'offline-ready' }),
    onNeedRefresh: () => serviceWorkerStatus.set({ kind: 'update-waiting', apply: applyUpdate }),
    onRegisterError: (error: unknown) =>
      serviceWorkerStatus.set({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  })

  // workbox-window reloads only for an update it found itself; one the browser found while this tab stayed
  // open would take control without a reload and leave old code running. Reload on the switch, every time.
  function applyUpdate(): Promise<void> {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true })
    return updateServiceWorker(true)
  }
}
