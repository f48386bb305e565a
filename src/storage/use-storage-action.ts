import { useEffect, useRef, useState } from 'react'
import { describeStorageError } from './storage-error'

/**
 * How a failure reads on screen: words put before the reason ("The entry was not added: <reason>"),
 * or a function of the reason for any other wording.
 */
export type FailureWords = string | ((reason: string) => string)

export type StorageActionOptions = {
  /**
   * The action leaves the screen when it succeeds (it navigates away), so `busy` stays on until the
   * screen goes and a second click cannot start it twice.
   */
  leavesScreen?: boolean
}

function phrase(words: FailureWords | undefined, reason: string): string {
  if (words === undefined) return reason
  return typeof words === 'string' ? `${words}: ${reason}` : words(reason)
}

/**
 * The one way a screen runs a write: `run(action)` clears the last failure, is `busy` until the
 * action settles, and a rejection becomes `failure`, the reason in words for the screen to show.
 * A failed write is never swallowed; `run` resolves to whether the action succeeded.
 */
export function useStorageAction(words?: FailureWords, { leavesScreen = false }: StorageActionOptions = {}) {
  const [running, setRunning] = useState(0)
  const [failure, setFailure] = useState<string | null>(null)
  // A write may finish after its screen has gone (e.g. it navigated away): nothing is set then.
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  /** Runs `action`; `runWords` words its failure when one hook serves several actions. */
  async function run(action: () => Promise<unknown>, runWords: FailureWords | undefined = words): Promise<boolean> {
    setFailure(null)
    setRunning((count) => count + 1)
    let succeeded = false
    try {
      await action()
      succeeded = true
    } catch (error) {
      if (mounted.current) setFailure(phrase(runWords, describeStorageError(error)))
    }
    if (mounted.current && !(succeeded && leavesScreen)) setRunning((count) => count - 1)
    return succeeded
  }

  return { run, busy: running > 0, failure, setFailure }
}
