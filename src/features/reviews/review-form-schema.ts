import * as z from 'zod/mini'
import {
  ReviewerSchema,
  ReviewInputSchema,
  ReviewTypeSchema,
  type Reviewer,
  type ReviewInput,
} from '#domain/review/review'

// The form holds two name boxes and one scale choice; the stored review holds a reviewers array and a
// pinned id and version. The field rules come from the review schema so the messages match storage.
const fields = {
  type: ReviewTypeSchema,
  scale: z.string().check(z.minLength(1, { error: 'Choose a scale version' })),
  visitStart: ReviewInputSchema.shape.visitStart,
  visitEnd: ReviewInputSchema.shape.visitEnd,
  firstReviewer: ReviewerSchema.shape.name,
  secondReviewer: z.string().check(z.trim(), z.maxLength(200, { error: 'Keep the name under 200 characters' })),
}

type Checked = { visitStart: string; visitEnd: string; firstReviewer: string; secondReviewer: string }

function checkVisitAndReviewers(values: Checked, ctx: z.core.$RefinementCtx) {
  // ISO calendar dates compare correctly as strings.
  if (values.visitEnd < values.visitStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['visitEnd'],
      message: 'The last day of the visit cannot be before the first',
    })
  }
  const same = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0
  if (values.secondReviewer !== '' && same(values.firstReviewer, values.secondReviewer)) {
    ctx.addIssue({
      code: 'custom',
      path: ['secondReviewer'],
      message: 'The second reviewer has the same name as the first. Leave it empty for a review with one reviewer',
    })
  }
}

export const ReviewFormSchema = z.object(fields).check(z.superRefine(checkVisitAndReviewers))
export type ReviewFormInput = z.input<typeof ReviewFormSchema>
export type ReviewFormValues = z.output<typeof ReviewFormSchema>

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
  const names = [values.firstReviewer, values.secondReviewer].filter((name) => name !== '')
  return names.map((name, index) => ({ id: existing[index]?.id ?? newId(), name }))
}

export function toReviewInput(teamId: string, values: ReviewFormValues, newId: () => string): ReviewInput {
  return {
    teamId,
    type: values.type,
    ...parseScaleKey(values.scale),
    visitStart: values.visitStart,
    visitEnd: values.visitEnd,
    reviewers: toReviewers(values, [], newId),
  }
}
