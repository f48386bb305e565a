import { describe, expect, it } from 'vitest'
import { bundledScales, DEFAULT_SCALE_ID, findScale, latestScale, listCatalogue } from '#domain/scale/catalogue'
import { parseScale } from '#domain/scale/parse'
import type { ScaleFile } from '#domain/scale/schema'
import { itemOf, rawScale, scaleFilesOnDisk } from './helpers'

// Practice cases share the scales/ folder but are not scales; practice-cases.test.ts checks them.
const files = scaleFilesOnDisk().filter((f) => !f.path.startsWith('practice-cases/'))

describe('every file in scales/', () => {
  it('finds the UK and US scales on disk', () => {
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['ips-uk/1.0.0.json', 'ips-us/1.0.0.json']))
  })

  it.each(files)('$path parses with every invariant and is stored under its id and version', ({ path, json }) => {
    const result = parseScale(json)
    expect(result.ok ? [] : result.problems).toEqual([])
    if (!result.ok) return
    expect(path).toBe(`${result.scale.id}/${result.scale.version}.json`)
  })

  it('is bundled into the app by the catalogue', () => {
    const bundled = bundledScales.map((s) => `${s.id}/${s.version}.json`).sort()
    expect(bundled).toEqual(files.map((f) => f.path))
  })
})

describe('the shipped UK and US versions', () => {
  const uk = rawScale('ips-uk')
  const us = rawScale('ips-us')

  it('use the same item ids, numbers, data sources and calculator numbers', () => {
    const shape = (scale: ScaleFile) =>
      scale.items.map((item) => ({
        id: item.id,
        number: item.number,
        section: `${item.sectionId} ${item.sectionNumber}`,
        dataSources: item.dataSources,
        status: item.provenance.status,
        calculator: item.calculator && {
          kind: item.calculator.kind,
          bands: 'bands' in item.calculator ? item.calculator.bands : undefined,
          points: 'points' in item.calculator ? item.calculator.points : undefined,
          counts:
            'countToAnchor' in item.calculator
              ? item.calculator.countToAnchor.map((r) => [r.min, r.max, r.anchor])
              : undefined,
        },
      }))
    expect(shape(uk)).toEqual(shape(us))
  })

  it('mark anchors of items 1-2 as verified and 3-25 as recalled', () => {
    for (const scale of [uk, us]) {
      const verified = scale.items.filter((i) => i.provenance.status === 'verified').map((i) => i.number)
      expect(verified).toEqual([1, 2])
      expect(itemOf(scale, 'vocational-generalists').provenance.note).toMatch(/criterion was checked/)
    }
  })

  it('label the lowest band for each country and share the cut points', () => {
    const bands = (scale: ScaleFile) => scale.bands.map((b) => `${b.label} ${b.min}-${b.max}`)
    expect(bands(uk)).toEqual([
      'Exemplary fidelity 115-125',
      'Good fidelity 100-114',
      'Fair fidelity 74-99',
      'Not IPS 25-73',
    ])
    expect(bands(us)).toEqual([
      'Exemplary fidelity 115-125',
      'Good fidelity 100-114',
      'Fair fidelity 74-99',
      'Not supported employment 25-73',
    ])
  })

  it('speak UK terms in the UK version and US terms in the US version', () => {
    const text = (scale: ScaleFile) => JSON.stringify(scale)
    expect(text(uk)).not.toMatch(/\bclients?\b/i)
    expect(text(us)).not.toMatch(/service users?/i)
    expect(itemOf(uk, 'employment-agency-collaboration').criterion).toMatch(
      /Jobcentre Plus \/ DWP.*work coaches.*disability employment advisers/,
    )
    expect(itemOf(us, 'employment-agency-collaboration').criterion).toMatch(/vocational rehabilitation/)
    expect(itemOf(uk, 'benefits-planning').title).toBe('Benefits counselling')
    expect(itemOf(uk, 'benefits-planning').criterion).toMatch(/better off in work/)
    expect(itemOf(uk, 'competitive-jobs').criterion).toMatch(/National Minimum Wage or National Living Wage/)
    expect(itemOf(uk, 'executive-team-support').criterion).toMatch(/NHS Trust/)
    expect(uk.sections.map((s) => s.title)).toEqual(['Staffing', 'Organisation', 'Services'])
    expect(us.sections.map((s) => s.title)).toEqual(['Staffing', 'Organization', 'Services'])
  })

  it('write the open rules into the file notes', () => {
    for (const scale of [uk, us]) {
      const notes = scale.notes.join(' ')
      expect(notes).toMatch(/never rounded/)
      expect(notes).toMatch(/64\.5% score 1 and 65% scores 2/)
      expect(notes).toMatch(/exactly 30%.*scores 1/)
      expect(notes).toMatch(/halfway.*lower/)
      expect(notes).toMatch(/without tracking it scores 4/)
    }
  })
})

describe('catalogue', () => {
  it('lists both bundled scales, and the default is the UK one', () => {
    expect(DEFAULT_SCALE_ID).toBe('ips-uk')
    expect(listCatalogue()).toEqual([
      { id: 'ips-uk', version: '1.0.0', title: 'IPS Fidelity Scale (UK version)', locale: 'en-GB', origin: 'bundled' },
      {
        id: 'ips-us',
        version: '1.0.0',
        title: 'Supported Employment Fidelity Scale (IPS-25)',
        locale: 'en-US',
        origin: 'bundled',
      },
    ])
  })

  it('adds imported scales, marks them, and lets a review find the exact version it pinned', () => {
    const official = { ...rawScale('ips-uk'), id: 'cmh-official', version: '2.1.0', title: 'CMH official text' }
    const newer = { ...official, version: '2.10.0' }
    const entries = listCatalogue([official, newer])
    expect(entries.filter((e) => e.origin === 'imported').map((e) => e.version)).toEqual(['2.10.0', '2.1.0'])
    expect(findScale('cmh-official', '2.1.0', [official, newer])?.version).toBe('2.1.0')
    expect(findScale('cmh-official', '2.1.0')).toBeUndefined()
    expect(latestScale('cmh-official', [official, newer])?.version).toBe('2.10.0')
    expect(findScale('ips-us', '1.0.0')?.locale).toBe('en-US')
  })

  it('never lets an import replace a bundled version with the same id and version', () => {
    const impostor = { ...rawScale('ips-uk'), title: 'Edited copy' }
    expect(listCatalogue([impostor]).filter((e) => e.id === 'ips-uk')).toHaveLength(1)
    expect(findScale('ips-uk', '1.0.0', [impostor])?.title).toBe('IPS Fidelity Scale (UK version)')
  })
})
