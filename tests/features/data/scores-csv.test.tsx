import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { downloadBlob } from '../../../src/app/files/download'
import { now, reviewInput, teamInput } from '../../storage/fresh-database'
import { blobBytes, blobText, renderDataScreen, useDataScreenTests } from './helpers'
import { rateItems, ukReview } from '../uk-review'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))

const download = vi.mocked(downloadBlob)
useDataScreenTests(download)

async function scoredReview(teamName: string, score: number) {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Sam Patel' }] }, { name: teamName })
  await rateItems(review.id, 'reviewer-a', () => score)
  return review
}

describe('Settings: scores as CSV', () => {
  it('says there is nothing to download when no review has a score, and downloads nothing', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    await reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk' }), now)
    renderDataScreen(paths.settings())
    await userEvent.click(await screen.findByRole('button', { name: 'Download scores as CSV' }))
    expect(await screen.findByText(/No review on this device has a score yet/)).toBeInTheDocument()
    expect(download).not.toHaveBeenCalled()
  })

  it('downloads one row per scored review as UTF-8 CSV with a byte-order mark, formulas made inert', async () => {
    await scoredReview('=HYPERLINK("http://evil.example","Open")', 4)
    await scoredReview('Northgate CRT', 3)
    renderDataScreen(paths.settings())
    await userEvent.click(await screen.findByRole('button', { name: 'Download scores as CSV' }))

    expect(
      await screen.findByText(/^Downloaded ips-fidelity-scores-\d{4}-\d{2}-\d{2}\.csv with 2 reviews\.$/),
    ).toBeInTheDocument()
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toMatch(/^ips-fidelity-scores-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect([...(await blobBytes(blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])

    const lines = (await blobText(blob)).replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toMatch(/^"Team","Organisation","Review type","Status","Visit start","Visit end",/)
    expect(lines[0]).toContain('"1 Caseload size"')
    // Sorted by team name ('=' before letters); the leading apostrophe stops a spreadsheet running the formula.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""Open""\)",/)
    expect(lines[1]).toMatch(/"25","100","Good fidelity"$/)
    expect(lines[2]).toMatch(/^"Northgate CRT",/)
    expect(lines[2]).toMatch(/"25","75","Fair fidelity"$/)
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe('')
  })
})
