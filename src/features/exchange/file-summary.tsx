import type { ExchangeFile } from '../../domain/exchange'
import { reviewTypeLabels } from '../../domain/review'
import { formatDate, formatDateTime } from '../../ui/format'
import { plural } from './import-labels'

/** What the file is: one review (which team, which visit) or a whole device's backup. */
export function FileSummary({ file, fileName }: { file: ExchangeFile; fileName: string }) {
  return (
    <dl className="details-list">
      <div>
        <dt>File</dt>
        <dd>{fileName}</dd>
      </div>
      {file.kind === 'review' ? <ReviewRows file={file} /> : <BackupRows file={file} />}
      <div>
        <dt>Made</dt>
        <dd>
          {formatDateTime(file.createdAt)}, by app version {file.appVersion}
        </dd>
      </div>
    </dl>
  )
}

function ReviewRows({ file }: { file: Extract<ExchangeFile, { kind: 'review' }> }) {
  const review = file.data.reviews.find((row) => row.id === file.reviewId)
  const team = file.data.teams.find((row) => row.id === review?.teamId)
  return (
    <>
      <div>
        <dt>Contents</dt>
        <dd>One review</dd>
      </div>
      <div>
        <dt>Team</dt>
        <dd>{team ? [team.name, team.organisation].filter(Boolean).join(', ') : 'Not named'}</dd>
      </div>
      {review && (
        <>
          <div>
            <dt>Review</dt>
            <dd>
              {reviewTypeLabels[review.type]}, visit {formatDate(review.visitStart)}
              {review.visitEnd !== review.visitStart && ` to ${formatDate(review.visitEnd)}`}
            </dd>
          </div>
          <div>
            <dt>Reviewers</dt>
            <dd>{review.reviewers.map((reviewer) => reviewer.name).join(' and ')}</dd>
          </div>
        </>
      )}
    </>
  )
}

function BackupRows({ file }: { file: Extract<ExchangeFile, { kind: 'backup' }> }) {
  return (
    <div>
      <dt>Contents</dt>
      <dd>
        A full backup: {plural(file.data.teams.length, 'team')}, {plural(file.data.reviews.length, 'review')},{' '}
        {plural(file.data.importedScales.length, 'imported scale')} and the settings
      </dd>
    </div>
  )
}
