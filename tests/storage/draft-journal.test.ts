import { afterEach, describe, expect, it, vi } from 'vitest'
import { draftJournal } from '../../src/storage/draft-journal'

const key = { reviewId: 'review-1', record: 'evidence/e1', field: 'note' }
const at = new Date('2026-03-02T09:30:00.000Z')

afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('the draft journal', () => {
  it('keeps a draft per record and field in localStorage, with its base and time', () => {
    expect(draftJournal.write(key, 'Caseload 2', 'Caseload', at)).toBe(true)
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'team leader', '', at)
    expect(draftJournal.read(key)).toEqual({ ...key, value: 'Caseload 2', base: 'Caseload', at: at.toISOString() })
    expect(draftJournal.read({ ...key, record: 'evidence/e2' })).toBeNull()
  })

  it('clears a draft only if it still holds the saved value, so a newer keystroke survives', () => {
    draftJournal.write(key, 'abc', '', at)
    draftJournal.clear(key, 'ab')
    expect(draftJournal.read(key)?.value).toBe('abc')
    draftJournal.clear(key, 'abc')
    expect(draftJournal.read(key)).toBeNull()
  })

  it('lists the drafts of one review and clears all drafts of one record', () => {
    draftJournal.write(key, 'a', '', at)
    draftJournal.write({ ...key, field: 'intervieweeRole' }, 'b', '', at)
    draftJournal.write({ ...key, record: 'calculator/caseload-size', field: 'values' }, '{}', '', at)
    draftJournal.write({ ...key, reviewId: 'review-2' }, 'c', '', at)
    expect(
      draftJournal
        .listForReview('review-1')
        .map((d) => d.value)
        .sort(),
    ).toEqual(['a', 'b', '{}'])
    draftJournal.clearRecord('review-1', 'evidence/e1')
    expect(draftJournal.listForReview('review-1').map((d) => d.record)).toEqual(['calculator/caseload-size'])
  })

  it('never throws when localStorage is full, and ignores damaged entries', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(draftJournal.write(key, 'x', '', at)).toBe(false)
    vi.restoreAllMocks()
    localStorage.setItem('ips-fidelity-review:draft:review-1:evidence/e1:note', '{not json')
    expect(draftJournal.read(key)).toBeNull()
    expect(draftJournal.listForReview('review-1')).toEqual([])
  })
})
