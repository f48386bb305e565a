import { describe, expect, it } from 'vitest'
import { coverageGrid, coverageSummary, itemCoverage } from '#domain/review/coverage'
import type { EvidenceSource } from '#domain/review/evidence'

const item = { id: 'caseload-size', dataSources: ['MIS', 'DOC', 'INT'] }
const entry = (source: EvidenceSource, itemId = 'caseload-size') => ({ itemId, source })
const states = (cov: ReturnType<typeof itemCoverage>) => Object.fromEntries(cov.cells.map((c) => [c.source, c.state]))

describe('coverage of one item', () => {
  it('with no evidence, lists every expected data source as missing and marks their sources needed', () => {
    const cov = itemCoverage(item, [])
    expect(cov.missing).toEqual(['MIS', 'DOC', 'INT'])
    expect(cov.hasEvidence).toBe(false)
    expect(states(cov)).toEqual({
      interview: 'needed',
      'record-review': 'needed',
      observation: 'not-expected',
      'management-data': 'needed',
      document: 'needed',
    })
  })

  it('counts entries per source and stops asking for a data source once any of its sources has evidence', () => {
    const cov = itemCoverage(item, [
      entry('interview'),
      entry('interview'),
      entry('document'),
      entry('interview', 'other'),
    ])
    expect(cov.cells.find((c) => c.source === 'interview')?.entries).toBe(2)
    expect(cov.missing).toEqual(['MIS'])
    expect(states(cov)).toMatchObject({
      document: 'has-evidence',
      'record-review': 'optional',
      'management-data': 'needed',
    })
  })

  it('counts the record review for an item once a sampled record has something recorded for it', () => {
    const rapid = { id: 'rapid-job-search', dataSources: ['DOC', 'INT', 'OBS', 'ISP'] }
    const recordsPerItem = { 'rapid-job-search': 3, disclosure: 0 }
    const cov = itemCoverage(rapid, [], { recordsPerItem })
    expect(cov.cells.find((c) => c.source === 'record-review')).toMatchObject({
      state: 'has-evidence',
      records: 3,
      entries: 0,
    })
    expect(cov.missing).toEqual(['INT', 'OBS'])
    // Records with the disclosure column empty are no evidence about disclosure.
    expect(itemCoverage({ ...rapid, id: 'disclosure' }, [], { recordsPerItem }).missing).toEqual([
      'DOC',
      'INT',
      'OBS',
      'ISP',
    ])
    expect(itemCoverage({ ...rapid, id: 'zero-exclusion' }, [], { recordsPerItem }).missing).toEqual([
      'DOC',
      'INT',
      'OBS',
      'ISP',
    ])
  })

  it('ignores data source codes it has no mapping for rather than asking for them forever', () => {
    expect(itemCoverage({ id: 'x', dataSources: ['INT', 'XYZ'] }, [entry('interview', 'x')]).missing).toEqual([])
  })
})

describe('the grid', () => {
  it('keeps scale order and sums up what is left to collect', () => {
    const items = [item, { id: 'disclosure', dataSources: ['INT'] }, { id: 'zero-exclusion', dataSources: ['OBS'] }]
    const grid = coverageGrid(items, [entry('interview', 'disclosure'), entry('management-data')])
    expect(grid.map((row) => row.itemId)).toEqual(['caseload-size', 'disclosure', 'zero-exclusion'])
    expect(coverageSummary(grid)).toEqual({ withoutEvidence: 1, missingSources: 2 })
  })
})
