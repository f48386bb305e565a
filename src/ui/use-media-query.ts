import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whether a CSS media query matches, following the window as it resizes or rotates. Where the browser
 * has no matchMedia (it always has; jsdom does not), `fallback` is used.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  const matches = () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback)
  return useSyncExternalStore(subscribe, matches, () => fallback)
}
