import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { ScorePicker } from '../../src/ui/score-picker'

const anchors = [5, 4, 3, 2, 1].map((score) => ({ score, text: `Anchor text ${score}` }))

function Harness({
  initial = null,
  pageShortcuts = true,
  readOnly = false,
}: {
  initial?: number | null
  pageShortcuts?: boolean
  readOnly?: boolean
}) {
  const [value, setValue] = useState<number | null>(initial)
  return (
    <>
      <label>
        Notes
        <input type="text" />
      </label>
      <ScorePicker
        legend="Your rating for item 1"
        anchors={anchors}
        value={value}
        onChange={setValue}
        suggested={4}
        pageShortcuts={pageShortcuts}
        readOnly={readOnly}
      />
      <p>Shown: {value ?? 'none'}</p>
    </>
  )
}

afterEach(() => cleanup())

describe('ScorePicker', () => {
  it('offers "Not yet rated" and the five anchors, 1 to 5, and marks the calculator’s suggestion', () => {
    render(<Harness />)
    const group = screen.getByRole('group', { name: 'Your rating for item 1' })
    expect(group).toBeInTheDocument()
    const radios = screen.getAllByRole('radio')
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(['not-rated', '1', '2', '3', '4', '5'])
    expect(screen.getByRole('radio', { name: 'Not yet rated' })).toBeChecked()
    expect(screen.getByRole('radio', { name: '4: Anchor text 4 (Suggested by the calculator)' })).not.toBeChecked()
    expect(screen.getAllByText(/Suggested by the calculator/)).toHaveLength(1)
  })

  it('picks a score with the keys 1-5 from anywhere on the page, but not while typing in a field', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.keyboard('3')
    expect(screen.getByRole('radio', { name: /Anchor text 3/ })).toBeChecked()
    expect(screen.getByText('Shown: 3')).toBeInTheDocument()
    await user.keyboard('5')
    expect(screen.getByText('Shown: 5')).toBeInTheDocument()

    await user.click(screen.getByRole('textbox', { name: 'Notes' }))
    await user.keyboard('2')
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('2')
    expect(screen.getByText('Shown: 5')).toBeInTheDocument()
  })

  it('ignores keys outside 1-5', async () => {
    const user = userEvent.setup()
    render(<Harness initial={2} />)
    await user.keyboard('7')
    expect(screen.getByText('Shown: 2')).toBeInTheDocument()
  })

  it('moves between the choices with the arrow keys, like any radio group', async () => {
    const user = userEvent.setup()
    render(<Harness initial={2} />)
    await user.click(screen.getByRole('radio', { name: /Anchor text 2/ }))
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: /Anchor text 3/ })).toBeChecked()
    expect(screen.getByRole('radio', { name: /Anchor text 3/ })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('radio', { name: /Anchor text 1/ })).toBeChecked()
    expect(screen.getByText('Shown: 1')).toBeInTheDocument()
  })

  it('with several pickers on a screen, the keys 1-5 only work inside the focused one', async () => {
    const user = userEvent.setup()
    render(<Harness pageShortcuts={false} initial={1} />)
    await user.keyboard('4')
    expect(screen.getByText('Shown: 1')).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /Anchor text 1/ }))
    await user.keyboard('4')
    expect(screen.getByText('Shown: 4')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /Anchor text 4/ })).toHaveFocus()
  })

  it('shows the score but cannot change it when read-only', async () => {
    const user = userEvent.setup()
    render(<Harness initial={3} readOnly />)
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled()
    await user.keyboard('5')
    expect(screen.getByText('Shown: 3')).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /Anchor text 3/ })).toBeChecked()
  })

  it('"Not yet rated" clears a score', async () => {
    const user = userEvent.setup()
    render(<Harness initial={3} />)
    await user.click(screen.getByRole('radio', { name: 'Not yet rated' }))
    expect(screen.getByText('Shown: none')).toBeInTheDocument()
  })
})
