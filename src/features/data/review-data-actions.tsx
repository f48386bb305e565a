import { useState } from 'react'
import type { Review } from '#domain/review/review'
import { emptyReviewData } from '#domain/exchange/file'
import { reviewWords } from '#domain/review/wording'
import {
  networkSummaryFile,
  networkSummaryFileName,
  exchangeFileSizeWarning,
  reviewExchangeFile,
  reviewFileName,
  serialiseExchangeFile,
  type ExportPurpose,
} from '#domain/exchange/export'
import { networkSummaryProblem } from '#domain/exchange/network-summary'
import { exchangeRepo } from '../../storage/exchange-repo'
import { useHoldsEvidenceText } from '../../storage/live-evidence-text'
import { downloadBlob } from '../../app/files/download'
import { DeletePersonalData } from './delete-personal-data'
import { describeExportError } from './download-text'
import { FileProtectionFields } from './file-protection-fields'
import { useFileProtection } from './use-file-protection'
import './data.css'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string; protected: boolean; warning: string | null }
  | { kind: 'failed'; message: string }

/** Which reviewers' ratings a co-reviewer file carries, in words. */
function ratingsInFile(review: Review): string {
  const finished = review.reviewers.filter((reviewer) => review.ratingsFinishedBy.includes(reviewer.id))
  if (finished.length === 0)
    return 'No reviewer has finished rating yet, so the file carries the evidence but no ratings.'
  return `The file carries the ratings of ${finished.map((reviewer) => reviewer.name).join(' and ')}.`
}

/** "Export review", "Send to co-reviewer" and "Delete personal data", for the review page. */
export function ReviewDataActions({ review }: { review: Review }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const protection = useFileProtection(useHoldsEvidenceText(review.id))
  const working = outcome.kind === 'working'

  async function exportAs(purpose: ExportPurpose) {
    if (!protection.ready()) {
      setOutcome({ kind: 'idle' })
      return
    }
    setOutcome({ kind: 'working' })
    try {
      const data = await exchangeRepo.readReview(review.id)
      const file = reviewExchangeFile(data, review.id, { appVersion: __APP_VERSION__, now: new Date(), purpose })
      const text = serialiseExchangeFile(file)
      // A string Blob is UTF-8.
      const json = new Blob([text], { type: 'application/json;charset=utf-8' })
      const ready = await protection.protectFile(json, reviewFileName(data.teams[0]?.name ?? null, review, purpose))
      if (!ready.ok) {
        setOutcome({ kind: 'failed', message: ready.message })
        return
      }
      downloadBlob(ready.blob, ready.fileName)
      setOutcome({
        kind: 'done',
        fileName: ready.fileName,
        protected: ready.protected,
        warning: exchangeFileSizeWarning(text),
      })
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeExportError(error) })
    }
  }

  /** The summary for the network holds no personal data, so it is never protected with a passphrase. */
  async function exportSummary() {
    setOutcome({ kind: 'working' })
    try {
      const data = await exchangeRepo.readReview(review.id)
      const file = networkSummaryFile(data, review.id, { appVersion: __APP_VERSION__, now: new Date() })
      const fileName = networkSummaryFileName(data.teams[0]?.name ?? null, review)
      downloadBlob(new Blob([serialiseExchangeFile(file)], { type: 'application/json;charset=utf-8' }), fileName)
      setOutcome({ kind: 'done', fileName, protected: false, warning: null })
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeExportError(error) })
    }
  }
  const summaryProblem = networkSummaryProblem({ ...emptyReviewData(), reviews: [review] })

  return (
    <section aria-labelledby="review-data-heading">
      <h2 id="review-data-heading">Share and export</h2>
      <FileProtectionFields protection={protection}>
        <div className="data-actions">
          <button
            type="button"
            className="button--secondary"
            disabled={working}
            onClick={() => void exportAs('export')}
          >
            Export review
          </button>
          {review.reviewers.length > 1 && (
            <button
              type="button"
              className="button--secondary"
              disabled={working}
              onClick={() => void exportAs('co-reviewer')}
            >
              Send to co-reviewer
            </button>
          )}
        </div>
      </FileProtectionFields>
      <div className="data-actions">
        <button
          type="button"
          className="button--secondary"
          disabled={working || summaryProblem !== null}
          aria-describedby="network-summary-hint"
          onClick={() => void exportSummary()}
        >
          Summary for the network
        </button>
      </div>
      <p className="field-hint" id="network-summary-hint">
        {summaryProblem ??
          'The summary carries the team, scores, rationales, findings, narrative and action plan, and no evidence, notes, visit plan or records: it holds no personal data, so it needs no passphrase.'}
      </p>
      <p className="field-hint">
        “Export review” saves everything about this review in one file, to keep or to open on another device.
      </p>
      {review.reviewers.length > 1 && (
        <p className="field-hint">
          “Send to co-reviewer” makes a file for the other reviewer to import: your ratings go only once you have
          finished rating, so blind rating holds. {ratingsInFile(review)}
        </p>
      )}
      <p role="status">
        {outcome.kind === 'working' && (protection.protect ? 'Protecting the file…' : 'Preparing the file…')}
        {outcome.kind === 'done' &&
          `Downloaded ${outcome.fileName}.${outcome.protected ? ' It opens only with the passphrase.' : ''}`}
      </p>
      {outcome.kind === 'done' && outcome.warning && (
        <p className="form-error" role="alert">
          {outcome.warning}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p className="form-error" role="alert">
          The file was not made: {outcome.message}
        </p>
      )}
      {/* A practice case is fictional: there is nobody's data to delete. */}
      {reviewWords(review.type).hasPersonalData && <DeletePersonalData review={review} />}
    </section>
  )
}
