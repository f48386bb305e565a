import { describe, expect, it } from 'vitest'
import { bundledScales } from '#domain/scale/catalogue'
import { describeItemPosition, itemByNumber, neighbours, searchItems } from '#domain/scale/search'

const uk = bundledScales.find((scale) => scale.id === 'ips-uk')!

describe('finding an item in a scale', () => {
  it('finds items by a word in any case, with title matches first', () => {
    const results = searchItems(uk, 'DISCLOSURE')
    expect(results[0]?.id).toBe('disclosure')
    expect(results.every((item) => JSON.stringify(item).toLowerCase().includes('disclosure'))).toBe(true)
  })

  it('needs every word of the query to match', () => {
    const both = searchItems(uk, 'caseload employment')
    const caseload = searchItems(uk, 'caseload')
    expect(both.length).toBeGreaterThan(0)
    expect(both.length).toBeLessThanOrEqual(caseload.length)
    expect(searchItems(uk, 'caseload zzzyyx')).toEqual([])
  })

  it('treats a bare number as the item number', () => {
    expect(searchItems(uk, '15').map((item) => item.id)).toEqual(['rapid-job-search'])
    expect(searchItems(uk, '26')).toEqual([])
  })

  it('returns nothing for an empty query', () => {
    expect(searchItems(uk, '   ')).toEqual([])
  })

  it('jumps by number and steps to neighbours in scale order', () => {
    expect(itemByNumber(uk, 1)?.id).toBe('caseload-size')
    expect(itemByNumber(uk, 0)).toBeUndefined()
    expect(neighbours(uk, 'caseload-size')).toEqual({ previous: undefined, next: uk.items[1] })
    expect(neighbours(uk, uk.items[24]!.id)).toEqual({ previous: uk.items[23], next: undefined })
    expect(neighbours(uk, 'no-such-item')).toEqual({})
  })
})

describe('describing where an item sits', () => {
  it('names the section, the item number and the scale version', () => {
    const item = uk.items.find((candidate) => candidate.id === 'rapid-job-search')!
    expect(describeItemPosition(uk, item)).toBe(`Services 4 · item 15 of 25 · ${uk.title}, version 1.0.0`)
  })
})
