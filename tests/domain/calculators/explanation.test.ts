import { describe, expect, it } from 'vitest'
import { bundledScales } from '#domain/scale/catalogue'
import { explainCalculator } from '#domain/calculators/explanation'

const uk = bundledScales.find((scale) => scale.id === 'ips-uk')!
const item = (id: string) => uk.items.find((candidate) => candidate.id === id)!

describe('explaining a calculator in plain words', () => {
  it('lists the caseload bands from anchor 5 down, with the exact edges', () => {
    const explanation = explainCalculator(item('caseload-size').calculator!)
    expect(explanation.method).toContain('÷')
    expect(explanation.inputs).toEqual(['Each specialist’s active service users', 'Each specialist’s FTE'])
    expect(explanation.method).toMatch(/^Each specialist’s active service users ÷ their specialist FTE/)
    expect(explanation.method).toMatch(/team figure is all active service users ÷ all specialist FTE/)
    expect(explanation.method).toMatch(/uses the team figure, as this scale file’s rule says.*not settled.*flagged/)
    expect(explanation.rows.map((row) => row.anchor)).toEqual([5, 4, 3, 2, 1])
    expect(explanation.rows[0]!.condition).toBe('20 or fewer')
    expect(explanation.rows[1]!.condition).toBe('over 20 and up to 25')
    expect(explanation.rows[4]!.condition).toBe('over 40')
    expect(explanation.ruleNote).toMatch(/20\.4/)
  })

  it('states the minimum-jobs condition for competitive jobs', () => {
    const explanation = explainCalculator(item('competitive-jobs').calculator!)
    expect(explanation.conditions.join(' ')).toMatch(/Fewer than 10 .* across the whole caseload scores 1/)
    expect(explanation.conditions.join(' ')).toMatch(/not the record sample; the sample gives only the percentage/)
    expect(explanation.inputs).toEqual([
      'Permanent competitive jobs',
      'Jobs held at present counted for the share (record sample or management data)',
      'Jobs held at present across the whole caseload (management data) (needed when fewer than 10 jobs are counted)',
    ])
    expect(explanation.rows.find((row) => row.anchor === 5)?.condition).toBe('95% or more')
  })

  it('states the tracking condition for rapid job search', () => {
    const explanation = explainCalculator(item('rapid-job-search').calculator!)
    expect(explanation.conditions[0]).toMatch(/Anchor 5 also needs employer contacts to be tracked/)
    expect(explanation.rows[0]).toEqual({ anchor: 5, condition: '30 or fewer days' })
  })

  it('gives every calculator of both shipped scales an explanation with anchors 1-5 at most once each', () => {
    for (const scale of bundledScales) {
      for (const scaleItem of scale.items) {
        if (!scaleItem.calculator) continue
        const explanation = explainCalculator(scaleItem.calculator)
        expect(explanation.method.trim(), `${scale.id} ${scaleItem.id}`).not.toBe('')
        // Every calculator that suggests states its inputs and the anchor each value leads to.
        if (scaleItem.calculator.kind !== 'ordinal') {
          expect(explanation.inputs.length, `${scale.id} ${scaleItem.id}`).toBeGreaterThan(0)
          expect(explanation.rows.length, `${scale.id} ${scaleItem.id}`).toBeGreaterThan(0)
        }
        const anchors = explanation.rows.map((row) => row.anchor)
        expect(new Set(anchors).size, `${scale.id} ${scaleItem.id}`).toBe(anchors.length)
      }
    }
  })
})
