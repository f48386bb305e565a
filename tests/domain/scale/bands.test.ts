import { describe, expect, it } from 'vitest'
import { BandError, bandForTotal } from '#domain/scale/bands'
import { findScale } from '#domain/scale/catalogue'
import { bandEdges } from './helpers'

const uk = findScale('ips-uk', '1.0.0')!
const us = findScale('ips-us', '1.0.0')!

describe.each([
  ['UK', uk, 'Not IPS'],
  ['US', us, 'Not supported employment'],
])('%s fidelity bands', (_name, scale, lowestLabel) => {
  it.each(bandEdges(lowestLabel))('total %s → %s', (total, label) => {
    expect(bandForTotal(scale, total).label).toBe(label)
  })

  it('puts all items at 4 in Good and one item lower in Fair', () => {
    expect(bandForTotal(scale, 25 * 4).id).toBe('good')
    expect(bandForTotal(scale, 24 * 4 + 3).id).toBe('fair')
  })

  it.each([
    [24, 'total-out-of-range'],
    [126, 'total-out-of-range'],
    [0, 'total-out-of-range'],
    [99.5, 'total-not-whole'],
    [Number.NaN, 'total-not-whole'],
  ])('rejects a total of %s (%s)', (total, code) => {
    expect(() => bandForTotal(scale, total)).toThrow(BandError)
    expect(() => bandForTotal(scale, total)).toThrow(expect.objectContaining({ code }))
  })
})
