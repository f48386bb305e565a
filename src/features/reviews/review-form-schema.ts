import * as z from 'zod/mini'
import {
  ReviewInputSchema,
  ReviewTypeSchema,
  type Reviewer,
  type ReviewInput,
  type ReviewType,
} from '#domain/review/review'
import { reviewWords } from '#domain/review/wording'

// The form holds two name boxes and one scale choice; the stored review holds a reviewers array and a
// pinned id and version. Which boxes count, and the messages, follow the review type's words (a
// self-assessment has one assessor, a training exercise one date), so the rules are checked together.
const name = z.string().check(z.trim(), z.maxLength(200, { error: 'Keep the name under 200 characters' }))
const fields = {
  type: ReviewTypeSchema,
  scale: z.string().check(z.minLength(1, { error: 'Choose a scale version' })),
  visitStart: z.string(),
  visitEnd: z.string(),
  firstReviewer: name,
  secondReviewer: name,
}

type Checked = {
  type: ReviewType
  visitStart: string
  visitEnd: string
  firstReviewer: string
  secondReviewer: string
}

const isDate = (value: string) => ReviewInputSchema.shape.visitStart.safeParse(value).success
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

function checkVisitAndReviewers(values: Checked, ctx: z.core.$RefinementCtx) {
  const words = reviewWords(values.type)
  const issue = (path: keyof Checked, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (!isDate(values.visitStart)) issue('visitStart', words.enterFirstDay)
  if (words.lastDay !== null) {
    if (!isDate(values.visitEnd)) issue('visitEnd', `Enter the ${lowerFirst(words.lastDay)}`)
    // ISO calendar dates compare correctly as strings.
    else if (values.visitEnd < values.visitStart) issue('visitEnd', words.lastBeforeFirst)
  }
  if (values.firstReviewer === '') issue('firstReviewer', words.enterRaterName)
  const same = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0
  if (words.secondRater !== null && values.secondReviewer !== '' && same(values.firstReviewer, values.secondReviewer)) {
    issue(
      'secondReviewer',
      'The second reviewer has the same name as the first. Leave it empty for a review with one reviewer',
    )
  }
}

export const ReviewFormSchema = z.object(fields).check(z.superRefine(checkVisitAndReviewers))
export type ReviewFormInput = z.input<typeof ReviewFormSchema>
export type ReviewFormValues = z.output<typeof ReviewFormSchema>

/** The dates to store: a training exercise is one day, whatever its hidden last-day box holds. */
export function toDates(values: ReviewFormValues): { visitStart: string; visitEnd: string } {
  const oneDay = reviewWords(values.type).lastDay === null
  return { visitStart: values.visitStart, visitEnd: oneDay ? values.visitStart : values.visitEnd }
}

/** The names that will be stored: a type with one person rating keeps only the first box. */
export function namesToStore(values: Pick<ReviewFormValues, 'type' | 'firstReviewer' | 'secondReviewer'>): string[] {
  const second = reviewWords(values.type).secondRater === null ? '' : values.secondReviewer.trim()
  return [values.firstReviewer.trim(), second].filter((name) => name !== '')
}

/** Splits the scale select's value ("ips-uk@1.0.0"); ids and versions never contain "@". */
export function parseScaleKey(key: string): { scaleId: string; scaleVersion: string } {
  const at = key.lastIndexOf('@')
  return { scaleId: key.slice(0, at), scaleVersion: key.slice(at + 1) }
}

/**
 * The reviewers to store. A reviewer keeps their id when their name is corrected, because ratings
 * are stored against the id.
 */
export function toReviewers(values: ReviewFormValues, existing: readonly Reviewer[], newId: () => string): Reviewer[] {
  return namesToStore(values).map((name, index) => ({ id: existing[index]?.id ?? newId(), name }))
}

export function toReviewInput(teamId: string, values: ReviewFormValues, newId: () => string): ReviewInput {
  return {
    teamId,
    type: values.type,
    ...parseScaleKey(values.scale),
    ...toDates(values),
    reviewers: toReviewers(values, [], newId),
  }
}
