import { afterEach, beforeEach, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Table } from 'dexie'
import { MAX_EXCHANGE_FILE_BYTES, type ExchangeFile, type ReviewData } from '#domain/exchange/file'
import { rowTables } from '#domain/exchange/tables'
import { checkExchangeFile } from '#domain/exchange/check'
import { utf8ByteLength } from '#domain/exchange/export'
import { planImport, resolveImport, type ConflictChoice, type ImportWrites } from '#domain/import/plan'
import type { Consensus, Rating } from '#domain/review/rating'
import { ReviewSchema } from '#domain/review/review'
import { brokenReviewRules } from '#domain/scoring/review-rules'
import { findScale } from '#domain/scale/catalogue'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { getDatabase, SETTINGS_ID } from '../../src/storage/database'
import { ALEX, REVIEW_ID, SAM, TEAM_ID, validBackupFile, validReviewFile } from '../domain/exchange/fixtures'
import { createTeamAndReview, useFreshDatabase } from './fresh-database'

useFreshDatabase()
beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

// Fixed, so CI is reproducible; fast-check prints the seed and path of any failure for replaying it.
const SEED = Number(process.env.EXCHANGE_PROPERTY_SEED ?? 20261123)
const RUNS = 1000

// Whole bases: both reviewers have finished, so a file with fewer ratings would break a review rule.
const bases = { review: validReviewFile(), backup: validBackupFile() }

type Json = unknown
type Path = (string | number)[]

/** Every path in the file, but not deep inside an imported scale's data (parseScale checks that; it would drown the rest). */
function paths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path)
  const insideScale = path.length >= 5 && path[1] === 'importedScales'
  if (value !== null && typeof value === 'object' && !insideScale) {
    for (const [key, child] of Object.entries(value))
      paths(child, [...path, Array.isArray(value) ? Number(key) : key], out)
  }
  return out
}

function parentOf(root: Json, path: Path): [Record<string | number, Json> | null, string | number | undefined] {
  let node = root as Record<string | number, Json>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  return [node !== null && typeof node === 'object' ? node : null, path[path.length - 1]]
}

// A stand-in for a string over the 2,000,000-character limit, so a failing case prints short.
const HUGE = '<a string of 2,000,001 characters>'
const huge = 'x'.repeat(2_000_001)
const hostileString = fc.constantFrom(
  'constructor',
  '__proto__',
  'prototype',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.invalid")',
  '',
  ' ',
  '\u0000\u202e',
  'y'.repeat(60_000),
  HUGE,
)
const hostileNumber = fc.constantFrom(-1, 0, 2.5, 6, 1e308, -0, Number.MAX_SAFE_INTEGER + 2)
const wrongId = fc.oneof(
  fc.constantFrom('', 'seed-team', 'seed-review', TEAM_ID, REVIEW_ID, SAM.id, ALEX.id, 'constructor', 'z'.repeat(300)),
  fc.string({ maxLength: 12 }),
)
const anyValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }))

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'wrong-id'; at: number; value: string }
  | { kind: 'score'; at: number; value: number }
  | { kind: 'duplicate-row'; at: number }
  | { kind: 'format-version'; value: Json }
  | { kind: 'edit-text'; at: number; value: string }
  | { kind: 'valid-score'; at: number; value: number | null }
  | { kind: 'scale-version'; value: string }
  | { kind: 'rule'; rule: RuleBreak; at: number }

/**
 * Changes that break a review rule (review-rules.ts) while every row stays valid on its own: a final
 * review with gaps, a finished reviewer's ratings gone, consensus before both finished, a review cut
 * to one reviewer that keeps its consensus, a final training exercise on a practice case the app lacks.
 */
const ruleBreaks = ['final-with-gaps', 'finished-not-rated', 'consensus-early', 'one-reviewer', 'training'] as const
type RuleBreak = (typeof ruleBreaks)[number]

// Edits a reviewer could make, so many files stay valid and are imported (and conflict with the device's copy).
const textFields = [
  'note',
  'rationale',
  'recommendation',
  'action',
  'owner',
  'notes',
  'jobType',
  'employer',
  'locality',
]
const benignMutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('edit-text' as const),
      at: fc.nat(),
      value: fc.oneof(
        fc.constantFrom('<script>alert(1)</script>', '=SUM(A1:A9)', '@cmd', 'constructor', '__proto__', 'Ünïcödé ✓'),
        fc.string({ maxLength: 40 }),
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('valid-score' as const),
      at: fc.nat(),
      value: fc.constantFrom(1, 2, 3, 4, 5, null),
    }),
  },
  // A scale version that is nowhere: the preview blocks the import.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('scale-version' as const), value: fc.constantFrom('9.9.9') }) },
)

const ruleMutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constant('rule' as const),
  rule: fc.constantFrom(...ruleBreaks),
  at: fc.nat(),
})

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('wrong-id' as const), at: fc.nat(), value: wrongId }),
  fc.record({ kind: fc.constant('score' as const), at: fc.nat(), value: hostileNumber }),
  fc.record({ kind: fc.constant('duplicate-row' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('format-version' as const), value: fc.constantFrom(0, 2, 99, -1, 1.5, '1', null) }),
)

function pick(candidates: Path[], at: number): Path | undefined {
  return candidates.length === 0 ? undefined : candidates[at % candidates.length]
}

function mutate(root: Record<string, Json>, m: Mutation): void {
  if (m.kind === 'format-version') {
    root.formatVersion = m.value
    return
  }
  if (m.kind === 'scale-version') {
    for (const review of (root.data as { reviews: { scaleVersion: string }[] }).reviews) review.scaleVersion = m.value
    return
  }
  if (m.kind === 'rule') {
    breakRule(root.data as ReviewData, m.rule, m.at)
    return
  }
  const all = paths(root).filter((p) => p.length > 0)
  const last = (p: Path) => String(p[p.length - 1])
  const target =
    m.kind === 'wrong-id'
      ? pick(
          all.filter((p) => /(^id|Id|By)$/.test(last(p)) || p.includes('reviewers')),
          m.at,
        )
      : m.kind === 'score'
        ? pick(
            all.filter((p) => last(p) === 'score' || last(p) === 'specialistFte'),
            m.at,
          )
        : m.kind === 'edit-text'
          ? pick(
              all.filter((p) => textFields.includes(last(p))),
              m.at,
            )
          : m.kind === 'valid-score'
            ? pick(
                all.filter((p) => last(p) === 'score'),
                m.at,
              )
            : m.kind === 'duplicate-row'
              ? pick(
                  all.filter((p) => p.length === 3 && p[0] === 'data' && typeof p[2] === 'number'),
                  m.at,
                )
              : pick(all, m.at)
  if (!target) return
  const [parent, key] = parentOf(root, target)
  if (!parent || key === undefined) return
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1)
    else delete parent[key]
  } else if (m.kind === 'duplicate-row') {
    ;(parent as unknown as Json[]).push(structuredClone(parent[key]))
  } else {
    parent[key] = m.value === HUGE ? huge : m.value
  }
}

function breakRule(data: ReviewData, rule: RuleBreak, at: number): void {
  const review = data.reviews[0]
  if (!review) return
  const [first, second] = review.reviewers
  const reviewer = (at % 2 === 0 ? first : second) ?? first
  if (rule === 'final-with-gaps' || rule === 'training') {
    review.status = 'final'
    review.finalisedAt = review.updatedAt
    if (rule === 'training') {
      Object.assign(review, { type: 'training', practiceCase: { caseId: 'no-such-case', caseVersion: '1.0.0' } })
    }
  } else if (rule === 'finished-not-rated') {
    data.ratings = data.ratings.filter((r) => r.reviewerId !== reviewer?.id || r.itemId === data.consensus[0]?.itemId)
  } else if (rule === 'consensus-early') {
    review.ratingsFinishedBy = review.ratingsFinishedBy.filter((id) => id !== reviewer?.id)
  } else if (first) {
    review.reviewers = [first]
    review.ratingsFinishedBy = [first.id]
    data.ratings = data.ratings.filter((r) => r.reviewerId === first.id)
  }
}

type TextMutation =
  { kind: 'proto-key'; at: number; key: string } | { kind: 'truncate'; at: number } | { kind: 'oversize' }

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('proto-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('oversize' as const) }),
)

/** How to make one file: generated as a recipe, so a failing case prints as the few changes made. */
type Recipe =
  { base: keyof typeof bases; mutations: Mutation[]; text: TextMutation | null } | { json: Json } | { raw: string }

/** The file as the import reads it: text and its size in bytes. */
function upload(recipe: Recipe): { text: string; size: number } {
  if ('raw' in recipe) return { text: recipe.raw, size: utf8ByteLength(recipe.raw) }
  if ('json' in recipe) {
    const text = JSON.stringify(recipe.json) ?? ''
    return { text, size: utf8ByteLength(text) }
  }
  const { base, mutations, text } = recipe
  const root = structuredClone(bases[base]) as unknown as Record<string, Json>
  for (const m of mutations) mutate(root, m)
  let json = JSON.stringify(root)
  if (text?.kind === 'proto-key') {
    // Injected as raw text: JSON.stringify cannot write an own __proto__ key.
    const braces = [...json.matchAll(/\{/g)].map((match) => match.index)
    const at = (braces[text.at % braces.length] ?? 0) + 1
    json = `${json.slice(0, at)}"${text.key}":{"polluted":true},${json.slice(at)}`
  } else if (text?.kind === 'truncate') {
    json = json.slice(0, text.at % json.length)
  }
  return { text: json, size: text?.kind === 'oversize' ? MAX_EXCHANGE_FILE_BYTES + 1 : utf8ByteLength(json) }
}

const baseName = fc.constantFrom<keyof typeof bases>('review', 'backup')
const recipes: fc.Arbitrary<Recipe> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      base: baseName,
      mutations: fc.array(benignMutation, { maxLength: 3 }),
      text: fc.constant(null),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      base: baseName,
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      text: fc.option(textMutation, { freq: 4, nil: null }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      base: baseName,
      mutations: fc
        .tuple(ruleMutation, fc.array(benignMutation, { maxLength: 2 }))
        .map(([rule, benign]) => [rule, ...benign]),
      text: fc.constant(null),
    }),
  },
  { weight: 1, arbitrary: fc.record({ json: fc.jsonValue() }) },
  { weight: 1, arbitrary: fc.record({ raw: fc.string() }) },
)

// ---------------------------------------------------------------------------------------------
// The device

type Dump = Record<string, Map<string, unknown>>

function keyOf(table: Table, row: unknown): string {
  const keyPath = table.schema.primKey.keyPath
  const value = (path: string) => (row as Record<string, unknown>)[path]
  return JSON.stringify(Array.isArray(keyPath) ? keyPath.map(value) : value(keyPath ?? ''))
}

async function dump(): Promise<Dump> {
  const db = getDatabase()
  const tables = await Promise.all(
    db.tables.map(async (t) => [t.name, new Map((await t.toArray()).map((row) => [keyOf(t, row), row]))] as const),
  )
  return Object.fromEntries(tables)
}

async function restore(state: Dump) {
  const db = getDatabase()
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()))
    await Promise.all(db.tables.map((t) => t.bulkPut([...(state[t.name]?.values() ?? [])])))
  })
}

/** What the device must hold after an import: every row it had, with the written rows put over them by key. */
function afterWriting(before: Dump, writes: ImportWrites): Dump {
  const db = getDatabase()
  const expected: Dump = Object.fromEntries(Object.entries(before).map(([name, rows]) => [name, new Map(rows)]))
  for (const table of rowTables) {
    for (const row of writes[table]) expected[table]!.set(keyOf(db[table] as Table, row), row)
  }
  if (writes.settings) {
    const device = before.settings?.get(JSON.stringify(SETTINGS_ID)) as Record<string, unknown> | undefined
    expected.settings!.set(JSON.stringify(SETTINGS_ID), {
      ...writes.settings,
      lastBackupAt: device?.lastBackupAt ?? null,
      persistenceRequested: device?.persistenceRequested ?? false,
      id: SETTINGS_ID,
    })
  }
  return expected
}

const isScaleAvailable = (id: string, version: string) => findScale(id, version) !== undefined

it(`rejects or imports exactly each of ${RUNS} malformed or mutated files, never partly`, async () => {
  // Two devices: one with only unrelated data, one that also holds the base review (so files conflict and merge).
  await createTeamAndReview()
  const unrelated = await dump()
  await exchangeRepo.applyImport(
    { ...bases.backup.data, settings: null } as ImportWrites,
    await exchangeRepo.readExisting(bases.backup),
  )
  const holdingTheReview = await dump()
  expect(brokenOn(holdingTheReview)).toEqual([])
  let outcomes = { rejected: 0, blocked: 0, imported: 0, withConflicts: 0, breaksRules: 0 }

  await fc.assert(
    fc.asyncProperty(recipes, fc.boolean(), fc.array(fc.boolean(), { maxLength: 6 }), async (recipe, holds, bits) => {
      const file = upload(recipe)
      const breaking = ruleBroken(recipe)
      const device = holds ? holdingTheReview : unrelated
      await restore(device)
      const check = checkExchangeFile(file.text, file.size)
      if (!check.ok) {
        expect(check.reason.trim()).not.toBe('')
        outcomes = { ...outcomes, rejected: outcomes.rejected + 1 }
      } else {
        const existing = await exchangeRepo.readExisting(check.file)
        const plan = planImport(check.file, existing, isScaleAvailable)
        // A file that breaks a rule whatever the device holds is refused in the preview already (or for its scale).
        if (breaking === 'always') expect(plan.blockers.join(' ')).toMatch(/would break the app’s rules|scale/)
        if (plan.blockers.some((b) => b.includes('would break the app’s rules'))) {
          // Blocked for the rules only when the rows it would write do break one.
          expect(brokenOn(afterWriting(device, resolveImport(plan, {})))).not.toEqual([])
        }
        if (plan.blockers.length > 0) {
          expect(plan.blockers.every((b) => b.trim() !== '')).toBe(true)
          outcomes = { ...outcomes, blocked: outcomes.blocked + 1 }
        } else {
          const choices: Record<string, ConflictChoice> = {}
          plan.conflicts.forEach((c, i) => {
            if (bits.length > 0) choices[c.id] = bits[i % bits.length] ? 'incoming' : 'local'
          })
          const writes = resolveImport(plan, choices)
          const expected = afterWriting(device, writes)
          const broken = brokenOn(expected)
          const applied = await exchangeRepo.applyImport(writes, existing).then(
            () => null,
            (error: unknown) => error,
          )
          if (broken.length === 0) {
            // Every file that leaves each review within the rules is written, exactly.
            expect(applied).toBeNull()
            expect(breaking).not.toBe('always')
            const after = await dump()
            expect(after).toEqual(expected)
            // scoresOnDevice holds the device's other rows of the review, which share no key with the file.
            const sharingKeys = Object.entries(existing).filter(([name]) => name !== 'scoresOnDevice')
            if (sharingKeys.every(([, rows]) => rows === null || (Array.isArray(rows) && rows.length === 0))) {
              expectEveryRowOfTheFile(check.file, after)
            }
            outcomes = {
              ...outcomes,
              imported: outcomes.imported + 1,
              withConflicts: outcomes.withConflicts + (plan.conflicts.length > 0 ? 1 : 0),
            }
            return
          }
          // A conflict choice that would break a rule is refused when writing, naming it.
          expect(applied).toMatchObject({ code: 'invalid', message: expect.stringContaining(broken[0]!) })
        }
      }
      if (breaking !== 'none') outcomes = { ...outcomes, breaksRules: outcomes.breaksRules + 1 }
      // Refused before any write: the device is exactly as it was.
      expect(await dump()).toEqual(device)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }),
    { numRuns: RUNS, seed: SEED },
  )
  // The generator reaches every outcome, so the property is not passing vacuously.
  expect(outcomes.rejected).toBeGreaterThan(RUNS / 4)
  expect(outcomes.imported).toBeGreaterThan(RUNS / 4)
  expect(outcomes.withConflicts).toBeGreaterThan(RUNS / 20)
  expect(outcomes.blocked).toBeGreaterThan(0)
  expect(outcomes.breaksRules).toBeGreaterThan(RUNS / 10)
}, 240_000)

/**
 * Whether a recipe breaks a review rule: 'always' for a final review (or training exercise) with
 * most items unscored, which no device's rows can complete; 'maybe' where merging with the device's
 * copy can mend it (its reviewer finished there too).
 */
function ruleBroken(recipe: Recipe): 'always' | 'maybe' | 'none' {
  if (!('base' in recipe)) return 'none'
  const rules = recipe.mutations.flatMap((m) => (m.kind === 'rule' ? [m.rule] : []))
  if (rules.some((rule) => rule === 'final-with-gaps' || rule === 'training')) return 'always'
  return rules.length > 0 ? 'maybe' : 'none'
}

/** The words of every rule some review on the device breaks (the devices start with none broken). */
function brokenOn(state: Dump): string[] {
  const rows = <T>(table: string) => [...(state[table]?.values() ?? [])] as T[]
  const ratings = rows<Rating>('ratings')
  const consensus = rows<Consensus>('consensus')
  return rows<unknown>('reviews').flatMap((row) => {
    const review = ReviewSchema.parse(row)
    const scale = findScale(review.scaleId, review.scaleVersion) ?? null
    const own = <T extends { reviewId: string }>(list: T[]) => list.filter((r) => r.reviewId === review.id)
    return brokenReviewRules({ review, ratings: own(ratings), consensus: own(consensus) }, scale).map((b) => b.rule)
  })
}

/** With nothing of the file on the device before, every row of the file is on it now, exactly. */
function expectEveryRowOfTheFile(file: ExchangeFile, after: Dump) {
  const db = getDatabase()
  for (const table of rowTables) {
    const rows: unknown[] =
      table === 'importedScales' || table === 'outcomes'
        ? file.kind === 'backup'
          ? file.data[table]
          : []
        : file.data[table]
    for (const row of rows) expect(after[table]!.get(keyOf(db[table] as Table, row))).toEqual(row)
  }
}
