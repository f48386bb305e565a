import type { ReviewType } from './review-type'

/**
 * The words each kind of review uses for itself, in one place so the form, the review page, the list and
 * the report agree. An independent review is a visit by one or two reviewers; in a self-assessment the team
 * leader gathers the team's own data and rates alone (no visit, no second reviewer); a training exercise is
 * one trainee scoring a practice case on one day (no planning, no consensus, no personal data).
 */
export interface ReviewWords {
  /** The report's title, before the team's name: "IPS fidelity review". */
  reportTitle: string
  /** The line under the title on the report's cover. */
  reportSubtitle: string
  /** The dates as a heading or a field label: "Visit dates". */
  dates: string
  /** The dates as a fact on the review page: "Visit". */
  datesFact: string
  /** Before the first date in a sentence: "visit of 2 March 2026". */
  datesPhrase: string
  firstDay: string
  /** Null when the review is one day by nature (a training exercise): the form asks for one date. */
  lastDay: string | null
  lastDayHint: string
  enterFirstDay: string
  lastBeforeFirst: string
  /** The person who rates, one and many: "reviewer", "reviewers". */
  rater: readonly [one: string, many: string]
  /** The form's group of names: "Reviewers", "Assessor". */
  ratersHeading: string
  ratersHint: string
  firstRater: string
  /** Null when the kind has one person rating. */
  secondRater: string | null
  enterRaterName: string
  /** A visit plan, a data request, interviews to arrange. */
  hasPlanning: boolean
  /** Real people's details that the review can later delete. */
  hasPersonalData: boolean
}

const reviewWordsByType: Record<ReviewType, ReviewWords> = {
  independent: {
    reportTitle: 'IPS fidelity review',
    reportSubtitle: 'Quality assurance report from an independent fidelity review',
    dates: 'Visit dates',
    datesFact: 'Visit',
    datesPhrase: 'visit of',
    firstDay: 'First day of the visit',
    lastDay: 'Last day of the visit',
    lastDayHint: 'The same as the first day for a one-day visit.',
    enterFirstDay: 'Enter the first day of the visit',
    lastBeforeFirst: 'The last day of the visit cannot be before the first',
    rater: ['reviewer', 'reviewers'],
    ratersHeading: 'Reviewers',
    ratersHint: 'One or two people rate the items; with two, they agree the consensus ratings.',
    firstRater: "First reviewer's name",
    secondRater: "Second reviewer's name (optional)",
    enterRaterName: 'Enter the reviewer’s name',
    hasPlanning: true,
    hasPersonalData: true,
  },
  'self-assessment': {
    reportTitle: 'IPS fidelity self-assessment',
    reportSubtitle: 'The team’s own assessment of its fidelity, rated by its team leader',
    dates: 'Assessment dates',
    datesFact: 'Assessment',
    datesPhrase: 'assessment starting',
    firstDay: 'First day of the assessment',
    lastDay: 'Last day of the assessment',
    lastDayHint: 'The days over which the team leader gathers the team’s data and rates the items.',
    enterFirstDay: 'Enter the first day of the assessment',
    lastBeforeFirst: 'The last day of the assessment cannot be before the first',
    rater: ['assessor', 'assessors'],
    ratersHeading: 'Assessor',
    ratersHint: 'The team leader gathers the team’s own data and rates the items alone.',
    firstRater: "Assessor's name",
    secondRater: null,
    enterRaterName: 'Enter the assessor’s name',
    hasPlanning: true,
    hasPersonalData: true,
  },
  training: {
    reportTitle: 'IPS fidelity training exercise',
    reportSubtitle: 'A training exercise: the scores rate a practice case, not a real service',
    dates: 'Exercise date',
    datesFact: 'Exercise date',
    datesPhrase: 'exercise on',
    firstDay: 'Date of the exercise',
    lastDay: null,
    lastDayHint: '',
    enterFirstDay: 'Enter the date of the exercise',
    lastBeforeFirst: 'The exercise is on one day',
    rater: ['trainee', 'trainees'],
    ratersHeading: 'Trainee',
    ratersHint: 'The trainee rates the items alone, then compares their scores with the trainer’s.',
    firstRater: "Trainee's name",
    secondRater: null,
    enterRaterName: 'Enter the trainee’s name',
    hasPlanning: false,
    hasPersonalData: false,
  },
}

export function reviewWords(type: ReviewType): ReviewWords {
  return reviewWordsByType[type]
}

/** "Reviewer" or "Reviewers", "Assessor", "Trainee": the label beside the names, by how many there are. */
export function raterLabel(type: ReviewType, count: number): string {
  const [one, many] = reviewWordsByType[type].rater
  const word = count === 1 ? one : many
  return word.charAt(0).toUpperCase() + word.slice(1)
}
