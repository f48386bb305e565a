import { afterEach } from 'vitest'

/**
 * Gives jsdom (which has no layout) a window `width` pixels wide for `min-width`/`max-width` media queries,
 * and lets a test resize it; removed after each test.
 */
export function useWindowWidth() {
  const listeners = new Set<() => void>()
  let width = 1366
  const matches = (query: string) => {
    const min = /min-width:\s*(\d+)px/.exec(query)
    const max = /max-width:\s*(\d+)px/.exec(query)
    return (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]))
  }
  afterEach(() => {
    Reflect.deleteProperty(window, 'matchMedia')
    listeners.clear()
  })
  return function setWidth(px: number) {
    width = px
    window.matchMedia = (query: string) =>
      ({
        media: query,
        get matches() {
          return matches(query)
        },
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList
    for (const listener of listeners) listener()
  }
}
