import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/ui/format'

describe('formatting for UK users', () => {
  it('writes dates the British way, and a calendar date never shifts a day', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026')
    expect(formatDate('2026-01-01')).toBe('1 January 2026')
  })

  it('leaves text that is not a date as it is', () => {
    expect(formatDate('not a date')).toBe('not a date')
  })
})
