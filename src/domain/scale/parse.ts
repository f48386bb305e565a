import * as z from 'zod/mini'
import { checkScaleInvariants, pathSegments } from './invariants'
import { ScaleFileShape, type ScaleFile, type ScaleProblem } from './schema'

// Apart from the schema so the invariants can use the schema's types without an import circle.
export const ScaleFileSchema = ScaleFileShape.check(
  z.superRefine((scale, ctx) => {
    for (const problem of checkScaleInvariants(scale)) {
      ctx.addIssue({ code: 'custom', path: pathSegments(problem.path), message: problem.message })
    }
  }),
)

export type ParseScaleResult = { ok: true; scale: ScaleFile } | { ok: false; problems: ScaleProblem[] }

/** Validates a scale file (structure and every invariant); never throws. */
export function parseScale(json: unknown): ParseScaleResult {
  const result = ScaleFileSchema.safeParse(json)
  if (result.success) return { ok: true, scale: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(file)',
      message: issue.message,
    })),
  }
}
