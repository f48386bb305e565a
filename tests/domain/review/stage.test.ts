import { describe, expect, it } from 'vitest'
import { reviewStatuses, type ReviewStatus } from '#domain/review/review'
import { hasConsensusStep, stageAfter, workingStatusesFor } from '#domain/review/stage'

const pair = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
]
const at = (
  status: ReviewStatus,
  reviewers = pair,
  type: 'independent' | 'self-assessment' | 'training' = 'independent',
) => ({
  status,
  reviewers,
  type,
})

describe('the review stage follows the work', () => {
  it('moves forward as evidence, scores and both reviewers’ finish arrive', () => {
    expect(stageAfter(at('planning'), 'evidence')).toBe('collecting-evidence')
    expect(stageAfter(at('planning'), 'rating')).toBe('scoring')
    expect(stageAfter(at('collecting-evidence'), 'rating')).toBe('scoring')
    expect(stageAfter(at('scoring'), 'all-finished')).toBe('consensus')
  })

  it('never moves back, so a stage set by hand further on is kept', () => {
    expect(stageAfter(at('scoring'), 'evidence')).toBe('scoring')
    expect(stageAfter(at('consensus'), 'rating')).toBe('consensus')
  })

  it('never makes a review final or takes it out of final', () => {
    for (const status of reviewStatuses.filter((s) => s !== 'final')) {
      for (const step of ['evidence', 'rating', 'all-finished'] as const)
        expect(stageAfter(at(status), step)).not.toBe('final')
    }
    expect(stageAfter(at('final'), 'evidence')).toBe('final')
  })

  it('has no consensus stage for one reviewer', () => {
    expect(stageAfter(at('collecting-evidence', [pair[0]!]), 'all-finished')).toBe('scoring')
  })
})

describe('which reviews have a consensus step', () => {
  it('is only a review with two reviewers that is not a training exercise', () => {
    expect(hasConsensusStep(at('scoring'))).toBe(true)
    expect(hasConsensusStep(at('scoring', pair, 'self-assessment'))).toBe(true)
    expect(hasConsensusStep(at('scoring', [pair[0]!], 'self-assessment'))).toBe(false)
    expect(hasConsensusStep(at('scoring', pair, 'training'))).toBe(false)
  })

  it('offers consensus as a stage to move to only where there is one', () => {
    expect(workingStatusesFor(at('planning'))).toEqual(['planning', 'collecting-evidence', 'scoring', 'consensus'])
    expect(workingStatusesFor(at('planning', pair, 'training'))).toEqual(['planning', 'collecting-evidence', 'scoring'])
    expect(workingStatusesFor(at('planning', [pair[0]!], 'self-assessment'))).not.toContain('consensus')
  })

  it('stops a training exercise at scoring when everyone has finished rating', () => {
    expect(stageAfter(at('scoring', pair, 'training'), 'all-finished')).toBe('scoring')
  })
})
