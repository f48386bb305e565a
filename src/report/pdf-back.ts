import type { ReportModel } from '#domain/report-model/model'
import {
  actionPlanColumns,
  actionPlanRows,
  bandColumns,
  bandRows,
  emptyNotes,
  methodFields,
  methodPeopleTables,
  methodSentences,
  recommendationColumns,
  recommendationRows,
  recommendationsIntro,
  signOffSentence,
  strengthColumns,
  strengthRows,
  headings,
  signatureLabels,
} from '#domain/report-model/report-words'
import { MARGIN, MUTED, type ReportWriter } from './pdf-writer'

function emptyNote(writer: ReportWriter, text: string): void {
  writer.paragraph(text, { color: MUTED, after: 4 })
}

export function drawStrengths(writer: ReportWriter, model: ReportModel): void {
  writer.heading(headings.strengths, 1)
  if (model.strengths.length === 0) return emptyNote(writer, emptyNotes.strengths)
  writer.table(strengthColumns, strengthRows(model), { columnStyles: { 1: { cellWidth: 20, halign: 'right' } } })
}

export function drawRecommendations(writer: ReportWriter, model: ReportModel): void {
  writer.heading(headings.recommendations, 1)
  if (model.recommendations.length === 0) return emptyNote(writer, emptyNotes.recommendations)
  writer.paragraph(recommendationsIntro, { color: MUTED })
  writer.table(recommendationColumns, recommendationRows(model), {
    columnStyles: { 0: { cellWidth: 18 }, 1: { cellWidth: 50 }, 2: { cellWidth: 15 } },
  })
}

export function drawActionPlan(writer: ReportWriter, model: ReportModel): void {
  writer.heading(headings.actionPlan, 1)
  if (model.actionPlan.length === 0) return emptyNote(writer, emptyNotes.actionPlan)
  writer.table(actionPlanColumns, actionPlanRows(model), {
    columnStyles: { 0: { cellWidth: 34 }, 3: { cellWidth: 26 }, 4: { cellWidth: 27 } },
  })
}

export function drawScoringKey(writer: ReportWriter, model: ReportModel): void {
  writer.heading(headings.scoringKey, 1)
  writer.paragraph(model.scoringKey.anchorMeaning)
  if (model.scoringKey.bands.length > 0) {
    writer.table(bandColumns, bandRows(model), { columnStyles: { 1: { cellWidth: 35 } } })
  }
}

export function drawMethod(writer: ReportWriter, model: ReportModel): void {
  const { method } = model
  writer.heading(headings.method, 1)
  writer.fields(methodFields(method))
  for (const table of methodPeopleTables(method)) {
    writer.table(table.columns, table.rows, { columnStyles: { 2: { cellWidth: 20, halign: 'right' } } })
  }
  for (const sentence of methodSentences(method)) writer.paragraph(sentence)
}

export function drawSignOff(writer: ReportWriter, model: ReportModel): void {
  const { signOff } = model
  writer.heading(headings.signOff, 1)
  writer.paragraph(signOffSentence(signOff), { after: 6 })
  const { doc } = writer
  for (const reviewer of signOff.reviewers) {
    writer.ensure(22)
    writer.paragraph(reviewer, { bold: true, after: 8 })
    doc.setDrawColor(120, 125, 130)
    doc.setLineWidth(0.3)
    doc.line(MARGIN.left, writer.y, MARGIN.left + 80, writer.y)
    doc.line(MARGIN.left + 95, writer.y, MARGIN.left + 140, writer.y)
    writer.font(8, false, MUTED)
    doc.text(signatureLabels[0], MARGIN.left, writer.y + 1, { baseline: 'top' })
    doc.text(signatureLabels[1], MARGIN.left + 95, writer.y + 1, { baseline: 'top' })
    writer.space(10)
  }
}
