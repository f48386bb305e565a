import { describe, expect, it } from 'vitest'
import { readImageInfo, toBase64 } from '../../../src/features/report/image-size'

const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

// SOI, an APP0 segment to skip, then a baseline frame header: 16 rows by 32 columns.
const jpeg = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20,
  0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01,
])

describe('readImageInfo', () => {
  it('reads a PNG’s size from its header', () => {
    expect(readImageInfo(png)).toEqual({ type: 'png', width: 1, height: 1 })
  })

  it('reads a JPEG’s size from its frame header, skipping other segments', () => {
    expect(readImageInfo(jpeg)).toEqual({ type: 'jpeg', width: 32, height: 16 })
  })

  it('refuses anything else, including a truncated PNG', () => {
    expect(readImageInfo(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(readImageInfo(png.slice(0, 20))).toBeNull()
  })

  it('encodes bytes as base64 for a data URL', () => {
    expect(toBase64(png)).toBe(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    )
  })
})
