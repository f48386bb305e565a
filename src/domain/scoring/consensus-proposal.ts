import type { Consensus, Rating } from '#domain/review/rating'
import type { DisagreementRow } from './consensus-order'

/** The most a consensus rationale may hold (ConsensusSchema's limit). */
export const RATIONALE_LIMIT = 20_000
const SHORTENED = '… (shortened: both reviewers’ full rationales are shown beside it)'

/** One reviewer's independent rating of an item, with the reviewer's name for the combined rationale. */
export interface NamedRating {
  reviewer: string
  rating: Pick<Rating, 'score' | 'rationale'> | undefined
}

/** What the pair is offered for an item both scored alike: shown pre-filled, stored only when accepted or edited. */
export interface ConsensusProposal {
  score: number
  rationale: string
}

// Two rationales that differ only in spacing or capitals say the same thing once.
const sameWords = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB') === b.replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')

/**
 * The agreed score and rationale proposed for an item where both reviewers gave the same score, or null when they
 * did not (or one has not scored it). The rationale keeps both reviewers' words, each under the reviewer's name
 * ("Reviewer A: …" then "Reviewer B: …"), once only when they wrote the same; an empty rationale adds nothing.
 */
export function proposeConsensus(a: NamedRating, b: NamedRating): ConsensusProposal | null {
  const score = a.rating?.score
  if (score == null || score !== b.rating?.score) return null
  const written = [a, b]
    .map(({ reviewer, rating }) => ({ reviewer, text: rating?.rationale.trim() ?? '' }))
    .filter(({ text }) => text !== '')
  const [first, second] = written
  const rationale =
    first === undefined
      ? ''
      : second === undefined || sameWords(first.text, second.text)
        ? first.text
        : written.map(({ reviewer, text }) => `${reviewer}: ${text}`).join('\n')
  return { score, rationale: withinLimit(rationale) }
}

// Two long rationales may together pass the limit a stored rationale keeps; both stay in view on the card.
function withinLimit(text: string): string {
  return text.length <= RATIONALE_LIMIT ? text : text.slice(0, RATIONALE_LIMIT - SHORTENED.length) + SHORTENED
}

/**
 * The proposals on the consensus agenda, by item id: items both reviewers scored alike and that have no consensus
 * stored yet. Once anything is stored for an item (accepted, edited or even cleared), the pair's own choice stands.
 */
export function consensusProposals(
  rows: readonly DisagreementRow[],
  consensus: readonly Pick<Consensus, 'itemId'>[],
  reviewers: readonly [string, string],
): Map<string, ConsensusProposal> {
  const stored = new Set(consensus.map((c) => c.itemId))
  const proposals = new Map<string, ConsensusProposal>()
  for (const row of rows) {
    if (row.difference !== 0 || stored.has(row.item.id)) continue
    const proposal = proposeConsensus(
      { reviewer: reviewers[0], rating: row.a },
      { reviewer: reviewers[1], rating: row.b },
    )
    if (proposal) proposals.set(row.item.id, proposal)
  }
  return proposals
}
