// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  actionPlanColumns,
  actionPlanIntro,
  type ActionPlanDocument,
  type ActionPlanDocumentRow,
} from '#domain/report-model/action-plan-document'
import { renderActionPlanDocx } from '../../src/report/docx-action-plan'
import { partText, unzipDocx, wordParagraphs, wordTables } from './docx-tools'
import { actionPlanDocument } from './report-fixtures'

const row = (n: number): ActionPlanDocumentRow => ({
  item: `${n}. Item title ${n}`,
  recommendation: `Recommendation ${n}`,
  action: `Action ${n}`,
  owner: n === 1 ? '' : `Owner ${n}`,
  targetDate: '8 January 2027',
  reviewPoint: '20 June 2027',
  status: 'On track',
})
const document = (rows: number, overrides: Partial<ActionPlanDocument> = {}) => actionPlanDocument(rows, row, overrides)

async function render(plan: ActionPlanDocument) {
  const parts = unzipDocx(await renderActionPlanDocx(plan, { pageSize: 'a4' }))
  const xml = partText(parts, 'word/document.xml')
  return { parts, xml, paragraphs: wordParagraphs(xml), tables: wordTables(xml) }
}

describe('the action plan as a Word file of its own', () => {
  it('has the title as a heading, the intro line, and every action in order under a header row, landscape', async () => {
    const plan = document(10)
    const { xml, paragraphs, tables, parts } = await render(plan)
    expect(paragraphs[0]).toEqual({ style: 'Heading1', text: plan.title })
    expect(paragraphs.map((p) => p.text)).toContain(actionPlanIntro(plan))
    expect(tables).toHaveLength(1)
    const [head, ...rows] = tables[0]!.rows
    expect(head).toEqual({ header: true, cells: actionPlanColumns.map((c) => c.heading) })
    expect(rows.map((row) => row.cells[1])).toEqual(plan.rows.map((row) => row.recommendation))
    expect(rows.every((row) => !row.header)).toBe(true)
    expect(rows[0]!.cells[3]).toBe('—')
    expect(rows.every((row) => row.cells.some((cell) => /\w/.test(cell)))).toBe(true)
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
    expect(partText(parts, 'docProps/core.xml')).toContain(`<dc:title>${plan.title}</dc:title>`)
    const footer = Object.keys(parts).find((name) => /^word\/footer\d*\.xml$/.test(name))!
    expect(partText(parts, footer)).toMatch(/PAGE/)
  })

  it('says so when there is no action, and marks a draft', async () => {
    const { paragraphs, tables, parts } = await render(document(0, { draft: true }))
    expect(tables).toHaveLength(0)
    expect(paragraphs.map((p) => p.text)).toContain('No actions have been written for this review yet.')
    expect(paragraphs.some((p) => p.text.includes('this plan may still change'))).toBe(true)
    const headers = Object.keys(parts).filter((name) => /^word\/header\d*\.xml$/.test(name))
    for (const name of headers) expect(partText(parts, name)).toMatch(/string="DRAFT"/)
  })
})
