import { AlignmentType, ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx'
import { keyDateLines, type ReportModel } from '#domain/report-model/model'
import {
  actionPlanColumns,
  actionPlanRows,
  alongsideColumns,
  alongsideHeading,
  alongsideIntro,
  alongsideRows,
  bandColumns,
  bandRows,
  comparisonColumns,
  comparisonFields,
  comparisonHeading,
  comparisonRows,
  coverFields,
  draftNotice,
  emptyNotes,
  headings,
  itemCriterion,
  itemFields,
  itemHeading,
  itemRationale,
  methodFields,
  methodPeopleTables,
  methodSentences,
  narrativeParts,
  recommendationColumns,
  recommendationRows,
  recommendationsIntro,
  sectionColumns,
  sectionRows,
  signatureLabels,
  signOffSentence,
  strengthColumns,
  strengthRows,
  summaryFields,
} from '#domain/report-model/report-words'
import { CHART_SCALE, chartAltText, chartImage } from './chart-image'
import {
  bullet,
  gap,
  heading,
  keyValueLines,
  label,
  paragraph,
  paragraphs,
  runs,
  table,
  wordDocument,
  type PageSize,
} from './docx-blocks'
import { encodePng } from './png-encode'
import type { ReportLogo } from './pdf-front'

export interface DocxRenderOptions {
  pageSize: PageSize
  logo: ReportLogo | null
  onProgress?: (fraction: number) => void
}

const DRAFT_RED = 'A02828'

/** The organisation's logo at the top right of the cover, in the PDF's box of 50 by 25 mm (189 by 94 pixels). */
function logoParagraph(logo: ReportLogo): Paragraph {
  const scale = Math.min(189 / logo.width, 94 / logo.height)
  const [, base64 = ''] = logo.dataUrl.split(',', 2)
  const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  const type = /^data:image\/jpe?g/i.test(logo.dataUrl) ? 'jpg' : 'png'
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [
      new ImageRun({
        type,
        data,
        transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
        altText: { name: 'Logo', title: 'Organisation logo', description: 'The organisation’s logo' },
      }),
    ],
  })
}

function cover(model: ReportModel, logo: ReportLogo | null): FileChild[] {
  const { cover } = model
  const dates = keyDateLines(model.dates)
  return [
    ...(logo ? [logoParagraph(logo)] : []),
    heading(model.title, 'title'),
    paragraph(cover.subtitle, { muted: true }),
    new Paragraph({ children: [new TextRun({ text: cover.teamName, bold: true, size: 32 })] }),
    ...(cover.organisation ? [paragraph(cover.organisation, { muted: true })] : []),
    ...keyValueLines(coverFields(cover)),
    gap(),
    paragraph(cover.scaleWording, { muted: true }),
    ...(model.draft ? [paragraph(draftNotice, { bold: true, color: DRAFT_RED })] : []),
    ...(dates.length > 0
      ? [heading(headings.keyDates, 2), ...keyValueLines(dates.map(({ label, value }) => [label, value]))]
      : []),
  ]
}

/** As the PDF: the parts nobody wrote are left out, and with none written there is no page for them. */
function narrative(model: ReportModel): FileChild[] {
  const parts = narrativeParts(model.narrative)
  const top = model.narrative.topRecommendations
  const blocks: FileChild[] = []
  for (const [title, text] of parts)
    blocks.push(heading(title, 1, { newPage: blocks.length === 0 }), ...paragraphs(text))
  if (top.length > 0) {
    blocks.push(heading(headings.topRecommendations, 1, { newPage: blocks.length === 0 }))
    top.forEach((recommendation, index) => {
      blocks.push(
        new Paragraph({
          keepNext: true,
          children: runs(`${index + 1}. Item ${recommendation.number}. ${recommendation.title}`, { bold: true }),
        }),
        ...paragraphs(recommendation.text),
      )
    })
  }
  return blocks
}

async function chart(model: ReportModel): Promise<Paragraph> {
  const items = model.summary.itemScores
  const image = chartImage(items)
  const data = await encodePng(image)
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data,
        transformation: { width: image.width / CHART_SCALE, height: image.height / CHART_SCALE },
        altText: { name: 'Item scores', title: 'Item scores', description: chartAltText(items) },
      }),
    ],
  })
}

function summary(model: ReportModel, chartParagraph: Paragraph): FileChild[] {
  const { summary } = model
  const { comparison, alongside } = summary
  return [
    heading(headings.summary, 1, { newPage: true }),
    ...keyValueLines(summaryFields(summary)),
    ...(summary.sections.length > 0 ? [table(sectionColumns, sectionRows(summary), [60, 20, 20]), gap()] : []),
    heading(headings.itemScores, 2),
    chartParagraph,
    ...(comparison
      ? [
          heading(comparisonHeading(comparison), 2),
          ...keyValueLines(comparisonFields(comparison)),
          table(comparisonColumns, comparisonRows(comparison), [52, 14, 16, 18]),
          gap(),
        ]
      : []),
    ...(alongside.length > 0
      ? [
          heading(alongsideHeading, 2),
          paragraph(alongsideIntro),
          table(alongsideColumns, alongsideRows(alongside), [80, 20]),
          gap(),
        ]
      : []),
  ]
}

function item(entry: ReportModel['items'][number]): FileChild[] {
  return [
    heading(itemHeading(entry), 2),
    ...(entry.sectionLabel ? [paragraph(entry.sectionLabel, { muted: true })] : []),
    ...keyValueLines(itemFields(entry)),
    ...(entry.findingText ? paragraphs(entry.findingText) : []),
    label('Criterion'),
    ...paragraphs(itemCriterion(entry)),
    label('Rationale'),
    ...paragraphs(itemRationale(entry)),
    ...(entry.evidence.length > 0 ? [label('Evidence'), ...entry.evidence.map(bullet)] : []),
    ...(entry.finding === 'recommendation' ? [label('Recommendation'), ...paragraphs(entry.recommendation)] : []),
  ]
}

const emptyNote = (text: string) => paragraph(text, { muted: true })

function back(model: ReportModel): FileChild[] {
  const { method, signOff } = model
  return [
    heading(headings.strengths, 1, { newPage: true }),
    ...(model.strengths.length === 0
      ? [emptyNote(emptyNotes.strengths)]
      : [table(strengthColumns, strengthRows(model), [85, 15]), gap()]),
    heading(headings.recommendations, 1),
    ...(model.recommendations.length === 0
      ? [emptyNote(emptyNotes.recommendations)]
      : [
          paragraph(recommendationsIntro, { muted: true }),
          table(recommendationColumns, recommendationRows(model), [11, 30, 9, 50]),
          gap(),
        ]),
    heading(headings.actionPlan, 1),
    ...(model.actionPlan.length === 0
      ? [emptyNote(emptyNotes.actionPlan)]
      : [table(actionPlanColumns, actionPlanRows(model), [20, 24, 24, 16, 16]), gap()]),
    heading(headings.scoringKey, 1),
    paragraph(model.scoringKey.anchorMeaning),
    ...(model.scoringKey.bands.length > 0 ? [table(bandColumns, bandRows(model), [70, 30]), gap()] : []),
    heading(headings.method, 1),
    ...keyValueLines(methodFields(method)),
    ...methodPeopleTables(method).flatMap((people) => [table(people.columns, people.rows, [60, 20, 20]), gap()]),
    ...methodSentences(method).map((sentence) => paragraph(sentence)),
    heading(headings.signOff, 1),
    paragraph(signOffSentence(signOff)),
    ...signOff.reviewers.flatMap((reviewer) => [
      new Paragraph({ keepNext: true, spacing: { before: 240, after: 480 }, children: runs(reviewer, { bold: true }) }),
      new Paragraph({
        children: runs(`${signatureLabels[0]}: ______________________________    ${signatureLabels[1]}: ____________`, {
          muted: true,
        }),
      }),
    ]),
  ]
}

/**
 * The report as a Word file (.docx bytes), from the same model as the PDF: the same sections in the same order and
 * the same words, in Word's own heading styles so it can be edited or restyled with a trust's template.
 */
export async function renderReportDocx(model: ReportModel, options: DocxRenderOptions): Promise<ArrayBuffer> {
  const progress = options.onProgress ?? (() => {})
  progress(0.05)
  const chartParagraph = await chart(model)
  progress(0.3)
  const items: FileChild[] = [heading(headings.items, 1, { newPage: true })]
  for (const entry of model.items) items.push(...item(entry))
  const document = wordDocument({
    title: model.title,
    subject: model.subject,
    author: model.author,
    pageSize: options.pageSize,
    header: { title: model.cover.teamName, date: model.cover.generatedOn },
    draft: model.draft,
    children: [
      ...cover(model, options.logo),
      ...narrative(model),
      ...summary(model, chartParagraph),
      ...items,
      ...back(model),
    ],
  })
  progress(0.6)
  const bytes = await Packer.toArrayBuffer(document)
  progress(1)
  return bytes
}
