import { describe, expect, it } from 'vitest'
import { matchPath } from 'react-router'
import { paths, routePatterns } from '../../src/app/paths'

describe('paths and route patterns agree', () => {
  it.each([
    ['team', paths.team('t 1'), routePatterns.team, { teamId: 't 1' }],
    [
      'review item',
      paths.reviewItem('r/1', 'caseload-size'),
      routePatterns.reviewItem,
      { reviewId: 'r/1', itemId: 'caseload-size' },
    ],
    [
      'scale item',
      paths.scaleItem('ips-uk', '1.0.0', 'disclosure'),
      routePatterns.scaleItem,
      { scaleId: 'ips-uk', version: '1.0.0', itemId: 'disclosure' },
    ],
    ['new review', paths.newReview('abc'), routePatterns.newReview, { teamId: 'abc' }],
    ['review results', paths.reviewResults('r 1'), routePatterns.reviewResults, { reviewId: 'r 1' }],
    ['action plan', paths.reviewActionPlan('r-9'), routePatterns.reviewActionPlan, { reviewId: 'r-9' }],
    ['report', paths.reviewReport('r-9'), routePatterns.reviewReport, { reviewId: 'r-9' }],
    ['visit plan', paths.visitPlan('r 1'), routePatterns.visitPlan, { reviewId: 'r 1' }],
    [
      'session notes',
      paths.sessionNotes('r/1', 's 2'),
      routePatterns.sessionNotes,
      { reviewId: 'r/1', sessionId: 's 2' },
    ],
    ['team history', paths.teamHistory('t-1'), routePatterns.teamHistory, { teamId: 't-1' }],
    [
      'session notes',
      paths.sessionNotes('r 1', 's/2'),
      routePatterns.sessionNotes,
      { reviewId: 'r 1', sessionId: 's/2' },
    ],
  ])('%s: a built link matches its pattern and gives back the ids', (_, url, pattern, params) => {
    const match = matchPath(pattern, url)
    expect(match).not.toBeNull()
    const decoded = Object.fromEntries(Object.entries(match!.params).map(([k, v]) => [k, decodeURIComponent(v!)]))
    expect(decoded).toEqual(params)
  })
})
