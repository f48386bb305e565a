import { readFileSync } from 'node:fs'
import type { ReportModel } from '#domain/report-model/model'
import {
  actionPlanColumns,
  type ActionPlanDocument,
  type ActionPlanDocumentRow,
} from '#domain/report-model/action-plan-document'
import { findScale } from '#domain/scale/catalogue'

const scale = findScale('ips-uk', '1.0.0')!

export function loadFonts(): { regular: ArrayBuffer; bold: ArrayBuffer } {
  const read = (name: string) => {
    const bytes = readFileSync(new URL(`../../node_modules/dejavu-fonts-ttf/ttf/${name}`, import.meta.url))
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  }
  return { regular: read('DejaVuSans.ttf'), bold: read('DejaVuSans-Bold.ttf') }
}

/** Numbered sentences, so a test can tell a complete passage in order from one that lost or swapped lines. */
export function longRationale(sentences: number): string {
  return Array.from(
    { length: sentences },
    (_, i) => `Sentence ${i + 1}: the team’s caseloads were checked against the supervision log – all matched.`,
  ).join(' ')
}

// Scores that add up to 98: Good fidelity (100 is the lower bound of Good on some scales, so no band is assumed here).
const scores = [5, 4, 3, 5, 4, 2, 4, 4, 5, 3, 4, 4, 1, 4, 4, 5, 3, 4, 4, 5, 4, 3, 4, 2, 4]

export function fullModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const items = scale.items.map((item, index) => {
    const score = scores[index] ?? 3
    return {
      number: item.number,
      sectionLabel: `Section ${item.sectionNumber}`,
      title: item.title,
      criterion: item.criterion,
      score,
      rationale:
        index === 0 ? longRationale(45) : `Rationale for item ${item.number}: seen in the records and interviews.`,
      evidence: [`Evidence note for item ${item.number}`, 'Team leader interview'],
      finding: score === 5 ? ('strength' as const) : score <= 3 ? ('recommendation' as const) : ('none' as const),
      findingText: score === 5 ? `The team does item ${item.number} well.` : '',
      recommendation: score <= 3 ? `Improve item ${item.number} by the next review.` : '',
    }
  })
  const total = items.reduce((sum, item) => sum + item.score, 0)
  return {
    draft: false,
    title: 'IPS fidelity review: Northgate CRT',
    fileName: 'northgate-crt-fidelity-review-2026-11-22.pdf',
    subject: 'Independent fidelity review of Northgate CRT',
    author: 'Zoë Ó Briain, Alex Morgan',
    cover: {
      subtitle: 'Quality assurance report from an independent fidelity review',
      teamName: 'Northgate CRT',
      organisation: 'Northgate NHS Foundation Trust',
      reviewType: 'Independent fidelity review',
      datesLabel: 'Visit dates',
      visitDates: '20–21 November 2026',
      reviewersLabel: 'Reviewers',
      reviewers: ['Zoë Ó Briain', 'Alex Morgan'],
      scaleName: scale.title,
      scaleVersion: scale.version,
      scaleWording: 'The criteria and anchors in this report are this app’s own restatement of the scale.',
      status: 'Final',
      generatedOn: '22 November 2026',
    },
    summary: {
      total,
      provisionalTotal: total,
      maxTotal: 125,
      ratedCount: 25,
      itemCount: 25,
      band: { label: 'Fair fidelity', min: 74, max: 99 },
      sections: [
        { title: 'Staffing', total: 12, max: 15 },
        { title: 'Organisation', total: 30, max: 40 },
        { title: 'Services', total: total - 42, max: 70 },
      ],
      itemScores: items.map(({ number, title, score }) => ({ number, title, score })),
      comparison: {
        previousLabel: 'Independent fidelity review, March 2025',
        previousTotal: 90,
        totalChange: total - 90,
        bandChange: 'still Fair fidelity',
        items: items.map(({ number, title, score }) => ({ number, title, previous: 3, current: score, change: '+1' })),
      },
      alongside: [{ label: 'Self-assessment of 27 March 2026', total: 98 }],
    },
    narrative: {
      executiveSummary: 'Northgate CRT runs a Fair fidelity IPS service that has grown since March 2025.',
      serviceContext:
        'Four employment specialists (3.5 FTE) support 84 people; 31 referrals and 12 job starts last year.',
      overallStrengths: 'Employment specialists are part of the clinical team and job development is frequent.',
      topRecommendations: items
        .filter((i) => i.score <= 3)
        .slice(0, 3)
        .map(({ number, title, recommendation }) => ({ number, title, text: recommendation })),
    },
    dates: { nextReview: '20 November 2027', reportDue: '19 December 2026', actionPlanDue: '2 January 2027' },
    items,
    strengths: items.filter((i) => i.score === 5).map(({ number, title, score }) => ({ number, title, score })),
    recommendations: items
      .filter((i) => i.score <= 3)
      .sort((a, b) => a.score - b.score)
      .map(({ number, title, score, recommendation }) => ({ number, title, score, text: recommendation })),
    actionPlan: items
      .filter((i) => i.score <= 3)
      .map(({ number, title, recommendation }) => ({
        number,
        title,
        recommendation,
        action: `Action agreed for item ${number}`,
        owner: 'Team leader',
        targetDate: '3 January 2027',
      })),
    actionPlanThreshold: 3,
    scoringKey: {
      anchorMeaning: 'Each of the 25 items is scored with one whole anchor from 1 to 5.',
      bands: [
        { label: 'Exemplary fidelity', min: 115, max: 125 },
        { label: 'Good fidelity', min: 100, max: 114 },
        { label: 'Fair fidelity', min: 74, max: 99 },
        { label: 'Not IPS', min: 25, max: 73 },
      ],
    },
    method: {
      datesLabel: 'Visit dates',
      visitDates: '20–21 November 2026',
      reviewersLabel: 'Reviewers',
      reviewers: ['Zoë Ó Briain', 'Alex Morgan'],
      interviews: [
        { role: 'Team leader', sessions: '1 interview', people: 1 },
        { role: 'Employment specialists', sessions: '1 group interview', people: 4 },
      ],
      observations: [{ role: 'Care coordinators or clinicians', sessions: '1 observation', people: 8 }],
      recordsSampled: 10,
      documentReviews: 1,
      evidenceKinds: [],
      rolesNamed: [],
    },
    signOff: { reviewers: ['Zoë Ó Briain', 'Alex Morgan'], finalisedOn: '22 November 2026' },
    ...overrides,
  }
}

export const SCRIPT = '<script>alert(1)</script>'
export const HEBREW = 'שלום עולם'
export const ARABIC = 'مرحبا'
/** 10,000 characters with no space, varied so a test can tell its pieces are in order. */
export const LONG_WORD = 'abcdefghij'.repeat(1000)

/** A draft whose user-typed text tries everything: markup, right-to-left scripts, emoji, an unbreakable word. */
export function hostileModel(): ReportModel {
  const base = fullModel()
  const [first, ...rest] = base.items
  return fullModel({
    draft: true,
    title: `IPS fidelity review: ${SCRIPT}`,
    cover: {
      ...base.cover,
      teamName: `${SCRIPT} 👍🏽 team`,
      organisation: `${HEBREW} ${ARABIC}`,
      status: 'Draft (Scoring)',
    },
    items: [
      {
        ...first!,
        title: `${SCRIPT} ${LONG_WORD}`,
        rationale: `${SCRIPT} ${HEBREW} ${ARABIC} 🎉👨‍👩‍👧 done. ${LONG_WORD} end.`,
        evidence: [LONG_WORD, `${SCRIPT}\u0000\u0007 tabs\tand controls`],
      },
      ...rest,
    ],
    actionPlan: [
      {
        number: 1,
        title: LONG_WORD,
        recommendation: LONG_WORD,
        action: `${SCRIPT} 🎉`,
        owner: HEBREW,
        targetDate: null,
      },
    ],
  })
}

/** Zoë's team's action plan with `rows` actions, each made by `row` (1-based), as both renderers take it. */
export function actionPlanDocument(
  rows: number,
  row: (n: number) => ActionPlanDocumentRow,
  overrides: Partial<ActionPlanDocument> = {},
): ActionPlanDocument {
  return {
    title: 'Action plan: Zoë’s Recovery Team',
    teamName: 'Zoë’s Recovery Team',
    reviewLabel: 'Independent fidelity review, 2-3 March 2026',
    reportDate: '20 March 2026',
    createdOn: '4 December 2026',
    fileName: 'zoes-recovery-team-action-plan-2026-03-20.pdf',
    columns: actionPlanColumns,
    rows: Array.from({ length: rows }, (_, i) => row(i + 1)),
    emptyText: 'No actions have been written for this review yet.',
    draft: false,
    ...overrides,
  }
}
