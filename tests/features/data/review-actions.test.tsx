import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import type { ReviewExchangeFile } from '#domain/exchange/file'
import { findScale } from '#domain/scale/catalogue'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { ratingsRepo } from '../../../src/storage/ratings-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { downloadBlob } from '../../../src/app/files/download'
import { now } from '../../storage/fresh-database'
import { blobText, renderDataScreen, useDataScreenTests } from './helpers'
import { rateItems, ukReview } from '../uk-review'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)
const uk = findScale('ips-uk', '1.0.0')!

const pair = [
  { id: 'reviewer-a', name: 'Sam Patel' },
  { id: 'reviewer-b', name: 'Alex Kim' },
]

function review(reviewers = pair) {
  return ukReview({ visitStart: '2026-11-21', visitEnd: '2026-11-22', reviewers }, { name: 'Northgate CRT' })
}

/** Sam rates every item 4; Alex has rated item 1 only. */
async function rateSamAndOneOfAlex(reviewId: string) {
  await rateItems(reviewId, 'reviewer-a', () => 4, 'Seen in records')
  await ratingsRepo.saveRating({ reviewId, itemId: 'caseload-size', reviewerId: 'reviewer-b', score: 2, rationale: '' })
}

/** Waits for the page to report the download, then reads the file handed to downloadBlob. */
async function downloaded(): Promise<{ fileName: string; file: ReviewExchangeFile }> {
  await screen.findByText(/^Downloaded .+\.json\.$/)
  expect(download).toHaveBeenCalledTimes(1)
  const [blob, fileName] = download.mock.calls[0]!
  return { fileName, file: JSON.parse(await blobText(blob)) as ReviewExchangeFile }
}

describe('review page: export and send to co-reviewer', () => {
  it('exports the whole review, every reviewer’s ratings included, named from team and visit', async () => {
    const r = await review()
    await rateSamAndOneOfAlex(r.id)
    renderDataScreen(paths.review(r.id))
    await userEvent.click(await screen.findByRole('button', { name: 'Export review' }))

    const { fileName, file } = await downloaded()
    expect(screen.getByText(`Downloaded ${fileName}.`)).toBeInTheDocument()
    expect(fileName).toMatch(/^northgate-crt-review-2026-11-21\.json$/)
    expect(file).toMatchObject({ kind: 'review', reviewId: r.id })
    expect(file.data.ratings).toHaveLength(uk.items.length + 1)
  })

  it('sends a co-reviewer only the ratings of reviewers who have finished, and says whose they are', async () => {
    const r = await review()
    await rateSamAndOneOfAlex(r.id)
    await reviewsRepo.finishRating(
      r.id,
      'reviewer-a',
      uk.items.map((item) => item.id),
      now,
    )
    renderDataScreen(paths.review(r.id))

    expect(
      await screen.findByText(/your ratings go only once you have finished rating, so blind rating holds/),
    ).toHaveTextContent('The file carries the ratings of Sam Patel.')
    await userEvent.click(await screen.findByRole('button', { name: 'Send to co-reviewer' }))
    const { fileName, file } = await downloaded()
    expect(fileName).toBe('northgate-crt-review-2026-11-21-for-co-reviewer.json')
    expect(new Set(file.data.ratings.map((rating) => rating.reviewerId))).toEqual(new Set(['reviewer-a']))
    expect(file.data.ratings).toHaveLength(uk.items.length)
  })

  it('offers no co-reviewer file for a review with one reviewer', async () => {
    const r = await review([{ id: 'reviewer-a', name: 'Sam Patel' }])
    renderDataScreen(paths.review(r.id))
    expect(await screen.findByRole('button', { name: 'Export review' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Send to co-reviewer' })).not.toBeInTheDocument()
  })
})

describe('review page: delete personal data', () => {
  /** Sam's final review, with an interview note and a record-review row that name people. */
  async function finalReviewWithEvidence() {
    const r = await review([{ id: 'reviewer-a', name: 'Sam Patel' }])
    const reviewId = r.id
    await evidenceRepo.addEntry(
      {
        reviewId,
        itemId: 'caseload-size',
        source: 'interview',
        intervieweeRole: 'team leader',
        note: 'Jo Bloggs said 81 clients',
      },
      now,
    )
    await evidenceRepo.addRecordReviewRow(
      {
        reviewId,
        anonymousId: 'R-01',
        daysToFirstEmployerContact: 12,
        jobType: 'Retail',
        employer: 'Shop',
        competitive: true,
        supportContactsAfterStart: 3,
      },
      now,
    )
    await rateItems(reviewId, 'reviewer-a', () => 4, 'Seen in records')
    await reviewsRepo.finalise(reviewId, uk, now)
    return r
  }

  it('is not offered before the review is final, and says why', async () => {
    const r = await review()
    renderDataScreen(paths.review(r.id))
    const button = await screen.findByRole('button', { name: 'Delete personal data' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(/Available once the review is final/)
  })

  it('removes evidence and record-review rows of a final review after confirmation, keeps the scores, and says when', async () => {
    const r = await finalReviewWithEvidence()
    renderDataScreen(paths.review(r.id))

    await userEvent.click(await screen.findByRole('button', { name: 'Delete personal data' }))
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' })
    expect(confirm).toHaveTextContent(/evidence entries .* and its record-review rows/)
    expect(confirm).toHaveTextContent('Scores, rationales, consensus, the action plan and the report stay.')
    await userEvent.click(within(confirm).getByRole('button', { name: 'Yes, delete it' }))

    expect(await screen.findByText(/^Personal data was deleted on /)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Delete personal data' })).not.toBeInTheDocument()
    expect(await evidenceRepo.listEntriesForReview(r.id)).toEqual([])
    expect(await evidenceRepo.listRecordReviewRows(r.id)).toEqual([])
    expect(await ratingsRepo.listRatings(r.id)).toHaveLength(uk.items.length)
    expect((await reviewsRepo.get(r.id)).personalDataDeletedAt).not.toBeNull()
  })

  it('keeps everything when the user changes their mind', async () => {
    const r = await finalReviewWithEvidence()
    renderDataScreen(paths.review(r.id))
    await userEvent.click(await screen.findByRole('button', { name: 'Delete personal data' }))
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }))
    expect(await evidenceRepo.listEntriesForReview(r.id)).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Delete personal data' })).toBeEnabled()
  })
})
