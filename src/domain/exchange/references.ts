import type { ExchangeFile } from './file'
import { recordKey, reviewTables, tables, type RowTable } from './tables'
import { isReviewer } from '#domain/scoring/review-rules'
import { findScale } from '#domain/scale/catalogue'
import { type ScaleFile } from '#domain/scale/schema'
import { parseScale } from '#domain/scale/parse'

type Problem = { path: string; message: string }
type Kind = 'duplicate' | 'missing' | 'scale'

// Enough to show what is wrong; checking every scale of a hostile backup would only add more of the same.
const MAX_PROBLEMS = 100

const reasons: Record<Kind, string> = {
  duplicate: 'This file lists the same record more than once, so it cannot be imported safely',
  missing: 'Some records in this file refer to others that are not in it, so it cannot be imported',
  scale: 'A scale in this backup is not valid, so the backup cannot be imported',
}

/**
 * What a schema cannot see: every row belongs to a review in the file and each review to a team in
 * it, ratings are by the review's own reviewers, items are items of the review's scale (where the
 * scale is known), no key is used twice, and imported scales are valid scale files. Null when sound.
 */
export function checkReferences(file: ExchangeFile): { reason: string; problems: Problem[] } | null {
  const problems: { kind: Kind; path: string; message: string }[] = []
  const add = (kind: Kind, path: string, message: string) => problems.push({ kind, path, message })
  const { data } = file

  const importedScales: ScaleFile[] = []
  if (file.kind === 'backup') {
    file.data.importedScales.forEach((row, i) => {
      if (problems.length > MAX_PROBLEMS) return
      const parsed = parseScale(row.data)
      if (!parsed.ok) {
        for (const p of parsed.problems) add('scale', `data.importedScales.${i}.data.${p.path}`, p.message)
      } else if (parsed.scale.id !== row.id || parsed.scale.version !== row.version) {
        add(
          'scale',
          `data.importedScales.${i}`,
          `The scale file inside is ${parsed.scale.id} version ${parsed.scale.version}`,
        )
      } else {
        importedScales.push(parsed.scale)
      }
    })
    findDuplicates('importedScales', file.data.importedScales, add)
    findDuplicates('outcomes', file.data.outcomes, add)
  }
  for (const table of reviewTables) findDuplicates(table, data[table], add)

  const teamIds = new Set(data.teams.map((team) => team.id))
  if (file.kind === 'backup') {
    file.data.outcomes.forEach((outcome, i) => {
      if (!teamIds.has(outcome.teamId)) {
        add('missing', `data.outcomes.${i}.teamId`, 'These outcomes belong to a team that is not in the file')
      }
    })
  }
  const reviews = new Map(data.reviews.map((review) => [review.id, review]))
  if (file.kind === 'review') {
    const review = reviews.get(file.reviewId)
    if (!review || data.reviews.length !== 1) {
      add('missing', 'data.reviews', 'A review file holds exactly one review, the one named by reviewId')
    }
    if (data.teams.length !== 1 || (review && data.teams[0]?.id !== review.teamId)) {
      add('missing', 'data.teams', 'A review file holds exactly one team, the review’s own')
    }
  }

  const scaleItems = new Map<string, Set<string> | null>()
  data.reviews.forEach((review, i) => {
    if (!teamIds.has(review.teamId)) add('missing', `data.reviews.${i}.teamId`, 'The review’s team is not in the file')
    review.ratingsFinishedBy.forEach((id, j) => {
      if (!isReviewer(review, id)) {
        add('missing', `data.reviews.${i}.ratingsFinishedBy.${j}`, 'This reviewer is not one of the review’s reviewers')
      }
    })
    const scale = findScale(review.scaleId, review.scaleVersion, importedScales)
    scaleItems.set(review.id, scale ? new Set(scale.items.map((item) => item.id)) : null)
  })

  for (const table of reviewTables) {
    if (table === 'teams' || table === 'reviews') continue
    data[table].forEach((row, i) => {
      const review = reviews.get(row.reviewId)
      if (!review) {
        add(
          'missing',
          `data.${table}.${i}.reviewId`,
          `This ${tables[table].one} belongs to a review that is not in the file`,
        )
        return
      }
      // Unknown scales are reported by the import preview; a known scale must have the item.
      const itemId = 'itemId' in row ? row.itemId : null
      if (itemId !== null && scaleItems.get(review.id)?.has(itemId) === false) {
        add(
          'missing',
          `data.${table}.${i}.itemId`,
          `Item "${itemId}" is not in scale ${review.scaleId} version ${review.scaleVersion}`,
        )
      }
      // A session's planned items, a note's tags and the top recommendations are items of the review's scale,
      // like every item reference.
      const [field, itemIds] =
        'itemIds' in row
          ? ['itemIds', row.itemIds]
          : 'topRecommendations' in row
            ? ['topRecommendations', row.topRecommendations]
            : ['itemIds', []]
      itemIds.forEach((id, j) => {
        if (scaleItems.get(review.id)?.has(id) === false) {
          add(
            'missing',
            `data.${table}.${i}.${field}.${j}`,
            `Item "${id}" is not in scale ${review.scaleId} version ${review.scaleVersion}`,
          )
        }
      })
    })
  }
  // A session note belongs to a session of its own review.
  const sessionReview = new Map(data.visitSessions.map((session) => [session.id, session.reviewId]))
  data.sessionNotes.forEach((note, i) => {
    if (sessionReview.get(note.sessionId) !== note.reviewId) {
      add(
        'missing',
        `data.sessionNotes.${i}.sessionId`,
        'This note’s session is not in the file, or is another review’s',
      )
    }
  })
  data.ratings.forEach((rating, i) => {
    const review = reviews.get(rating.reviewId)
    if (review && !isReviewer(review, rating.reviewerId)) {
      add(
        'missing',
        `data.ratings.${i}.reviewerId`,
        'This rating is by someone who is not one of the review’s reviewers',
      )
    }
  })

  const first = problems[0]
  if (!first) return null
  const n = problems.length
  return {
    reason: `${reasons[first.kind]} (${n} ${n === 1 ? 'problem' : 'problems'}; the first is at ${first.path}: ${first.message}).`,
    problems: problems.map(({ path, message }) => ({ path, message })),
  }
}

function findDuplicates(
  table: RowTable,
  rows: readonly Readonly<Record<string, unknown>>[],
  add: (kind: Kind, path: string, message: string) => void,
): void {
  const firstAt = new Map<string, number>()
  rows.forEach((row, i) => {
    const key = recordKey(table, row)
    const earlier = firstAt.get(key)
    if (earlier === undefined) firstAt.set(key, i)
    else add('duplicate', `data.${table}.${i}`, `The same ${tables[table].one} is also at data.${table}.${earlier}`)
  })
}
