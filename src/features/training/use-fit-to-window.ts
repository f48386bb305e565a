import { useEffect, useLayoutEffect, useRef } from 'react'

const STEP = 0.05

/**
 * Shrinks a slide's type (the CSS variable --fit on the element) step by step until the page no
 * longer scrolls, down to `minimum`, so a long item still fits a projector's screen. Runs before
 * paint, so the audience never sees the overflowing version, and again when the window is resized
 * or `content` changes (another item, the reference shown).
 */
export function useFitToWindow<T extends HTMLElement>(content: unknown, minimum = 0.7) {
  const ref = useRef<T>(null)
  const fit = useRef<() => void>(() => {})
  useLayoutEffect(() => {
    fit.current = () => {
      const element = ref.current
      if (!element) return
      const page = document.documentElement
      let scale = 1
      element.style.setProperty('--fit', '1')
      while (scale - STEP >= minimum - 1e-9 && page.scrollHeight > window.innerHeight) {
        scale -= STEP
        element.style.setProperty('--fit', scale.toFixed(2))
      }
    }
    fit.current()
  }, [content, minimum])
  useEffect(() => {
    const onResize = () => fit.current()
    window.addEventListener('resize', onResize)
    return () => window.removeEventListener('resize', onResize)
  }, [])
  return ref
}
