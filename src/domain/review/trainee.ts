import type { Review } from './review'

/**
 * The name a training exercise's reviewer gets when the trainee gives none: it says nothing about
 * who scored, so a class summary numbers that trainee instead ("Trainee 3").
 */
export const UNNAMED_TRAINEE = 'Trainee'

/** The trainee who scored a training exercise, as they gave their name; null when they gave none. */
export function traineeName(review: Pick<Review, 'reviewers'>): string | null {
  const names = review.reviewers.map((r) => r.name.trim()).filter((name) => name !== '' && name !== UNNAMED_TRAINEE)
  return names.length === 0 ? null : names.join(' and ')
}
