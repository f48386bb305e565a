import { describe, expect, it } from 'vitest'
import { bundledScales } from '#domain/scale/catalogue'
import { ImportedScaleSchema, MAX_SCALE_ID_LENGTH, MAX_SCALE_VERSION_LENGTH } from '#domain/scale/imported'

const row = { id: 'ips-uk-official', version: '1.0.0', importedAt: '2026-10-01T08:00:00.000Z', data: { any: 'thing' } }

describe('the stored row of an imported scale', () => {
  it('holds every bundled scale’s id and version, as the app stores an imported one', () => {
    for (const scale of bundledScales) {
      expect(ImportedScaleSchema.safeParse({ ...row, id: scale.id, version: scale.version, data: scale }).success).toBe(
        true,
      )
    }
  })

  it.each([
    ['an empty id', { id: '' }],
    ['an empty version', { version: '' }],
    ['an id over the limit', { id: 'x'.repeat(MAX_SCALE_ID_LENGTH + 1) }],
    ['a version over the limit', { version: '1'.repeat(MAX_SCALE_VERSION_LENGTH + 1) }],
    ['no time of import', { importedAt: 'yesterday' }],
  ])('refuses %s', (_, change) => {
    expect(ImportedScaleSchema.safeParse({ ...row, ...change }).success).toBe(false)
  })

  it('accepts an id and version at the limits', () => {
    const atLimits = { ...row, id: 'x'.repeat(MAX_SCALE_ID_LENGTH), version: '1'.repeat(MAX_SCALE_VERSION_LENGTH) }
    expect(ImportedScaleSchema.safeParse(atLimits).success).toBe(true)
  })
})
