import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate } from '../../src/ui/format'

describe('formatting for UK users', () => {
  it('writes dates the British way, and a calendar date never shifts a day', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026')
    expect(formatDate('2026-01-01')).toBe('1 January 2026')
  })

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('not a date')).toBe('not a date')
  })

  it('gives storage sizes in readable units', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB')
  })
})
