import { useState } from 'react'
import type { Review } from '#domain/review/review'
import { reviewWords } from '#domain/review/wording'
import {
  exchangeFileSizeWarning,
  reviewExchangeFile,
  reviewFileName,
  serialiseExchangeFile,
  type ExportPurpose,
} from '#domain/exchange/export'
import { exchangeRepo } from '../../storage/exchange-repo'
import { DeletePersonalData } from './delete-personal-data'
import { describeExportError, downloadText } from './download-text'
import './data.css'

type Outcome =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; fileName: string; warning: string | null }
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
  const working = outcome.kind === 'working'

  async function exportAs(purpose: ExportPurpose) {
    setOutcome({ kind: 'working' })
    try {
      const data = await exchangeRepo.readReview(review.id)
      const file = reviewExchangeFile(data, review.id, { appVersion: __APP_VERSION__, now: new Date(), purpose })
      const fileName = reviewFileName(data.teams[0]?.name ?? null, review, purpose)
      const text = serialiseExchangeFile(file)
      downloadText(text, fileName, 'application/json')
      setOutcome({ kind: 'done', fileName, warning: exchangeFileSizeWarning(text) })
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeExportError(error) })
    }
  }

  return (
    <section aria-labelledby="review-data-heading">
      <h2 id="review-data-heading">Share and export</h2>
      <div className="data-actions">
        <button type="button" className="button--secondary" disabled={working} onClick={() => void exportAs('export')}>
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
        {outcome.kind === 'working' && 'Preparing the file…'}
        {outcome.kind === 'done' && `Downloaded ${outcome.fileName}.`}
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
