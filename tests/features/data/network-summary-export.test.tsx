import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { checkExchangeFile } from '#domain/exchange/check'
import { findScale } from '#domain/scale/catalogue'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { downloadBlob } from '../../../src/app/files/download'
import { blobText, renderDataScreen, useDataScreenTests } from './helpers'
import { rateItems, ukReview } from '../uk-review'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)
const uk = findScale('ips-uk', '1.0.0')!
const SECRET = 'Client J said her support worker never mentioned work'

async function soleReview() {
  const review = await ukReview(
    { visitStart: '2026-11-21', visitEnd: '2026-11-22', reviewers: [{ id: 'sam', name: 'Sam Patel' }] },
    { name: 'Northgate CRT' },
  )
  await evidenceRepo.addEntry({ reviewId: review.id, itemId: uk.items[0]!.id, source: 'interview', note: SECRET })
  await rateItems(review.id, 'sam', () => 4, 'Seen in records')
  return review
}

describe('review page: summary for the network', () => {
  it('is not offered for a draft review, and says why', async () => {
    const review = await soleReview()
    renderDataScreen(paths.review(review.id))
    expect(await screen.findByRole('button', { name: 'Summary for the network' })).toBeDisabled()
    expect(screen.getByText(/Only a final review has a summary for the network/)).toBeInTheDocument()
  })

  it('exports a final review with its scores and no note text, named as a summary, and reads back', async () => {
    const review = await soleReview()
    await reviewsRepo.finalise(review.id, uk)
    renderDataScreen(paths.review(review.id))
    await userEvent.click(await screen.findByRole('button', { name: 'Summary for the network' }))
    await screen.findByText(/^Downloaded .+\.json\.$/)
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toBe('northgate-crt-2026-11-21-network-summary.json')
    const text = await blobText(blob)
    expect(text).not.toContain(SECRET)
    const check = checkExchangeFile(text, text.length)
    if (!check.ok) throw new Error(check.reason)
    expect(check.file.data.reviews[0]?.source).toBe('network-summary')
    expect(check.file.data.ratings).toHaveLength(uk.items.length)
    expect(check.file.data.evidence).toEqual([])
  })
})

describe('an imported summary on this device', () => {
  async function importedSummary() {
    const review = await soleReview()
    await reviewsRepo.finalise(review.id, uk)
    // As the import leaves it: the same review, marked as a summary (no evidence travels with one).
    const { getDatabase } = await import('../../../src/storage/database')
    await getDatabase().reviews.update(review.id, { source: 'network-summary' })
    return review
  }

  it('is labelled, offers no reopening and no edit, and the storage refuses reopening and new evidence', async () => {
    const review = await importedSummary()
    renderDataScreen(paths.review(review.id))
    expect(await screen.findByText('Imported summary — no evidence on this device')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Edit review details' })).not.toBeInTheDocument()
    await expect(reviewsRepo.reopen(review.id, 'Sam', 'More evidence')).rejects.toThrow(/imported summary/)
    await expect(
      evidenceRepo.addEntry({ reviewId: review.id, itemId: uk.items[0]!.id, source: 'interview', note: 'x' }),
    ).rejects.toThrow(/imported summary/)
  })
})
