import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StorageError } from '../../src/storage/storage-error'
import { useStorageAction } from '../../src/storage/use-storage-action'

// Every state update the hook makes, so a test can see that none comes after the screen has gone.
const stateUpdates = vi.hoisted(() => ({ count: 0 }))
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>()
  return {
    ...react,
    useState: <S,>(initial: S | (() => S)) => {
      const [state, setState] = react.useState(initial)
      const counted = (value: S | ((previous: S) => S)) => {
        stateUpdates.count += 1
        setState(value)
      }
      return [state, counted] as const
    },
  }
})

/** A promise the test settles by hand, to look at the hook while the action is still running. */
function deferred() {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

const full = new StorageError('quota-exceeded')

describe('useStorageAction', () => {
  it('runs the action, busy while it runs, and resolves true when it succeeds', async () => {
    const { result } = renderHook(() => useStorageAction('The entry was not added'))
    const write = deferred()
    const action = vi.fn(() => write.promise)
    expect(result.current.busy).toBe(false)

    let done!: Promise<boolean>
    act(() => {
      done = result.current.run(action)
    })
    expect(action).toHaveBeenCalledOnce()
    expect(result.current.busy).toBe(true)

    await act(async () => {
      write.resolve()
      await done
    })
    await expect(done).resolves.toBe(true)
    expect(result.current.busy).toBe(false)
    expect(result.current.failure).toBeNull()
  })

  it('shows a rejection as its words and the described reason, and resolves false', async () => {
    const { result } = renderHook(() => useStorageAction('The entry was not added'))
    let succeeded: boolean | undefined
    await act(async () => {
      succeeded = await result.current.run(() => Promise.reject(full))
    })
    expect(succeeded).toBe(false)
    expect(result.current.busy).toBe(false)
    expect(result.current.failure).toBe(`The entry was not added: ${full.message}`)
  })

  it('words a failure by a function, per run, or with the reason alone', async () => {
    const { result } = renderHook(() => useStorageAction((reason) => `Not saved - ${reason}`))
    await act(() => result.current.run(() => Promise.reject(full)))
    expect(result.current.failure).toBe(`Not saved - ${full.message}`)
    await act(() => result.current.run(() => Promise.reject(full), 'The source was not changed'))
    expect(result.current.failure).toBe(`The source was not changed: ${full.message}`)

    const plain = renderHook(() => useStorageAction())
    await act(() => plain.result.current.run(() => Promise.reject(new Error('disk on fire'))))
    expect(plain.result.current.failure).toBe(new StorageError('unknown').message)
  })

  it('clears the failure when the next run starts, and it stays clear when that run succeeds', async () => {
    const { result } = renderHook(() => useStorageAction('Not deleted'))
    await act(() => result.current.run(() => Promise.reject(full)))
    expect(result.current.failure).not.toBeNull()

    const write = deferred()
    let done!: Promise<boolean>
    act(() => {
      done = result.current.run(() => write.promise)
    })
    expect(result.current.failure).toBeNull()
    await act(async () => {
      write.resolve()
      await done
    })
    expect(result.current.failure).toBeNull()
  })

  it('stays busy until the last of two overlapping runs settles', async () => {
    const { result } = renderHook(() => useStorageAction())
    const first = deferred()
    const second = deferred()
    let runs!: Promise<boolean>[]
    act(() => {
      runs = [result.current.run(() => first.promise)]
    })
    act(() => {
      runs.push(result.current.run(() => second.promise))
    })
    await act(async () => {
      first.resolve()
      await runs[0]
    })
    expect(result.current.busy).toBe(true)
    await act(async () => {
      second.reject(full)
      await runs[1]
    })
    expect(result.current.busy).toBe(false)
    expect(result.current.failure).toBe(full.message)
  })

  it('stays busy after a success that leaves the screen, and not after a failure', async () => {
    const { result } = renderHook(() => useStorageAction(undefined, { leavesScreen: true }))
    await act(() => result.current.run(() => Promise.reject(full)))
    expect(result.current.busy).toBe(false)
    await act(() => result.current.run(() => Promise.resolve()))
    expect(result.current.busy).toBe(true)
  })

  it('lets the screen set or clear a failure of its own', () => {
    const { result } = renderHook(() => useStorageAction())
    act(() => result.current.setFailure('Rate every item first: 2 of 25 still to rate.'))
    expect(result.current.failure).toBe('Rate every item first: 2 of 25 still to rate.')
    act(() => result.current.setFailure(null))
    expect(result.current.failure).toBeNull()
  })

  it('sets nothing once the screen has gone, whether the action succeeds or fails', async () => {
    for (const settle of ['resolve', 'reject'] as const) {
      const { result, unmount } = renderHook(() => useStorageAction('Not saved'))
      const write = deferred()
      let done!: Promise<boolean>
      act(() => {
        done = result.current.run(() => write.promise)
      })
      expect(result.current.busy).toBe(true)
      unmount()
      stateUpdates.count = 0
      if (settle === 'resolve') write.resolve()
      else write.reject(full)
      await expect(done).resolves.toBe(settle === 'resolve')
      expect(stateUpdates.count).toBe(0)
    }
  })
})
