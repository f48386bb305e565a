import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useAutosave, type DraftStore } from '../../src/ui/use-autosave'

type Draft = { value: string; base: string; at: string }

/** An in-memory journal that logs every call, so the order of journal and save can be checked. */
function memoryJournal(log: string[], initial: Draft | null = null): DraftStore & { draft: Draft | null } {
  const journal = {
    draft: initial,
    read: () => journal.draft,
    write(value: string, base: string) {
      log.push(`journal:${value}`)
      journal.draft = { value, base, at: '2026-03-02T10:00:00.000Z' }
    },
    clear(ifValue?: string) {
      if (ifValue !== undefined && journal.draft?.value !== ifValue) return
      log.push(`clear:${journal.draft?.value}`)
      journal.draft = null
    },
  }
  return journal
}

function Note(props: { stored: string; storedAt?: string; save: (v: string) => Promise<void>; journal: DraftStore }) {
  const autosave = useAutosave(props)
  return (
    <>
      <label htmlFor="note">Note</label>
      <textarea
        id="note"
        value={autosave.value}
        onChange={(e) => autosave.setValue(e.target.value)}
        onBlur={autosave.flush}
      />
      <p data-testid="status">
        {autosave.status.state === 'failed' ? `failed: ${String(autosave.status.error)}` : autosave.status.state}
      </p>
      <button type="button" onClick={autosave.retry}>
        Try again
      </button>
    </>
  )
}

let log: string[]
let save: ReturnType<typeof vi.fn<(v: string) => Promise<void>>>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  log = []
  save = vi.fn(async (value: string) => {
    log.push(`save:${value}`)
  })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const type = (value: string) => fireEvent.change(screen.getByLabelText('Note'), { target: { value } })
const status = () => screen.getByTestId('status').textContent
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms)
  })
}

describe('useAutosave', () => {
  it('journals every change at once and saves once after a pause of no more than 500 ms', async () => {
    const journal = memoryJournal(log)
    render(<Note stored="" save={save} journal={journal} />)
    type('C')
    type('Ca')
    type('Cas')
    expect(log).toEqual(['journal:C', 'journal:Ca', 'journal:Cas'])
    expect(status()).toBe('saving')
    await advance(300)
    expect(save).not.toHaveBeenCalled()
    await advance(200)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('Cas')
    // Journal first, database second, and the journal cleared only after the save succeeded.
    expect(log).toEqual(['journal:C', 'journal:Ca', 'journal:Cas', 'save:Cas', 'clear:Cas'])
    expect(status()).toBe('saved')
    expect(journal.draft).toBeNull()
  })

  it('saves at most 500 ms after the first unsaved key while someone types without pausing', async () => {
    render(<Note stored="" save={save} journal={memoryJournal(log)} />)
    let text = ''
    // A key every 30 ms for two seconds: never the 400 ms pause the quiet-period save waits for.
    for (let elapsed = 0; elapsed < 2000; elapsed += 30) {
      text += 'a'
      type(text)
      await advance(30)
    }
    const saved = save.mock.calls.map(([value]) => value.length)
    expect(saved.length).toBeGreaterThanOrEqual(3)
    // Each save holds every key typed up to 500 ms before it; consecutive saves are at most ~17 keys apart.
    for (let i = 1; i < saved.length; i++) expect(saved[i]! - saved[i - 1]!).toBeLessThanOrEqual(17)
    expect(saved[0]).toBeLessThanOrEqual(17)
  })

  it.each([
    ['blur', () => fireEvent.blur(screen.getByLabelText('Note'))],
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'visibilitychange to hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
        document.dispatchEvent(new Event('visibilitychange'))
      },
    ],
  ])('saves at once on %s', async (_name, trigger) => {
    render(<Note stored="" save={save} journal={memoryJournal(log)} />)
    type('Leaving now')
    await act(async () => trigger())
    expect(save).toHaveBeenCalledWith('Leaving now')
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it('saves pending text when the field unmounts (e.g. moving to the next item)', async () => {
    const view = render(<Note stored="" save={save} journal={memoryJournal(log)} />)
    type('Half a thought')
    view.unmount()
    expect(save).toHaveBeenCalledWith('Half a thought')
  })

  it('keeps the text on screen and in the journal when a save fails, and retries', async () => {
    const journal = memoryJournal(log)
    save.mockRejectedValueOnce(new Error('disk full'))
    render(<Note stored="" save={save} journal={journal} />)
    type('Important note')
    await advance(500)
    expect(status()).toBe('failed: Error: disk full')
    expect(screen.getByLabelText('Note')).toHaveValue('Important note')
    expect(journal.draft?.value).toBe('Important note')

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })))
    expect(save).toHaveBeenLastCalledWith('Important note')
    expect(status()).toBe('saved')
    expect(journal.draft).toBeNull()
  })

  it('retries on the next change after a failure', async () => {
    save.mockRejectedValueOnce(new Error('disk full'))
    render(<Note stored="" save={save} journal={memoryJournal(log)} />)
    type('One')
    await advance(500)
    type('One two')
    await advance(500)
    expect(save).toHaveBeenLastCalledWith('One two')
    expect(status()).toBe('saved')
  })

  it('keeps the journal entry when the text changed while the save was in flight', async () => {
    const journal = memoryJournal(log)
    let finish!: () => void
    save.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)))
    render(<Note stored="" save={save} journal={journal} />)
    type('First')
    await advance(500)
    type('First and more')
    await act(async () => finish())
    expect(journal.draft?.value).toBe('First and more')
    await advance(500)
    expect(save).toHaveBeenLastCalledWith('First and more')
    expect(journal.draft).toBeNull()
  })

  it('recovers a journal draft newer than the stored value on open: shows it and saves it', async () => {
    const journal = memoryJournal(log, {
      value: 'Typed before the crash',
      base: 'Typed',
      at: '2026-03-02T10:00:00.000Z',
    })
    render(<Note stored="Typed" storedAt="2026-03-02T09:59:00.000Z" save={save} journal={journal} />)
    expect(screen.getByLabelText('Note')).toHaveValue('Typed before the crash')
    await advance(0)
    expect(save).toHaveBeenCalledWith('Typed before the crash')
    expect(journal.draft).toBeNull()
  })

  it('drops a journal draft older than a change saved since by someone else', async () => {
    const journal = memoryJournal(log, { value: 'Old draft', base: 'Original', at: '2026-03-02T10:00:00.000Z' })
    render(<Note stored="Changed in another tab" storedAt="2026-03-02T11:00:00.000Z" save={save} journal={journal} />)
    expect(screen.getByLabelText('Note')).toHaveValue('Changed in another tab')
    await advance(500)
    expect(save).not.toHaveBeenCalled()
    expect(journal.draft).toBeNull()
  })

  it('shows another tab’s change when idle, but never overwrites unsaved typing', async () => {
    const journal = memoryJournal(log)
    const view = render(<Note stored="Start" save={save} journal={journal} />)
    view.rerender(<Note stored="From the other tab" save={save} journal={journal} />)
    expect(screen.getByLabelText('Note')).toHaveValue('From the other tab')

    type('From the other tab, and mine')
    view.rerender(<Note stored="A third version" save={save} journal={journal} />)
    expect(screen.getByLabelText('Note')).toHaveValue('From the other tab, and mine')
    await advance(500)
    expect(save).toHaveBeenLastCalledWith('From the other tab, and mine')
  })
})
