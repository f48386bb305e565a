import { formatReportDate, formatVisitDates } from '#domain/text/dates'
import { visitDocumentFileName } from '#domain/text/file-names'

/** One part of a document sent to the team: a heading, a paragraph or a bulleted list. */
export type DocumentBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }

export type VisitDocumentKind = 'data-request' | 'agenda'

/**
 * A document the reviewers send the team before the visit. The same blocks make the email text and the PDF,
 * so the two never say different things.
 */
export interface VisitDocument {
  kind: VisitDocumentKind
  /** The first line of the text and the PDF's heading. */
  title: string
  /** The PDF's subject and its running header's date: the visit's dates. */
  visitDates: string
  /** The date the PDF was made, in words. */
  createdOn: string
  fileName: string
  blocks: DocumentBlock[]
}

export interface VisitDocumentContext {
  teamName: string
  visitStart: string
  visitEnd: string
  /** When the document is made (an ISO date), for the PDF's date line. */
  today?: string
}

export function visitDocument(
  kind: VisitDocumentKind,
  context: VisitDocumentContext,
  title: string,
  blocks: DocumentBlock[],
): VisitDocument {
  return {
    kind,
    title,
    visitDates: formatVisitDates(context.visitStart, context.visitEnd),
    createdOn: formatReportDate(context.today ?? context.visitStart),
    fileName: visitDocumentFileName(context.teamName, kind, context.visitStart),
    blocks,
  }
}

/** The document as plain text to paste into an email: a heading after a blank line, list items with "- ". */
export function documentText(document: Pick<VisitDocument, 'title' | 'blocks'>): string {
  const lines = [document.title]
  for (const block of document.blocks) {
    if (block.kind === 'list') lines.push(...block.items.map((item) => `- ${item}`))
    else lines.push('', block.text)
  }
  return lines.join('\n')
}
