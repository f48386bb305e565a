import { memo, useId, useMemo } from 'react'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { itemFindingRows, recommendedItems, type ItemFindingRow } from '#domain/report-model/findings'
import { prefilledServiceContext } from '#domain/report-model/service-context'
import type { Review } from '#domain/review/review'
import {
  findingLabels,
  MAX_TOP_RECOMMENDATIONS,
  moveTopRecommendation,
  NARRATIVE_MAX_LENGTH,
  reviewerFindings,
  topRecommendationsAdvice,
  topRecommendationsStillValid,
  type Finding,
  type ReportNarrative,
  type ReportNarrativePatch,
  type ReviewerFinding,
} from '#domain/scoring/report-narrative'
import { computeResults, scoresForReview } from '#domain/scoring/results'
import type { ScaleFile } from '#domain/scale/schema'
import { useActionPlan } from '../../storage/live-action-plan'
import { useCalculatorInputsForReview, useRecordReviewRows } from '../../storage/live-evidence'
import { useConsensus, useRatings } from '../../storage/live-ratings'
import { useItemFindings, useReportNarrative } from '../../storage/live-report-narrative'
import { draftJournal, draftRecords } from '../../storage/draft-journal'
import { reportNarrativeRepo } from '../../storage/report-narrative-repo'
import { describeSaveFailure } from '../../storage/storage-error'
import { useStorageAction } from '../../storage/use-storage-action'
import { AutosaveTextField } from '../../ui/autosave-text-field'
import { ChoiceSaveError } from '../../ui/form'

type NarrativeText = 'executiveSummary' | 'serviceContext' | 'overallStrengths'

const noFinding = 'Nothing singled out'
const findingWords = (finding: Finding) => (finding === 'none' ? noFinding : findingLabels[finding])

/** One part of the narrative: saved as it is typed, journalled on this device first like every note. */
const NarrativeField = memo(function NarrativeField({
  reviewId,
  field,
  label,
  hint,
  stored,
  storedAt,
  notStoredYet,
}: {
  reviewId: string
  field: NarrativeText
  label: string
  hint: string
  stored: string
  storedAt: string | undefined
  notStoredYet?: string
}) {
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: draftRecords.reportNarrative, field }),
    [reviewId, field],
  )
  const save = useMemo(
    () => async (value: string) => {
      await reportNarrativeRepo.updateNarrative(reviewId, { [field]: value } satisfies ReportNarrativePatch)
    },
    [reviewId, field],
  )
  return (
    <AutosaveTextField
      label={label}
      hint={hint}
      rows={6}
      maxLength={NARRATIVE_MAX_LENGTH}
      stored={stored}
      storedAt={storedAt}
      save={save}
      journal={journal}
      describe={describeSaveFailure}
      notStoredYet={notStoredYet}
    />
  )
})

/** The 3 to 5 recommendations that lead the report: picked from the items' recommendations, then put in order. */
function TopRecommendations({
  reviewId,
  narrative,
  rows,
}: {
  reviewId: string
  narrative: ReportNarrative | null
  rows: ItemFindingRow[]
}) {
  const { run, failure } = useStorageAction('The top recommendations were not saved')
  const candidates = recommendedItems(rows)
  const picked = topRecommendationsStillValid(
    narrative?.topRecommendations ?? [],
    new Set(candidates.map((row) => row.item.id)),
  )
  const byId = new Map(candidates.map((row) => [row.item.id, row]))
  const save = (next: string[]) =>
    void run(() => reportNarrativeRepo.updateNarrative(reviewId, { topRecommendations: next }))
  const advice = topRecommendationsAdvice(picked.length, candidates.length)

  return (
    <fieldset className="report-top">
      <legend>Top recommendations</legend>
      {candidates.length === 0 ? (
        <p className="field-hint">
          No item has a recommendation written yet. Write them in the{' '}
          <Link to={paths.reviewActionPlan(reviewId)}>action plan</Link>, then pick the ones to lead the report here.
        </p>
      ) : (
        <>
          <p className="field-hint">
            Pick {MAX_TOP_RECOMMENDATIONS > 3 ? `3 to ${MAX_TOP_RECOMMENDATIONS}` : 3} of the items’ recommendations to
            lead the report, then put them in order. {advice ?? ''}
          </p>
          <ul className="report-top__choices">
            {candidates.map((row) => {
              const checked = picked.includes(row.item.id)
              const full = !checked && picked.length >= MAX_TOP_RECOMMENDATIONS
              return (
                <li key={row.item.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={full}
                      onChange={() =>
                        save(checked ? picked.filter((id) => id !== row.item.id) : [...picked, row.item.id])
                      }
                    />{' '}
                    Item {row.item.number}. {row.item.title} (scored {row.score})
                  </label>
                </li>
              )
            })}
          </ul>
          {picked.length > 0 && (
            <>
              <h3 className="report-top__order-heading">In the report’s order</h3>
              <ol className="report-top__order">
                {picked.map((itemId, index) => {
                  const row = byId.get(itemId)
                  if (!row) return null
                  return (
                    <li key={itemId}>
                      <span className="report-top__title">
                        Item {row.item.number}. {row.item.title}
                      </span>
                      <span className="report-top__moves">
                        <button
                          type="button"
                          className="button button--small"
                          disabled={index === 0}
                          aria-label={`Move item ${row.item.number} up`}
                          onClick={() => save(moveTopRecommendation(picked, itemId, -1))}
                        >
                          Up
                        </button>
                        <button
                          type="button"
                          className="button button--small"
                          disabled={index === picked.length - 1}
                          aria-label={`Move item ${row.item.number} down`}
                          onClick={() => save(moveTopRecommendation(picked, itemId, 1))}
                        >
                          Down
                        </button>
                      </span>
                    </li>
                  )
                })}
              </ol>
            </>
          )}
        </>
      )}
      <ChoiceSaveError message={failure} />
    </fieldset>
  )
}

/** One item's finding: the reviewers' choice (or the score's) and the words the report prints with it. */
const ItemFindingEditor = memo(function ItemFindingEditor({
  reviewId,
  row,
}: {
  reviewId: string
  row: ItemFindingRow
}) {
  const selectId = useId()
  const { run, failure } = useStorageAction('The finding was not saved')
  const { item, score, chosen, fromScore, finding } = row
  const journal = useMemo(
    () => draftJournal.field({ reviewId, record: draftRecords.itemFinding(item.id), field: 'text' }),
    [reviewId, item.id],
  )
  const save = useMemo(
    () => async (value: string) => {
      await reportNarrativeRepo.updateFinding(reviewId, item.id, { text: value })
    },
    [reviewId, item.id],
  )
  const choose = (value: string) =>
    void run(() =>
      reportNarrativeRepo.updateFinding(reviewId, item.id, {
        kind: value === '' ? null : (value as ReviewerFinding),
      }),
    )
  const demoted = chosen?.kind === 'recommendation' && finding !== 'recommendation'
  return (
    <li className="report-finding">
      <h3 className="report-finding__title">
        {item.number}. {item.title}{' '}
        <span className="report-finding__score">{score === null ? 'Not rated' : `Score ${score}`}</span>
      </h3>
      <div className="field field--inline">
        <label htmlFor={selectId}>Finding for item {item.number}</label>
        <select id={selectId} value={chosen?.kind ?? ''} onChange={(event) => choose(event.target.value)}>
          <option value="">As the score gives: {findingWords(fromScore)}</option>
          {reviewerFindings.map((kind) => (
            <option key={kind} value={kind}>
              {findingLabels[kind]}
            </option>
          ))}
        </select>
      </div>
      <p className="field-hint report-finding__printed">
        {demoted
          ? 'No recommendation is written for this item in the action plan, so the report shows it as an area to develop.'
          : `The report shows: ${findingWords(finding)}.`}
      </p>
      <ChoiceSaveError message={failure} />
      <AutosaveTextField
        label={`Item ${item.number} finding in your words`}
        hint={finding === 'none' ? 'Printed only once the item has a finding.' : undefined}
        rows={3}
        maxLength={NARRATIVE_MAX_LENGTH}
        stored={chosen?.text ?? ''}
        storedAt={chosen?.updatedAt}
        save={save}
        journal={journal}
        describe={describeSaveFailure}
      />
    </li>
  )
})

/**
 * What the reviewers write for the report: the narrative a reader meets first, the top recommendations and each
 * item's finding. Everything saves as it is typed; the files made below use the words as they are then.
 */
export function ReportWriting({ review, scale }: { review: Review; scale: ScaleFile }) {
  const narrative = useReportNarrative(review.id)
  const findings = useItemFindings(review.id)
  const ratings = useRatings(review.id)
  const consensus = useConsensus(review.id)
  const plan = useActionPlan(review.id)
  const calculatorInputs = useCalculatorInputsForReview(review.id)
  const records = useRecordReviewRows(review.id)

  const rows = useMemo(() => {
    if (!ratings || !consensus || !plan || !findings) return undefined
    const results = computeResults(scale, scoresForReview(review, ratings, consensus))
    return itemFindingRows(results, review, plan, findings)
  }, [scale, review, ratings, consensus, plan, findings])
  const prefilled = useMemo(
    () =>
      calculatorInputs && records ? prefilledServiceContext(scale, review.id, calculatorInputs, records) : undefined,
    [scale, review.id, calculatorInputs, records],
  )

  if (narrative === undefined || rows === undefined || prefilled === undefined) {
    return <p aria-busy="true">Loading what has been written for the report…</p>
  }
  const storedAt = narrative?.updatedAt
  const contextWritten = narrative !== null && narrative.serviceContext !== null
  return (
    <section className="report-writing" aria-labelledby="report-writing-heading">
      <h2 id="report-writing-heading">Write the report</h2>
      <p className="field-hint">Everything here saves as you type and goes into the PDF and Word files below.</p>
      <NarrativeField
        reviewId={review.id}
        field="executiveSummary"
        label="Executive summary"
        hint="What a chief executive should take from the review, in a few paragraphs."
        stored={narrative?.executiveSummary ?? ''}
        storedAt={storedAt}
      />
      <NarrativeField
        reviewId={review.id}
        field="serviceContext"
        label="Service context"
        hint={
          prefilled
            ? 'Filled in from the figures the review recorded. Add referrals, job starts and anything else the reader needs.'
            : 'The caseload, referrals, job starts and the team’s make-up.'
        }
        stored={contextWritten ? (narrative.serviceContext ?? '') : prefilled}
        storedAt={storedAt}
        notStoredYet={
          contextWritten || prefilled === '' ? undefined : 'Filled in from the review; edit it to keep your own words'
        }
      />
      <NarrativeField
        reviewId={review.id}
        field="overallStrengths"
        label="Overall strengths"
        hint="What the team does well across the scale."
        stored={narrative?.overallStrengths ?? ''}
        storedAt={storedAt}
      />
      <TopRecommendations reviewId={review.id} narrative={narrative} rows={rows} />
      <details className="report-findings">
        <summary>Findings item by item</summary>
        <p className="field-hint">
          Each item’s finding follows its score unless you choose another: a strength at 5, a recommendation at or below{' '}
          {review.actionPlanThreshold} where one is written in the action plan. Your words print under the finding.
        </p>
        <ol className="report-findings__list">
          {rows.map((row) => (
            <ItemFindingEditor key={row.item.id} reviewId={review.id} row={row} />
          ))}
        </ol>
      </details>
    </section>
  )
}
