import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { useHeightThatNeverShrinks } from '../../src/ui/use-height-that-never-shrinks'

/** jsdom lays nothing out: each box's size is set by the test, and the observer is called by hand. */
const size = { width: 300, height: 0 }
let notify: () => void = () => {}

class FakeResizeObserver {
  constructor(callback: () => void) {
    notify = callback
  }
  observe() {}
  disconnect() {}
}

function Box({ lines }: { lines: string[] }) {
  const ref = useHeightThatNeverShrinks<HTMLDivElement>()
  return (
    <div ref={ref} data-testid="box">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  )
}

function resize(width: number, height: number) {
  size.width = width
  size.height = height
  notify()
}

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(
    () => ({ width: size.width, height: size.height }) as DOMRect,
  )
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('useHeightThatNeverShrinks', () => {
  it('keeps the tallest height the box has had, so a shorter list after a save leaves the page as it was', () => {
    const { rerender } = render(<Box lines={['Item 1 is not rated yet.', 'Item 2 has a score but no rationale.']} />)
    const box = screen.getByTestId('box')
    resize(300, 48)
    expect(box.style.minHeight).toBe('48px')
    rerender(<Box lines={['Item 1 is not rated yet.']} />)
    resize(300, 24)
    expect(box.style.minHeight).toBe('48px')
    resize(300, 72)
    expect(box.style.minHeight).toBe('72px')
  })

  it('measures afresh when the width changes, which is a resized window and not a save', () => {
    render(<Box lines={['Item 1 is not rated yet.']} />)
    const box = screen.getByTestId('box')
    resize(300, 72)
    resize(600, 24)
    expect(box.style.minHeight).toBe('24px')
  })
})
