import { useCallback, useEffect, type RefObject } from 'react'
import { useNavigate } from 'react-router'
import { paths } from '../../app/paths'
import { isTyping } from '../../ui/is-typing'
import { useArrowKeys } from '../../ui/use-arrow-keys'

interface ItemShortcuts {
  reviewId: string
  previousItemId: string | undefined
  nextItemId: string | undefined
  /** The first field of "Add evidence", focused by N. */
  addEvidence: RefObject<HTMLSelectElement | null>
}

/** Keys that work when the reviewer is not typing: arrows to the previous or next item, N to add evidence. */
export function useItemShortcuts({ reviewId, previousItemId, nextItemId, addEvidence }: ItemShortcuts) {
  const navigate = useNavigate()
  const go = useCallback((id: string) => void navigate(paths.reviewItem(reviewId, id)), [navigate, reviewId])
  useArrowKeys({
    onPrevious: previousItemId ? () => go(previousItemId) : undefined,
    onNext: nextItemId ? () => go(nextItemId) : undefined,
  })
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'n' || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      event.preventDefault()
      addEvidence.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [addEvidence])
}
