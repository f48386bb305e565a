import { useSyncExternalStore } from 'react'

export type ServiceWorkerStatus =
  | { kind: 'idle' }
  | { kind: 'offline-ready' }
  | { kind: 'update-waiting'; apply: () => Promise<void> }
  | { kind: 'error'; message: string }

let current: ServiceWorkerStatus = { kind: 'idle' }
const listeners = new Set<() => void>()

/** A tiny store so the registration (outside React) can tell the banner (inside React). */
export const serviceWorkerStatus = {
  get: () => current,
  set(next: ServiceWorkerStatus) {
    current = next
    listeners.forEach((notify) => notify())
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export function useServiceWorkerStatus(): ServiceWorkerStatus {
  return useSyncExternalStore(serviceWorkerStatus.subscribe, serviceWorkerStatus.get, serviceWorkerStatus.get)
}
