import { afterEach, describe, expect, it, vi } from 'vitest'
import { getDatabase } from '../../src/storage/database'
import { draftJournal, flushDurable, JOURNAL_FLUSH_MS } from '../../src/storage/draft-journal'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const key = { reviewId: 'review-1', record: 'evidence/e1', field: 'note' }
const at = new Date('2026-03-02T09:30:00.000Z')
const later = new Date('2026-03-02T09:30:01.000Z')

afterEach(() => {
  localStorage.clear()
  draftJournal.discardPending()
  vi.restoreAllMocks()
  vi.useRealTimers()
})

const durableRows = () => getDatabase().drafts.toArray()

describe('the draft journal', () => {
  it('keeps a draft per record and field in localStorage, with its base and time', () => {
    expect(draftJournal.write(key, 'Caseload 2', 'Caseload', at)).toBe(true)
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'team leader', '', at)
    expect(draftJournal.read(key)).toEqual({ ...key, value: 'Caseload 2', base: 'Caseload', at: at.toISOString() })
    expect(draftJournal.read({ ...key, record: 'evidence/e2' })).toBeNull()
  })

  it('writes every change to IndexedDB within JOURNAL_FLUSH_MS, the newest value of each field in one go', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    draftJournal.write(key, 'C', '', at)
    draftJournal.write(key, 'Ca', '', later)
    expect(await durableRows()).toEqual([])
    await vi.advanceTimersByTimeAsync(JOURNAL_FLUSH_MS)
    vi.useRealTimers()
    await vi.waitFor(async () =>
      expect(await durableRows()).toEqual([{ ...key, value: 'Ca', base: '', at: later.toISOString() }]),
    )
    expect(JOURNAL_FLUSH_MS).toBeLessThanOrEqual(200)
  })

  it('brings back drafts a crash took from localStorage, keeping the newer copy of each field', async () => {
    draftJournal.write(key, 'Typed before the crash', '', at)
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'older durable copy', '', at)
    await flushDurable()
    // The crash: localStorage never reached the disk; only the newer role reached it later.
    localStorage.clear()
    draftJournal.discardPending()
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'newer local copy', '', later)
    draftJournal.discardPending()
    expect(draftJournal.isRestored('review-1')).toBe(false)
    await draftJournal.restoreForReview('review-1')
    expect(draftJournal.isRestored('review-1')).toBe(true)
    expect(draftJournal.read(key)?.value).toBe('Typed before the crash')
    expect(draftJournal.read({ ...key, field: 'intervieweeRole' })?.value).toBe('newer local copy')
  })

  it('clears a draft only if it still holds the saved value, so a newer keystroke survives, in both layers', async () => {
    draftJournal.write(key, 'ab', '', at)
    await flushDurable()
    draftJournal.write(key, 'abc', '', later)
    draftJournal.clear(key, 'ab')
    expect(draftJournal.read(key)?.value).toBe('abc')
    expect((await draftJournal.listForReview('review-1')).map((d) => d.value)).toEqual(['abc'])
    draftJournal.clear(key, 'abc')
    expect(draftJournal.read(key)).toBeNull()
    expect(await draftJournal.listForReview('review-1')).toEqual([])
    await flushDurable()
    expect(await durableRows()).toEqual([])
  })

  it('lists the drafts of one review from both layers and clears all drafts of one record', async () => {
    draftJournal.write(key, 'a', '', at)
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'b', '', at)
    await flushDurable()
    localStorage.clear()
    draftJournal.write({ ...key, record: 'calculator/caseload-size', field: 'values' }, '{}', '', at)
    draftJournal.write({ ...key, reviewId: 'review-2' }, 'c', '', at)
    expect((await draftJournal.listForReview('review-1')).map((d) => d.value).sort()).toEqual(['a', 'b', '{}'])
    await draftJournal.clearRecord('review-1', 'evidence/e1')
    expect((await draftJournal.listForReview('review-1')).map((d) => d.record)).toEqual(['calculator/caseload-size'])
  })

  it('never throws when localStorage is full, still keeps the durable copy, and ignores damaged entries', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(draftJournal.write(key, 'x', '', at)).toBe(false)
    vi.restoreAllMocks()
    await flushDurable()
    expect((await draftJournal.listForReview('review-1')).map((d) => d.value)).toEqual(['x'])
    await draftJournal.clearRecord('review-1', 'evidence/e1')
    localStorage.setItem('ips-fidelity-review:draft:review-1:evidence/e1:note', '{not json')
    expect(draftJournal.read(key)).toBeNull()
    expect(await draftJournal.listForReview('review-1')).toEqual([])
  })
})
