import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Two cores run many test files at once: give async queries room before calling a slow render a failure.
configure({ asyncUtilTimeout: 5000 })

// An unexpected console.error is a defect (a React warning, a swallowed failure): fail the test.
let consoleErrorSpy: ReturnType<typeof vi.spyOn> | undefined
beforeEach(() => {
  consoleErrorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})
afterEach(() => {
  cleanup()
  consoleErrorSpy?.mockRestore()
})
