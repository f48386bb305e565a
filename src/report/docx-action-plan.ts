import { Packer } from 'docx'
import { actionPlanCells, actionPlanIntro, type ActionPlanDocument } from '#domain/report-model/action-plan-document'
import { heading, paragraph, table, wordDocument, type PageSize } from './docx-blocks'

export interface ActionPlanDocxOptions {
  pageSize: PageSize
  onProgress?: (fraction: number) => void
}

// Percentages of the page's width, as the PDF's columns: the free text gets the room.
const columnWidths: Record<ActionPlanDocument['columns'][number]['key'], number> = {
  item: 15,
  recommendation: 20,
  action: 20,
  owner: 11,
  targetDate: 11,
  reviewPoint: 11,
  status: 8,
}

/**
 * The action plan on its own as a Word file, from the same document as its one-page PDF: a landscape page with one
 * table the team can edit, its header row repeated if the plan runs on.
 */
export async function renderActionPlanDocx(
  document: ActionPlanDocument,
  options: ActionPlanDocxOptions,
): Promise<ArrayBuffer> {
  const progress = options.onProgress ?? (() => {})
  progress(0.2)
  const word = wordDocument({
    title: document.title,
    subject: `Action plan, ${document.reviewLabel}`,
    pageSize: options.pageSize,
    landscape: true,
    header: { title: document.title, date: document.createdOn },
    draft: document.draft,
    children: [
      heading(document.title, 1),
      paragraph(actionPlanIntro(document), { muted: true }),
      document.rows.length === 0
        ? paragraph(document.emptyText)
        : table(
            document.columns.map((column) => column.heading),
            actionPlanCells(document),
            document.columns.map((column) => columnWidths[column.key]),
          ),
    ],
  })
  progress(0.6)
  const bytes = await Packer.toArrayBuffer(word)
  progress(1)
  return bytes
}
