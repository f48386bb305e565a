import { describe, expect, it } from 'vitest'
import { bundledScales } from '#domain/scale/catalogue'
import { checkScaleImport, MAX_SCALE_FILE_BYTES, scaleFileName } from '#domain/scale/import'
import { MAX_SCALE_ID_LENGTH, MAX_SCALE_VERSION_LENGTH } from '#domain/scale/imported'

const uk = bundledScales.find((scale) => scale.id === 'ips-uk')!
const asFile = (value: unknown) => {
  const text = JSON.stringify(value)
  return [text, new TextEncoder().encode(text).length] as const
}

describe('checking a scale file before import', () => {
  it('accepts a valid scale with a new version', () => {
    const result = checkScaleImport(...asFile({ ...uk, version: '1.0.1' }), bundledScales)
    expect(result.ok && result.scale.version).toBe('1.0.1')
  })

  it('refuses a file that reuses a built-in id and version', () => {
    const result = checkScaleImport(...asFile(uk), bundledScales)
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'version' })] })
    expect(!result.ok && result.problems[0]!.message).toMatch(/new version number/)
  })

  it('refuses truncated JSON with a readable reason', () => {
    const [text] = asFile(uk)
    const result = checkScaleImport(text.slice(0, 500), 500, bundledScales)
    expect(!result.ok && result.problems[0]!.message).toMatch(/not a valid JSON file/)
  })

  it('refuses an oversized file before reading it', () => {
    const result = checkScaleImport('', MAX_SCALE_FILE_BYTES + 1, bundledScales)
    expect(!result.ok && result.problems[0]!.message).toMatch(/must be under 5 MB/)
  })

  it('lists each problem with its path', () => {
    const broken = structuredClone({ ...uk, version: '2.0.0' }) as Record<string, unknown> & typeof uk
    broken.items[3]!.anchors = broken.items[3]!.anchors.slice(0, 4)
    broken.items[5]!.title = '   '
    const result = checkScaleImport(...asFile(broken), bundledScales)
    expect(result.ok).toBe(false)
    const paths = !result.ok ? result.problems.map((problem) => problem.path) : []
    expect(paths.some((path) => path.startsWith('items.3.anchors'))).toBe(true)
    expect(paths.some((path) => path.startsWith('items.5.title'))).toBe(true)
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a scale file with a "%s" key, naming the key', (key) => {
    const [text] = asFile({ ...uk, version: '1.0.1' })
    // Hidden inside an item, where a schema that strips unknown keys would otherwise let it through.
    const hostile = text.replace('"id":"caseload-size"', `"${key}":{"isAdmin":true},"id":"caseload-size"`)
    expect(hostile).not.toBe(text)
    const result = checkScaleImport(hostile, hostile.length, bundledScales)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]!.message).toContain(`"${key}"`)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuses a scale file nested deeper than any scale, without crashing', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const result = checkScaleImport(deep, deep.length, bundledScales)
    expect(!result.ok && result.problems[0]!.message).toMatch(/levels deep/)
  })

  it('refuses an id or version longer than a stored scale (and so a backup) can hold', () => {
    const longId = checkScaleImport(...asFile({ ...uk, id: `ips-${'x'.repeat(MAX_SCALE_ID_LENGTH)}` }), bundledScales)
    expect(longId).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'id' })] })
    expect(!longId.ok && longId.problems[0]!.message).toMatch(/longer than 100 characters/)
    const longVersion = checkScaleImport(...asFile({ ...uk, version: `1.0.${'0'.repeat(20)}` }), bundledScales)
    expect(longVersion).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'version' })] })
  })

  it('accepts an id and version at the limits', () => {
    const id = 'a'.repeat(MAX_SCALE_ID_LENGTH)
    const version = `1.0.${'1'.repeat(MAX_SCALE_VERSION_LENGTH - 4)}`
    expect([id.length, version.length]).toEqual([MAX_SCALE_ID_LENGTH, MAX_SCALE_VERSION_LENGTH])
    expect(checkScaleImport(...asFile({ ...uk, id, version }), bundledScales).ok).toBe(true)
  })

  it('names exported files by id and version', () => {
    expect(scaleFileName(uk)).toBe('ips-uk-1.0.0.json')
  })
})
