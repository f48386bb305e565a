import { describe, expect, it } from 'vitest'
import type { ActionPlanEntry } from '#domain/scoring/action-plan'
import { recordNotRecorded, type EvidenceEntry, type RecordReviewRow } from '#domain/review/evidence'
import { buildReportModel, keyDateLines, scaleWording, type ReportInput } from '#domain/report-model/model'
import { findScale } from '#domain/scale/catalogue'
import { TeamSchema, type Team } from '#domain/review/team'
import type { VisitSession } from '#domain/visit/session'
import { visitSession } from '../visit/fixtures'
import { consensus, rating, review } from '../scoring/results-helpers'

const uk = findScale('ips-uk', '1.0.0')!
const at = '2026-11-21T12:00:00.000Z'
const now = new Date(2026, 10, 25, 12, 0, 0) // 25 November 2026, midday on the device's calendar

function team(overrides: Partial<Team> = {}): Team {
  return TeamSchema.parse({
    id: 'team-1',
    name: 'Northgate Community Recovery Team',
    organisation: 'Northgate NHS Foundation Trust',
    serviceType: 'community-recovery',
    locality: 'Northgate',
    teamLeader: 'Sam Lee',
    specialistCount: 4,
    specialistFte: 3.6,
    notes: '',
    archivedAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  })
}

const twoReviewers = [
  { id: 'reviewer-a', name: 'Zoë Ó Briain' },
  { id: 'reviewer-b', name: 'Priya Shah' },
]

/** Item number → consensus score: items 1-12 at 5 and 13-25 at 4, except items 3, 14, 20 at 3, item 6 at 2, item 25 at 1 (total 102). */
function scoreOf(number: number): number {
  const special: Record<number, number> = { 3: 3, 14: 3, 20: 3, 6: 2, 25: 1 }
  return special[number] ?? (number <= 12 ? 5 : 4)
}

function finalInput(overrides: Partial<ReportInput> = {}): ReportInput {
  const finalReview = review({
    reviewers: twoReviewers,
    visitStart: '2026-11-20',
    visitEnd: '2026-11-21',
    finalisedAt: '2026-12-01T12:00:00.000Z',
  })
  return {
    team: team(),
    review: finalReview,
    scale: uk,
    // Individual ratings must never decide the result when there are two reviewers.
    ratings: uk.items.map((item) => rating(item.id, 'reviewer-a', 1, 'my own view')),
    consensus: uk.items.map((item) =>
      consensus(item.id, scoreOf(item.number), `Agreed rationale for item ${item.number}`),
    ),
    evidence: [],
    records: [],
    sessions: [],
    actionPlan: [],
    narrative: null,
    findings: [],
    calculatorInputs: [],
    previous: null,
    alongside: [],
    ...overrides,
  }
}

function evidence(id: string, overrides: Partial<EvidenceEntry>): EvidenceEntry {
  return {
    id,
    reviewId: 'review-1',
    itemId: 'caseload-size',
    source: 'document',
    note: 'A note',
    createdAt: at,
    updatedAt: at,
    includeInReport: false,
    ...overrides,
  }
}

function planEntry(id: string, itemId: string, overrides: Partial<ActionPlanEntry> = {}): ActionPlanEntry {
  return {
    id,
    reviewId: 'review-1',
    itemId,
    recommendation: '',
    action: '',
    owner: '',
    targetDate: null,
    statusUpdates: [],
    reviewPointMonths: 3,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}

const build = (input: ReportInput, includeEvidence = false) => buildReportModel(input, { includeEvidence, now })

describe('a full final review', () => {
  const model = build(finalInput())

  it('is not a draft, and names the team, visit and reviewers on the cover', () => {
    expect(model.draft).toBe(false)
    expect(model.title).toBe('IPS fidelity review: Northgate Community Recovery Team')
    expect(model.author).toBe('Zoë Ó Briain, Priya Shah')
    expect(model.cover).toEqual({
      subtitle: 'Quality assurance report from an independent fidelity review',
      teamName: 'Northgate Community Recovery Team',
      organisation: 'Northgate NHS Foundation Trust',
      reviewType: 'Independent fidelity review',
      datesLabel: 'Visit dates',
      visitDates: '20-21 November 2026',
      reviewersLabel: 'Reviewers',
      reviewers: ['Zoë Ó Briain', 'Priya Shah'],
      scaleName: 'IPS Fidelity Scale (UK version)',
      scaleVersion: '1.0.0',
      scaleWording:
        'The criteria and anchors in this report are this app’s own restatement of the IPS Fidelity Scale (UK version), not its licensed wording.',
      status: 'Final',
      generatedOn: '25 November 2026',
    })
    expect(model.signOff).toEqual({ reviewers: ['Zoë Ó Briain', 'Priya Shah'], finalisedOn: '1 December 2026' })
  })

  it('summarises the consensus scores: total, band with its range, section subtotals', () => {
    expect(model.summary).toMatchObject({
      total: 102,
      ratedCount: 25,
      itemCount: 25,
      band: { label: 'Good fidelity', min: 100, max: 114 },
      comparison: null,
    })
    expect(model.summary.sections).toEqual([
      { title: 'Staffing', total: 13, max: 15 },
      { title: 'Organisation', total: 37, max: 40 },
      { title: 'Services', total: 52, max: 70 },
    ])
    expect(model.summary.itemScores.map((s) => [s.number, s.score])).toEqual(
      uk.items.map((item) => [item.number, scoreOf(item.number)]),
    )
  })

  it('lists all 25 items in order with section place, criterion, consensus score and rationale', () => {
    expect(model.items.map((i) => i.number)).toEqual(Array.from({ length: 25 }, (_, n) => n + 1))
    expect(model.items[0]).toMatchObject({
      number: 1,
      sectionLabel: 'Staffing 1',
      title: 'Caseload size',
      score: 5,
      rationale: 'Agreed rationale for item 1',
      finding: 'strength',
      evidence: [],
    })
    expect(model.items[0]?.criterion).toMatch(/^Each employment specialist holds a caseload/)
    expect(model.items[14]).toMatchObject({ number: 15, sectionLabel: 'Services 4', score: 4, finding: 'none' })
  })

  it('lists strengths (items at 5) in item order, and items at or below the threshold as areas to develop', () => {
    expect(model.strengths.map((s) => s.number)).toEqual([1, 2, 4, 5, 7, 8, 9, 10, 11, 12])
    // Nobody has written a recommendation yet: none is listed, and no item claims one.
    expect(model.recommendations).toEqual([])
    expect(model.items.filter((i) => i.finding === 'recommendation')).toEqual([])
    expect(model.items.filter((i) => i.finding === 'area-to-develop').map((i) => i.number)).toEqual([3, 6, 14, 20, 25])
  })

  it('explains the anchors and lists the bands in the scoring key', () => {
    expect(model.scoringKey.anchorMeaning).toMatch(/one whole anchor from 1 to 5/)
    expect(model.scoringKey.bands.map((b) => `${b.label} ${b.min}-${b.max}`)).toEqual([
      'Exemplary fidelity 115-125',
      'Good fidelity 100-114',
      'Fair fidelity 74-99',
      'Not IPS 25-73',
    ])
  })

  it('is named after the team and the last day of the visit', () => {
    expect(model.fileName).toBe('northgate-crt-fidelity-review-2026-11-21.pdf')
  })
})

describe('whose wording the criteria are in', () => {
  it('says plainly that a bundled scale is the app’s own wording, and names an imported scale', () => {
    expect(scaleWording(uk)).toBe(
      'The criteria and anchors in this report are this app’s own restatement of the IPS Fidelity Scale (UK version), not its licensed wording.',
    )
    const licensed = { ...uk, id: 'cmh-licensed', version: '2.0.0', title: 'IPS Fidelity Scale', publisher: 'A trust' }
    expect(scaleWording(licensed)).toBe(
      'The criteria and anchors in this report are worded as in the imported scale file IPS Fidelity Scale, version 2.0.0 (A trust).',
    )
    expect(build(finalInput()).cover.scaleWording).toBe(scaleWording(uk))
  })
})

describe('a review that is not final', () => {
  it('is a draft, named with the day it was generated, and has no sign-off date', () => {
    const input = finalInput()
    const model = build({ ...input, review: { ...input.review, status: 'consensus', finalisedAt: null } })
    expect(model.draft).toBe(true)
    expect(model.cover.status).toBe('Draft (Consensus)')
    expect(model.fileName).toBe('northgate-crt-fidelity-review-draft-2026-11-25.pdf')
    expect(model.signOff.finalisedOn).toBeNull()
  })

  it('has no total or band while items are unscored, but keeps the scores so far', () => {
    const input = finalInput()
    const model = build({
      ...input,
      review: { ...input.review, status: 'scoring', finalisedAt: null },
      consensus: input.consensus.slice(0, 20),
    })
    expect(model.summary).toMatchObject({ total: null, band: null, ratedCount: 20, itemCount: 25 })
    expect(model.items[24]).toMatchObject({ score: null, rationale: '', finding: 'none' })
  })
})

describe('the file name', () => {
  it.each([
    ["Zoë's <script>/ team", 'zoes-script-team-fidelity-review-2026-11-21.pdf'],
    ['../../etc/passwd', 'etc-passwd-fidelity-review-2026-11-21.pdf'],
    ['שלום 🙂 ‮team', 'team-fidelity-review-2026-11-21.pdf'],
    ['🙂🙂', 'team-fidelity-review-2026-11-21.pdf'],
    ['Early Intervention in Psychosis (South)', 'eip-south-fidelity-review-2026-11-21.pdf'],
  ])('is safe for the team name %j', (name, expected) => {
    expect(build({ ...finalInput(), team: team({ name }) }).fileName).toBe(expected)
  })

  it('stays within 80 characters of a-z, 0-9 and hyphens for a very long name', () => {
    const fileName = build({ ...finalInput(), team: team({ name: 'Long '.repeat(39) + 'Name' }) }).fileName
    expect(fileName.length).toBeLessThanOrEqual(80)
    expect(fileName).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*-fidelity-review-2026-11-21\.pdf$/)
  })
})

describe('evidence in the report', () => {
  const entries = [
    evidence('e1', {
      source: 'interview',
      intervieweeRole: 'team leader',
      note: 'Caseloads of 18 <b>each</b>',
      includeInReport: true,
    }),
    evidence('e2', { note: 'Not chosen for the report' }),
    evidence('e3', { itemId: 'disclosure', source: 'observation', note: 'Seen at the meeting', includeInReport: true }),
    evidence('e4', { reviewId: 'other-review', note: 'Another review', includeInReport: true }),
  ]

  it('is left out unless the report includes evidence', () => {
    expect(build(finalInput({ evidence: entries })).items.every((i) => i.evidence.length === 0)).toBe(true)
  })

  it('includes only the notes a reviewer chose, kept as typed, with the source and role', () => {
    const model = build(finalInput({ evidence: entries }), true)
    expect(model.items[0]?.evidence).toEqual(['Interview (team leader): Caseloads of 18 <b>each</b>'])
    expect(model.items[12]?.evidence).toEqual(['Observation: Seen at the meeting'])
    expect(model.items.flatMap((i) => i.evidence)).toHaveLength(2)
  })
})

const session = (id: string, fields: Partial<VisitSession>) => visitSession(id, { reviewId: 'review-1', ...fields })

const records: RecordReviewRow[] = ['R-01', 'R-02', 'R-03'].map((anonymousId, n) => ({
  id: `rr${n}`,
  reviewId: 'review-1',
  anonymousId,
  ...recordNotRecorded,
  createdAt: at,
  updatedAt: at,
}))

// Many notes from one conversation: the method must count the conversation, not the notes.
const manyNotes = [
  evidence('e1', { source: 'interview', intervieweeRole: 'Team leader' }),
  evidence('e2', { source: 'interview', intervieweeRole: ' team  leader ' }),
  evidence('e3', { source: 'interview', intervieweeRole: 'Service user' }),
  evidence('e4', { source: 'interview' }),
  evidence('e5', { source: 'record-review' }),
  evidence('e6', { source: 'document', reviewId: 'other-review' }),
]

describe('the method section', () => {
  it('counts sessions and people by role from the visit plan, never notes', () => {
    const sessions = [
      session('s1', { kind: 'interview', role: 'team-leader', people: 1 }),
      session('s2', { kind: 'group-interview', role: 'employment-specialist', people: 4 }),
      session('s3', { kind: 'interview', role: 'employment-specialist', people: 1 }),
      session('s4', { kind: 'observation', role: 'clinician', people: 8 }),
      session('s5', { kind: 'group-interview', role: 'other', otherRoleLabel: 'housing officer', people: 2 }),
      session('s6', { kind: 'record-review', role: null, people: 0 }),
      session('s7', { kind: 'document-review', role: null, people: 0 }),
      session('s8', { kind: 'feedback-meeting', role: 'team-leader', people: 3 }),
      session('s9', { reviewId: 'other-review', role: 'psychiatrist' }),
    ]
    const { method } = build(finalInput({ evidence: manyNotes, records, sessions }))
    expect(method.interviews).toEqual([
      { role: 'Team leader', sessions: '1 interview', people: 1 },
      { role: 'Employment specialists', sessions: '1 group interview and 1 interview', people: 5 },
      { role: 'Housing officer', sessions: '1 group interview', people: 2 },
    ])
    expect(method.observations).toEqual([
      { role: 'Care coordinators or clinicians', sessions: '1 observation', people: 8 },
    ])
    expect(method.recordsSampled).toBe(3)
    expect(method.documentReviews).toBe(1)
    // With a plan, nothing is inferred from the notes.
    expect(method).toMatchObject({ evidenceKinds: [], rolesNamed: [] })
    expect(method).toMatchObject({ datesLabel: 'Visit dates', visitDates: '20-21 November 2026' })
  })

  it('without a visit plan names the kinds of evidence and the roles, with no numbers beside them', () => {
    const { method } = build(finalInput({ evidence: manyNotes, records }))
    expect(method.interviews).toEqual([])
    expect(method.observations).toEqual([])
    expect(method.evidenceKinds).toEqual(['Interview', 'Record review'])
    expect(method.rolesNamed).toEqual(['Service user', 'Team leader'])
    expect(method.recordsSampled).toBe(3)
  })

  it('speaks of a self-assessment’s assessment dates and assessor, and titles it as a self-assessment', () => {
    const alone = finalInput()
    const model = build({
      ...alone,
      review: { ...alone.review, type: 'self-assessment', reviewers: [twoReviewers[0]!] },
      consensus: [],
      ratings: uk.items.map((item) => rating(item.id, 'reviewer-a', 4, 'ok')),
    })
    expect(model.title).toBe('IPS fidelity self-assessment: Northgate Community Recovery Team')
    expect(model.cover).toMatchObject({ datesLabel: 'Assessment dates', reviewersLabel: 'Assessor' })
    expect(model.method).toMatchObject({ datesLabel: 'Assessment dates', reviewersLabel: 'Assessor' })
  })
})

describe('recommendations and the action plan', () => {
  const plan = [
    planEntry('p2', 'zero-exclusion', { recommendation: 'Above the threshold', action: 'x' }),
    planEntry('p1', 'assertive-engagement-and-outreach', {
      recommendation: 'Agree an outreach policy',
      action: 'Write the policy',
      owner: 'Team leader',
      targetDate: '2027-01-12',
    }),
    planEntry('p3', 'assertive-engagement-and-outreach', {
      recommendation: 'Track missed appointments',
      action: 'Add a field to the log',
      owner: 'Administrator',
      createdAt: '2026-11-22T12:00:00.000Z',
    }),
    planEntry('p4', 'vocational-generalists'), // blank: nothing to print yet
  ]

  it('takes each item’s recommendations and prints the plan in priority order', () => {
    const model = build(finalInput({ actionPlan: plan }))
    expect(model.recommendations[0]).toEqual({
      number: 25,
      title: 'Assertive engagement and outreach by the integrated treatment team',
      score: 1,
      text: 'Agree an outreach policy\n\nTrack missed appointments',
    })
    expect(model.items[24]?.recommendation).toBe('Agree an outreach policy\n\nTrack missed appointments')
    expect(model.items[24]?.finding).toBe('recommendation')
    // Only recommendations someone wrote are listed, lowest score first; the blank entry of item 3 is none.
    expect(model.recommendations.map((r) => [r.number, r.score])).toEqual([[25, 1]])
    expect(model.items[2]?.finding).toBe('area-to-develop')
    expect(model.actionPlan).toEqual([
      {
        number: 25,
        title: 'Assertive engagement and outreach by the integrated treatment team',
        recommendation: 'Agree an outreach policy',
        action: 'Write the policy',
        owner: 'Team leader',
        targetDate: '12 January 2027',
      },
      expect.objectContaining({ number: 25, recommendation: 'Track missed appointments', targetDate: null }),
    ])
  })

  it('lists the written recommendations lowest score first', () => {
    const withItem3 = [...plan, planEntry('p5', 'vocational-generalists', { recommendation: 'Keep one caseload' })]
    const model = build(finalInput({ actionPlan: withItem3 }))
    expect(model.recommendations.map((r) => [r.number, r.score])).toEqual([
      [25, 1],
      [3, 3],
    ])
  })

  it('follows the review’s threshold', () => {
    const input = finalInput({ actionPlan: plan })
    const model = build({ ...input, review: { ...input.review, actionPlanThreshold: 1 } })
    expect(model.recommendations.map((r) => r.number)).toEqual([25])
    expect(model.items[5]?.finding).toBe('none')
  })
})

describe('comparison with the previous review', () => {
  const previousReview = review({ id: 'review-0', visitStart: '2025-03-10', visitEnd: '2025-03-11' })
  const previousConsensus = uk.items.map((item) => ({ ...consensus(item.id, 3), reviewId: 'review-0' }))
  const previousRatings = uk.items.map((item) => ({ ...rating(item.id, 'reviewer-a', 3), reviewId: 'review-0' }))
  const previous = { review: previousReview, ratings: previousRatings, consensus: previousConsensus, scale: uk }

  it('is there when the previous review is final', () => {
    const { comparison } = build(finalInput({ previous })).summary
    expect(comparison).toMatchObject({
      previousLabel: 'Independent fidelity review, March 2025',
      previousTotal: 75,
      totalChange: 27,
      bandChange: 'from Fair fidelity to Good fidelity',
    })
    expect(comparison?.items[0]).toEqual({ number: 1, title: 'Caseload size', previous: 3, current: 5, change: '+2' })
    expect(comparison?.items[24]).toMatchObject({ number: 25, previous: 3, current: 1, change: '-2' })
  })

  it('is never worked out against a review of another type, which is shown beside it instead', () => {
    const selfReview = review({
      id: 'self-1',
      type: 'self-assessment',
      reviewers: [{ id: 'leader', name: 'Team leader' }],
      visitStart: '2026-03-27',
      visitEnd: '2026-03-27',
    })
    const selfRatings = uk.items.map((item) => ({ ...rating(item.id, 'leader', 4), reviewId: 'self-1' }))
    const self = { review: selfReview, ratings: selfRatings, consensus: [], scale: uk }
    // Handed the self-assessment as "previous" by mistake, the model still refuses to subtract it.
    expect(build(finalInput({ previous: self })).summary.comparison).toBeNull()

    const { summary } = build(finalInput({ previous, alongside: [self] }))
    expect(summary.comparison).toMatchObject({ previousTotal: 75, totalChange: 27 })
    expect(summary.alongside).toEqual([{ label: 'Self-assessment of 27 March 2026', total: 100 }])
  })

  it('shows a self-assessment’s comparison with the previous self-assessment, independent reviews beside it', () => {
    const input = finalInput({ alongside: [previous] })
    const selfInput = {
      ...input,
      review: { ...input.review, type: 'self-assessment' as const },
      previous: {
        ...previous,
        review: { ...previousReview, type: 'self-assessment' as const },
      },
    }
    const { summary } = build(selfInput)
    expect(summary.comparison).toMatchObject({ previousLabel: 'Self-assessment, March 2025', totalChange: 27 })
    expect(summary.alongside).toEqual([{ label: 'Independent fidelity review of 10 March 2025', total: 75 }])
  })

  it('is absent with no previous review, or one that is not final', () => {
    expect(build(finalInput()).summary.comparison).toBeNull()
    const notFinal = { ...previous, review: { ...previousReview, status: 'scoring' as const, finalisedAt: null } }
    expect(build(finalInput({ previous: notFinal })).summary.comparison).toBeNull()
  })
})

describe('the reviewers’ narrative and findings', () => {
  const plan = [
    planEntry('p1', 'assertive-engagement-and-outreach', { recommendation: 'Agree an outreach policy' }),
    planEntry('p2', 'vocational-generalists', { recommendation: 'Keep one caseload' }),
    planEntry('p3', 'disclosure', { recommendation: 'Discuss disclosure at entry' }),
  ]
  const narrative = {
    reviewId: 'review-1',
    executiveSummary: '  A service that has grown since March.  ',
    serviceContext: 'Four specialists, 84 people.',
    overallStrengths: 'Specialists sit with the team.',
    topRecommendations: ['vocational-generalists', 'assertive-engagement-and-outreach', 'zero-exclusion'],
    updatedAt: at,
  }
  const finding = (itemId: string, kind: 'strength' | 'area-to-develop' | 'recommendation' | null, text = '') => ({
    reviewId: 'review-1',
    itemId,
    kind,
    text,
    updatedAt: at,
  })

  it('prints the summary, context and strengths as written, and the picked recommendations in the reviewers’ order', () => {
    const model = build(finalInput({ actionPlan: plan, narrative }))
    expect(model.narrative).toEqual({
      executiveSummary: 'A service that has grown since March.',
      serviceContext: 'Four specialists, 84 people.',
      overallStrengths: 'Specialists sit with the team.',
      // Item 3 before item 25 as picked; zero-exclusion is a strength, not a recommendation, so it drops out.
      topRecommendations: [
        { number: 3, title: expect.any(String) as string, text: 'Keep one caseload' },
        { number: 25, title: expect.any(String) as string, text: 'Agree an outreach policy' },
      ],
    })
  })

  it('pre-fills the service context from the review’s figures until the reviewers write their own', () => {
    const caseloads = {
      reviewId: 'review-1',
      itemId: 'caseload-size',
      values: { specialistCaseloads: [22, 23, 23, 16], specialistFtes: [1, 1, 1, 0.5] },
      updatedAt: at,
    }
    const input = finalInput({
      calculatorInputs: [caseloads],
      records,
      narrative: { ...narrative, serviceContext: null },
    })
    expect(build(input).narrative.serviceContext).toBe(
      '4 employment specialists (3.5 FTE) support an active caseload of 84 people, 24 per FTE. ' +
        'Of the 3 records sampled, 0 show a job start.',
    )
    // With nothing recorded and nothing written there is no context to print.
    expect(build(finalInput()).narrative.serviceContext).toBe('')
    expect(build(finalInput({ calculatorInputs: [caseloads], narrative })).narrative.serviceContext).toBe(
      'Four specialists, 84 people.',
    )
  })

  it('lets the reviewers choose an item’s finding and say it in their words', () => {
    const findings = [
      finding('caseload-size', 'area-to-develop', 'Caseloads are creeping up.'),
      finding('zero-exclusion', null, 'Anyone who asks is referred.'),
      finding('disclosure', 'recommendation'),
      finding('vocational-generalists', 'strength', 'One caseload each.'),
    ]
    const model = build(finalInput({ actionPlan: plan, findings }))
    const item = (number: number) => model.items[number - 1]!
    expect([item(1).finding, item(1).findingText]).toEqual(['area-to-develop', 'Caseloads are creeping up.'])
    expect([item(9).finding, item(9).findingText]).toEqual(['strength', 'Anyone who asks is referred.'])
    // Item 13 (scored 4) is made a recommendation and has one written, so it is listed with the others.
    expect(item(13).finding).toBe('recommendation')
    expect(item(3).finding).toBe('strength')
    expect(model.recommendations.map((r) => r.number)).toEqual([25, 13])
    // The strengths list follows the findings: item 3 joins it, item 1 (scored 5, an area to develop) leaves it.
    expect(model.strengths.map((s) => s.number)).toContain(3)
    expect(model.strengths.map((s) => s.number)).not.toContain(1)
  })

  it('prints no finding words for an item with nothing to single out', () => {
    const model = build(finalInput({ findings: [finding('job-development-frequency', null, 'Stray words')] }))
    const item = model.items[16]!
    expect(item.finding).toBe('none')
    expect(item.findingText).toBe('')
  })

  it('ignores another review’s narrative and findings', () => {
    const other = { ...narrative, reviewId: 'review-2' }
    const model = build(
      finalInput({ narrative: other, findings: [{ ...finding('caseload-size', 'strength'), reviewId: 'review-2' }] }),
    )
    expect(model.narrative.executiveSummary).toBe('')
    expect(model.items[0]?.finding).toBe('strength')
  })
})

describe('the key dates', () => {
  const finalReview = finalInput().review

  it('states the default dates, counted from the last day of the visit with the settings’ figures', () => {
    expect(build(finalInput()).dates).toEqual({
      reportDue: '19 December 2026',
      actionPlanDue: '2 January 2027',
      nextReview: '21 November 2027',
    })
    const deadlines = { reportWeeks: 2, actionPlanWeeks: 8, nextReviewMonths: 6 }
    expect(build(finalInput({ deadlines })).dates).toEqual({
      reportDue: '5 December 2026',
      actionPlanDue: '16 January 2027',
      nextReview: '21 May 2027',
    })
  })

  it('states the dates the reviewers edited in place of the defaults', () => {
    const edited = { ...finalReview, reportDueDate: '2026-12-04', nextReviewDate: '2027-10-01' }
    const model = build(finalInput({ review: edited }))
    expect(model.dates).toEqual({
      reportDue: '4 December 2026',
      actionPlanDue: '2 January 2027',
      nextReview: '1 October 2027',
    })
    expect(keyDateLines(model.dates)).toEqual([
      { label: 'Report due', value: '4 December 2026' },
      { label: 'Action plan due', value: '2 January 2027' },
      { label: 'Next review', value: '1 October 2027' },
    ])
  })

  it('states none for a training exercise', () => {
    const training = { ...finalReview, type: 'training' as const, visitEnd: finalReview.visitStart }
    const model = build(finalInput({ review: training }))
    expect(model.dates).toEqual({ reportDue: null, actionPlanDue: null, nextReview: null })
    expect(keyDateLines(model.dates)).toEqual([])
  })
})
