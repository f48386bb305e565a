import { useEffect, useLayoutEffect, useRef } from 'react'
import { isTyping } from './is-typing'

type Handlers = { onPrevious?: () => void; onNext?: () => void }

/**
 * Left and right arrow keys step to the previous and next thing (item, page) - but never while the
 * user is typing in a field or holding a modifier, so text editing keeps its own arrow keys.
 */
export function useArrowKeys(handlers: Handlers): void {
  // The listener reads the latest handlers, updated before paint: a key pressed the moment the next
  // item appears must already step from that item, not from the one before.
  const latest = useRef<Handlers>(handlers)
  useLayoutEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
      if (isTyping(event.target)) return
      const { onPrevious, onNext } = latest.current
      const handler = event.key === 'ArrowLeft' ? onPrevious : event.key === 'ArrowRight' ? onNext : undefined
      if (!handler) return
      event.preventDefault()
      handler()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
