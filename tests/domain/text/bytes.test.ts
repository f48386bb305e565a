import { describe, expect, it } from 'vitest'
import { formatBytes } from '#domain/text/bytes'

describe('formatBytes', () => {
  it('gives storage sizes in readable units', () => {
    expect(formatBytes(512)).toBe('512 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB')
  })
})
