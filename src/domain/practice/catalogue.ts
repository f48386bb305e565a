import { PracticeCaseSchema, practiceCaseLevels } from './case'
import type { PracticeCase } from './case'
import { compareVersions } from '#domain/scale/catalogue'

export type ParsePracticeCaseResult =
  { ok: true; practiceCase: PracticeCase } | { ok: false; problems: { path: string; message: string }[] }

export function parsePracticeCase(json: unknown): ParsePracticeCaseResult {
  const result = PracticeCaseSchema.safeParse(json)
  if (result.success) return { ok: true, practiceCase: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(file)',
      message: issue.message,
    })),
  }
}

// Bundled at build time, like the scales, so a course runs offline. A shipped case is guarded by
// tests/domain/practice/catalogue.test.ts; a broken one stops the app at load rather than misleading trainees.
const modules = import.meta.glob<{ default: unknown }>('../../../scales/practice-cases/*.json', { eager: true })

function loadBundled(): PracticeCase[] {
  return Object.entries(modules).map(([path, module]) => {
    const result = parsePracticeCase(module.default)
    if (!result.ok) {
      const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
      throw new Error(`Practice case ${path} is invalid: ${detail}`)
    }
    const expected = `/practice-cases/${result.practiceCase.id}.json`
    if (!path.endsWith(expected)) throw new Error(`Practice case ${path} must be stored as scales${expected}`)
    return result.practiceCase
  })
}

// Lowest band first: a course usually starts with the team that has most to fix.
const bandOrder: readonly PracticeCase['expectedBandId'][] = ['below-fair', 'fair', 'good', 'exemplary']
const bandRank = (level: PracticeCase['expectedBandId']) => bandOrder.indexOf(level)
// Every level the schema allows must have a place in the order, or sorting would silently misplace it.
if (practiceCaseLevels.some((level) => bandRank(level) < 0)) throw new Error('A practice case level has no sort order')

export function sortPracticeCases(cases: readonly PracticeCase[]): PracticeCase[] {
  return [...cases].sort(
    (a, b) => bandRank(a.expectedBandId) - bandRank(b.expectedBandId) || a.title.localeCompare(b.title, 'en-GB'),
  )
}

export const practiceCases: readonly PracticeCase[] = sortPracticeCases(loadBundled())

/** The bundled case with this id; without a version, its newest version. */
export function findPracticeCase(id: string, version?: string): PracticeCase | undefined {
  const matches = practiceCases.filter((c) => c.id === id && (version === undefined || c.version === version))
  return matches.sort((a, b) => compareVersions(b.version, a.version))[0]
}
