// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  actionPlanColumns,
  type ActionPlanDocument,
  type ActionPlanDocumentRow,
} from '#domain/report-model/action-plan-document'
import { renderActionPlan } from '../../src/report/render-action-plan'
import { actionPlanDocument, loadFonts } from './report-fixtures'
import { pdfInfo, pdfRawText, useTempDir, wordsOutsidePage, writePdf } from './pdf-tools'

const font = loadFonts()
const tempDir = useTempDir()
const squash = (text: string) => text.replace(/\s+/g, '')

function row(n: number): ActionPlanDocumentRow {
  return {
    item: `${n}. Item title ${n}`,
    recommendation: `Recommendation ${n}: hold a monthly joint caseload review with the Jobcentre work coach and record who attends.`,
    action: `Action ${n}: the team leader books the first meeting and shares the notes with every employment specialist.`,
    owner: `Owner ${n}`,
    targetDate: '8 January 2027',
    reviewPoint: '20 June 2027',
    status: n % 3 === 0 ? 'Done' : 'On track',
  }
}

const document = (rows: number, overrides: Partial<ActionPlanDocument> = {}) => actionPlanDocument(rows, row, overrides)

describe('the action plan as a PDF of its own', () => {
  it('prints a normal plan of 10 actions on one landscape page, every action in order, inside the page', () => {
    const pdf = writePdf(tempDir(), 'plan.pdf', renderActionPlan(document(10), { pageSize: 'a4', font }))
    const info = pdfInfo(pdf)
    expect(info.Pages).toBe('1')
    expect(info.Title).toBe('Action plan: Zoë’s Recovery Team')
    const [width, height] = /([\d.]+) x ([\d.]+)/.exec(info['Page size']!)!.slice(1).map(Number)
    expect(width).toBeGreaterThan(height!) // landscape
    const raw = squash(pdfRawText(pdf))
    expect(raw).toContain(squash('Independent fidelity review, 2-3 March 2026. Report date 20 March 2026.'))
    for (const heading of actionPlanColumns.map((c) => c.heading)) expect(raw).toContain(squash(heading))
    let from = 0
    for (let n = 1; n <= 10; n += 1) {
      const { recommendation, action, owner } = row(n)
      for (const text of [recommendation, action, owner]) {
        const at = raw.indexOf(squash(text), from)
        expect(at, `${text} after what came before`).toBeGreaterThanOrEqual(from)
        from = at
      }
    }
    expect(wordsOutsidePage(pdf)).toEqual([])
  })

  it('continues a long plan on a second page with the header row repeated, on US Letter too', () => {
    const pdf = writePdf(tempDir(), 'long.pdf', renderActionPlan(document(30), { pageSize: 'letter', font }))
    expect(Number(pdfInfo(pdf).Pages)).toBeGreaterThan(1)
    const pages = pdfRawText(pdf).split('\f')
    expect(squash(pages[1]!)).toContain(squash('Team’s action'))
    expect(squash(pdfRawText(pdf))).toContain(squash(row(30).action))
    expect(wordsOutsidePage(pdf)).toEqual([])
  })

  it('says there is nothing to do instead of an empty table, and marks a plan of a review not yet final', () => {
    const pdf = writePdf(
      tempDir(),
      'empty.pdf',
      renderActionPlan(document(0, { draft: true }), { pageSize: 'a4', font }),
    )
    const raw = squash(pdfRawText(pdf))
    expect(raw).toContain(squash('No actions have been written for this review yet.'))
    expect(raw).toContain(squash('The review is not final yet: this plan may still change.'))
    expect(raw).not.toContain(squash('Team’s action'))
  })
})
