import type { ExchangeFile } from '#domain/exchange/file'
import type { PracticeCase } from '#domain/practice/case'
import { scoresForReview, type ScoreMap } from '#domain/scoring/results'
import { reviewTypeLabels } from '#domain/review/review'
import { traineeName } from '#domain/review/trainee'

export interface TraineeExercise {
  /** The trainee's name, or "Trainee n" (n = place among the accepted files) when the file has none. */
  label: string
  name: string | null
  fileName: string
  scores: ScoreMap
}

export interface ExerciseFileProblem {
  fileName: string
  message: string
}

interface Candidate {
  exercise: Omit<TraineeExercise, 'label'>
  reviewId: string
  exportedAt: string
}

type Checked = { ok: true; candidate: Candidate } | { ok: false; message: string }

function checkFile(fileName: string, file: ExchangeFile, practiceCase: PracticeCase): Checked {
  if (file.kind !== 'review') {
    return { ok: false, message: 'This is a backup of a whole device, not one trainee’s exported exercise.' }
  }
  const review = file.data.reviews.find((r) => r.id === file.reviewId)
  if (!review) return { ok: false, message: 'The file does not contain the review it names, so it cannot be read.' }
  if (review.type !== 'training' || review.practiceCase === null) {
    const kind = reviewTypeLabels[review.type].toLowerCase()
    const article = /^[aeiou]/.test(kind) ? 'an' : 'a'
    return { ok: false, message: `This is ${article} ${kind}, not a training exercise on a practice case.` }
  }
  const { caseId, caseVersion } = review.practiceCase
  if (caseId !== practiceCase.id) {
    return { ok: false, message: `This exercise is on another practice case (${caseId}), not “${practiceCase.title}”.` }
  }
  if (caseVersion !== practiceCase.version) {
    return {
      ok: false,
      message: `This exercise is on version ${caseVersion} of the case; this summary is for version ${practiceCase.version}.`,
    }
  }
  if (review.scaleId !== practiceCase.scaleId || review.scaleVersion !== practiceCase.scaleVersion) {
    return {
      ok: false,
      message: `This exercise was scored on ${review.scaleId} ${review.scaleVersion}; the case uses ${practiceCase.scaleId} ${practiceCase.scaleVersion}.`,
    }
  }
  const ofReview = <T extends { reviewId: string }>(rows: readonly T[]) => rows.filter((r) => r.reviewId === review.id)
  const scores = scoresForReview(review, ofReview(file.data.ratings), ofReview(file.data.consensus))
  const caseItems = new Set(practiceCase.items.map((entry) => entry.itemId))
  const unknown = Object.keys(scores).filter((itemId) => !caseItems.has(itemId))
  if (unknown.length > 0) {
    return {
      ok: false,
      message: `The exercise has ratings for items that are not on the case’s scale (${unknown.join(', ')}).`,
    }
  }
  if (!Object.values(scores).some((score) => score !== null && score !== undefined)) {
    return { ok: false, message: 'The trainee has not rated any item yet.' }
  }
  return {
    ok: true,
    candidate: {
      exercise: { name: traineeName(review), fileName, scores },
      reviewId: review.id,
      exportedAt: file.createdAt,
    },
  }
}

/**
 * The exercises in the files a trainer imported, in file order. A file that is not a training
 * exercise on this case (and version) is left out with the reason. The same exercise in two files
 * counts once: the later export is used, since a trainee may export again after finishing.
 */
export function traineeExercisesFromFiles(
  files: readonly { fileName: string; file: ExchangeFile }[],
  practiceCase: PracticeCase,
): { exercises: TraineeExercise[]; problems: ExerciseFileProblem[] } {
  const accepted: Candidate[] = []
  const problems: ExerciseFileProblem[] = []
  for (const { fileName, file } of files) {
    const checked = checkFile(fileName, file, practiceCase)
    if (!checked.ok) {
      problems.push({ fileName, message: checked.message })
      continue
    }
    const incoming = checked.candidate
    const index = accepted.findIndex((c) => c.reviewId === incoming.reviewId)
    const earlier = accepted[index]
    if (!earlier) {
      accepted.push(incoming)
      continue
    }
    // ISO timestamps compare as strings; on a tie the file met first stays.
    const [kept, dropped] = incoming.exportedAt > earlier.exportedAt ? [incoming, earlier] : [earlier, incoming]
    accepted[index] = kept
    problems.push({
      fileName: dropped.exercise.fileName,
      message: `This is the same exercise as ${kept.exercise.fileName}; it is counted once, from the later export.`,
    })
  }
  const exercises = accepted.map(({ exercise }, index) => ({ ...exercise, label: traineeLabel(exercise, index, true) }))
  return { exercises, problems }
}

/** What a trainee is called in a class summary: the name when names are shown and there is one, else "Trainee n". */
export function traineeLabel(trainee: { name: string | null }, index: number, showNames: boolean): string {
  return showNames && trainee.name !== null ? trainee.name : `Trainee ${index + 1}`
}
