import type { ReactNode } from 'react'
import type { Review } from '#domain/review/review'

/**
 * What a review list says about a review's total and band. The rating issue supplies its own
 * (total and band once scored) through ReviewList's `renderScore`; until then nothing is scored,
 * so nothing is computed here.
 */
export type RenderReviewScore = (review: Review) => ReactNode

export const notScoredYet: RenderReviewScore = () => 'Not scored yet'
