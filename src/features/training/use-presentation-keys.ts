import { useEffect, useLayoutEffect, useRef } from 'react'
import { isTyping } from '../../ui/is-typing'

type Handlers = {
  onPrevious?: () => void
  onNext?: () => void
  onLeave: () => void
  onToggleReference: () => void
}

/**
 * A presenter's keys: arrows and Page Up/Down (what a presentation clicker sends) step between items,
 * R shows or hides the reference, Escape leaves. Keys with a modifier are left to the browser.
 */
export function usePresentationKeys(handlers: Handlers): void {
  const latest = useRef(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (isTyping(event.target)) return
      const { onPrevious, onNext, onLeave, onToggleReference } = latest.current
      const actions: Record<string, (() => void) | undefined> = {
        ArrowLeft: onPrevious,
        PageUp: onPrevious,
        ArrowRight: onNext,
        PageDown: onNext,
        Escape: onLeave,
        r: onToggleReference,
        R: onToggleReference,
      }
      const action = actions[event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
