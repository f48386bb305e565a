import { useCallback, useRef } from 'react'

/**
 * A ref for a box whose text gets shorter as work is saved (a list of what is still missing): the box keeps the
 * tallest height it has had, so a save that shortens it never pulls the controls below it, or the end of the
 * page, up under the pointer between mouse-down and mouse-up. A change of width (a resized window, not a save)
 * starts the measure afresh. Without ResizeObserver (jsdom) it does nothing.
 */
export function useHeightThatNeverShrinks<T extends HTMLElement>(): (element: T | null) => void {
  const observer = useRef<ResizeObserver | null>(null)
  return useCallback((element: T | null) => {
    observer.current?.disconnect()
    observer.current = null
    if (!element || typeof ResizeObserver !== 'function') return
    let tallest = 0
    let width = -1
    observer.current = new ResizeObserver(() => {
      const box = element.getBoundingClientRect()
      if (box.width !== width) {
        width = box.width
        tallest = 0
        element.style.minHeight = ''
      }
      const height = element.getBoundingClientRect().height
      if (height > tallest) {
        tallest = height
        element.style.minHeight = `${tallest}px`
      }
    })
    observer.current.observe(element)
  }, [])
}
