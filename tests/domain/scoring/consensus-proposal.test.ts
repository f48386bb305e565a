import { describe, expect, it } from 'vitest'
import { orderByDisagreement } from '#domain/scoring/consensus-order'
import { consensusProposals, proposeConsensus, RATIONALE_LIMIT } from '#domain/scoring/consensus-proposal'
import { findScale } from '#domain/scale/catalogue'
import { rating } from './results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const idOf = (n: number) => uk.items.find((item) => item.number === n)!.id

type Side = [score: number | null, rationale: string] | undefined
const named = (reviewer: string, side: Side) => ({
  reviewer,
  rating: side && { score: side[0], rationale: side[1] },
})

describe('proposeConsensus', () => {
  const rows: [string, Side, Side, { score: number; rationale: string } | null][] = [
    ['different scores: nothing proposed', [4, 'Good'], [3, 'Fair'], null],
    ['one reviewer has not scored', [4, 'Good'], [null, ''], null],
    ['one reviewer has no rating at all', [4, 'Good'], undefined, null],
    ['neither has scored', [null, 'x'], [null, 'x'], null],
    [
      'same score, different words: both, each under its reviewer',
      [4, 'Caseloads of 22'],
      [4, ' Around 22 each '],
      { score: 4, rationale: 'Reviewer A: Caseloads of 22\nReviewer B: Around 22 each' },
    ],
    [
      'same words: said once, with no names',
      [5, 'All specialists at 20 or fewer'],
      [5, 'All specialists at 20 or fewer'],
      { score: 5, rationale: 'All specialists at 20 or fewer' },
    ],
    [
      'same words but for spacing and capitals: said once, as A wrote it',
      [2, 'No  tracking\nseen'],
      [2, 'no tracking seen'],
      { score: 2, rationale: 'No  tracking\nseen' },
    ],
    [
      'only A wrote a rationale: A’s words alone',
      [3, 'Half the records'],
      [3, '  '],
      { score: 3, rationale: 'Half the records' },
    ],
    ['only B wrote a rationale: B’s words alone', [1, ''], [1, 'None seen'], { score: 1, rationale: 'None seen' }],
    ['neither wrote one: the score alone', [3, ''], [3, ''], { score: 3, rationale: '' }],
  ]
  it.each(rows)('%s', (_, a, b, expected) => {
    expect(proposeConsensus(named('Reviewer A', a), named('Reviewer B', b))).toEqual(expected)
  })

  it('keeps a combined rationale within what a stored rationale may hold, saying it was shortened', () => {
    const long = 'x'.repeat(RATIONALE_LIMIT - 10)
    const proposal = proposeConsensus(named('Reviewer A', [4, long]), named('Reviewer B', [4, 'y'.repeat(500)]))
    expect(proposal?.rationale).toHaveLength(RATIONALE_LIMIT)
    expect(proposal?.rationale).toMatch(/^Reviewer A: x+… \(shortened: both reviewers’ full rationales are shown/)
  })
})

describe('consensusProposals', () => {
  const a = [rating(idOf(1), 'reviewer-a', 4, 'A1'), rating(idOf(2), 'reviewer-a', 3), rating(idOf(3), 'reviewer-a', 5)]
  const b = [rating(idOf(1), 'reviewer-b', 4, 'B1'), rating(idOf(2), 'reviewer-b', 3), rating(idOf(3), 'reviewer-b', 2)]
  const rows = orderByDisagreement(uk, a, b)

  it('proposes for every item scored alike, none for disagreements or unrated items', () => {
    const proposals = consensusProposals(rows, [], ['Ann', 'Bo'])
    expect([...proposals.keys()]).toEqual([idOf(1), idOf(2)])
    expect(proposals.get(idOf(1))).toEqual({ score: 4, rationale: 'Ann: A1\nBo: B1' })
    expect(proposals.get(idOf(2))).toEqual({ score: 3, rationale: 'Seen in records' })
  })

  it('proposes nothing for an item with a stored consensus, whatever it holds', () => {
    const proposals = consensusProposals(rows, [{ itemId: idOf(1) }], ['Ann', 'Bo'])
    expect([...proposals.keys()]).toEqual([idOf(2)])
  })
})
