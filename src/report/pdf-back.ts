import type { ReportModel } from '#domain/report-model/model'
import { plural } from '#domain/text/plural'
import { MARGIN, MUTED, type ReportWriter } from './pdf-writer'

function emptyNote(writer: ReportWriter, text: string): void {
  writer.paragraph(text, { color: MUTED, after: 4 })
}

export function drawStrengths(writer: ReportWriter, model: ReportModel): void {
  writer.heading('Strengths', 1)
  if (model.strengths.length === 0) return emptyNote(writer, 'No items were identified as strengths.')
  writer.table(
    ['Item', 'Score'],
    model.strengths.map((item) => [`${item.number}. ${item.title}`, item.score]),
    { columnStyles: { 1: { cellWidth: 20, halign: 'right' } } },
  )
}

export function drawRecommendations(writer: ReportWriter, model: ReportModel): void {
  writer.heading('Recommendations', 1)
  if (model.recommendations.length === 0) return emptyNote(writer, 'No recommendations were made.')
  writer.paragraph('In priority order.', { color: MUTED })
  writer.table(
    ['Priority', 'Item', 'Score', 'Recommendation'],
    model.recommendations.map((item, index) => [index + 1, `${item.number}. ${item.title}`, item.score, item.text]),
    { columnStyles: { 0: { cellWidth: 18 }, 1: { cellWidth: 50 }, 2: { cellWidth: 15 } } },
  )
}

export function drawActionPlan(writer: ReportWriter, model: ReportModel): void {
  writer.heading('Action plan', 1)
  if (model.actionPlan.length === 0) return emptyNote(writer, 'No actions have been agreed yet.')
  writer.table(
    ['Item', 'Recommendation', 'Action', 'Owner', 'Target date'],
    model.actionPlan.map((row) => [
      `${row.number}. ${row.title}`,
      row.recommendation || '—',
      row.action || '—',
      row.owner || '—',
      row.targetDate ?? 'Not set',
    ]),
    { columnStyles: { 0: { cellWidth: 34 }, 3: { cellWidth: 26 }, 4: { cellWidth: 27 } } },
  )
}

export function drawScoringKey(writer: ReportWriter, model: ReportModel): void {
  writer.heading('Scoring key', 1)
  writer.paragraph(model.scoringKey.anchorMeaning)
  if (model.scoringKey.bands.length > 0) {
    writer.table(
      ['Fidelity band', 'Total score'],
      model.scoringKey.bands.map((band) => [band.label, `${band.min}–${band.max}`]),
      { columnStyles: { 1: { cellWidth: 35 } } },
    )
  }
}

function drawPeople(writer: ReportWriter, heading: string, rows: ReportModel['method']['interviews']): void {
  if (rows.length === 0) return
  writer.table(
    [heading, 'Sessions', 'People'],
    rows.map((row) => [row.role, row.sessions, row.people]),
    { columnStyles: { 2: { cellWidth: 20, halign: 'right' } } },
  )
}

export function drawMethod(writer: ReportWriter, model: ReportModel): void {
  const { method } = model
  writer.heading('Method', 1)
  const withPlan = method.interviews.length + method.observations.length + method.documentReviews > 0
  writer.fields([
    [method.datesLabel, method.visitDates],
    [method.reviewersLabel, method.reviewers.join(', ')],
    ['Records sampled', String(method.recordsSampled)],
    ...(withPlan
      ? [['Documents read', plural(method.documentReviews, 'document review session')] as [string, string]]
      : []),
  ])
  drawPeople(writer, 'Interviews with', method.interviews)
  drawPeople(writer, 'Observed', method.observations)
  if (method.evidenceKinds.length > 0) {
    writer.paragraph(`Evidence recorded: ${method.evidenceKinds.join(', ')}.`)
  }
  if (method.rolesNamed.length > 0) {
    writer.paragraph(`Roles of the people interviewed: ${method.rolesNamed.join(', ')}.`)
  }
}

export function drawSignOff(writer: ReportWriter, model: ReportModel): void {
  const { signOff } = model
  writer.heading('Sign-off', 1)
  writer.paragraph(
    signOff.finalisedOn
      ? `The review was finalised on ${signOff.finalisedOn}.`
      : 'The review is not final: this is a draft report.',
    { after: 6 },
  )
  const { doc } = writer
  for (const reviewer of signOff.reviewers) {
    writer.ensure(22)
    writer.paragraph(reviewer, { bold: true, after: 8 })
    doc.setDrawColor(120, 125, 130)
    doc.setLineWidth(0.3)
    doc.line(MARGIN.left, writer.y, MARGIN.left + 80, writer.y)
    doc.line(MARGIN.left + 95, writer.y, MARGIN.left + 140, writer.y)
    writer.font(8, false, MUTED)
    doc.text('Signature', MARGIN.left, writer.y + 1, { baseline: 'top' })
    doc.text('Date', MARGIN.left + 95, writer.y + 1, { baseline: 'top' })
    writer.space(10)
  }
}
