import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  CHANGE_MARKER_KEY,
  clearChangeMarker,
  firstUnbackedChangeAt,
  recordChange,
  useFirstUnbackedChange,
} from '../../src/storage/change-marker'
import { teamsRepo } from '../../src/storage/teams-repo'
import { getDatabase } from '../../src/storage/database'
import { later, now, quotaExceeded, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

beforeEach(() => localStorage.clear())
afterEach(() => {
  localStorage.clear()
  vi.restoreAllMocks()
})

describe('the first unbacked change', () => {
  it('keeps the first change since the last backup, not the latest', () => {
    expect(firstUnbackedChangeAt()).toBeNull()
    recordChange(now)
    recordChange(later)
    expect(firstUnbackedChangeAt()).toBe(now.toISOString())
    expect(localStorage.getItem(CHANGE_MARKER_KEY)).toBe(now.toISOString())
  })

  it('starts again after a backup clears it', () => {
    recordChange(now)
    clearChangeMarker()
    expect(firstUnbackedChangeAt()).toBeNull()
    recordChange(later)
    expect(firstUnbackedChangeAt()).toBe(later.toISOString())
  })

  it('treats a damaged value as unset, so the next change repairs it', () => {
    localStorage.setItem(CHANGE_MARKER_KEY, 'not a time')
    expect(firstUnbackedChangeAt()).toBeNull()
    recordChange(now)
    expect(firstUnbackedChangeAt()).toBe(now.toISOString())
  })

  it('never throws when localStorage is full or blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quotaExceeded()
    })
    expect(() => recordChange(now)).not.toThrow()
    expect(firstUnbackedChangeAt()).toBeNull()
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(firstUnbackedChangeAt()).toBeNull()
  })
})

describe('saving through a repository', () => {
  it('records a change when a save commits', async () => {
    await teamsRepo.create(teamInput(), now)
    expect(firstUnbackedChangeAt()).not.toBeNull()
  })

  it('records nothing when the save fails', async () => {
    vi.spyOn(getDatabase().teams, 'add').mockRejectedValue(quotaExceeded())
    await expect(teamsRepo.create(teamInput(), now)).rejects.toMatchObject({ code: 'quota-exceeded' })
    expect(firstUnbackedChangeAt()).toBeNull()
  })
})

describe('useFirstUnbackedChange', () => {
  it('updates when this tab records or clears a change', () => {
    const { result } = renderHook(() => useFirstUnbackedChange())
    expect(result.current).toBeNull()
    act(() => recordChange(now))
    expect(result.current).toBe(now.toISOString())
    act(() => clearChangeMarker())
    expect(result.current).toBeNull()
  })

  it('updates when another tab changes it', () => {
    const { result } = renderHook(() => useFirstUnbackedChange())
    act(() => {
      // Another tab writes localStorage directly; this tab only hears a 'storage' event.
      localStorage.setItem(CHANGE_MARKER_KEY, later.toISOString())
      window.dispatchEvent(new StorageEvent('storage', { key: CHANGE_MARKER_KEY }))
    })
    expect(result.current).toBe(later.toISOString())
    act(() => {
      localStorage.clear()
      window.dispatchEvent(new StorageEvent('storage', { key: null }))
    })
    expect(result.current).toBeNull()
  })
})
