import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../../../src/app/paths'
import { downloadBlob } from '../../../src/app/files/download'
import { findScale } from '#domain/scale/catalogue'
import { defaultVisitPlan } from '#domain/visit/default-plan'
import { DATA_REQUEST_SENT } from '#domain/visit/legacy-checklist'
import { generateVisitDocumentPdf } from '../../../src/report/report-client'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { visitRepo } from '../../../src/storage/visit-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { ukReview } from '../uk-review'
import { visitRoutes } from './visit-routes'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))
vi.mock('../../../src/report/report-client', () => ({ generateVisitDocumentPdf: vi.fn() }))

useFreshDatabase()
beforeEach(() => {
  vi.mocked(downloadBlob).mockReset()
  vi.mocked(generateVisitDocumentPdf).mockReset()
})
afterEach(() => {
  cleanup()
  Reflect.deleteProperty(navigator, 'clipboard')
})
// The plan screen carries eleven session forms: jsdom needs longer than the default to walk it.
vi.setConfig({ testTimeout: 15_000 })

const uk = findScale('ips-uk', '1.0.0')!

// jsdom has no clipboard; fireEvent, not userEvent, so user-event's own clipboard stub does not replace this one.
function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

async function openPlan(before: (reviewId: string) => Promise<unknown> = async () => {}) {
  const review = await ukReview()
  await visitRepo.addSessions(review.id, defaultVisitPlan(uk, review, 3))
  await before(review.id)
  renderRoute(visitRoutes, paths.visitPlan(review.id))
  return review
}

const textOf = async (label: string) => ((await screen.findByLabelText(label)) as HTMLTextAreaElement).value

describe('the pre-visit data request', () => {
  it('gives the request as email text, with the caseload list and the record sample, and copies it', async () => {
    await openPlan()
    const writeText = vi.fn().mockResolvedValue(undefined)
    stubClipboard(writeText)
    const text = await textOf('Request to paste into an email to the team')
    expect(text).toContain(
      'Fidelity review of Riverside Recovery Team: information to send before the visit (2-3 March 2026)',
    )
    expect(text).toContain('each employment specialist’s active caseload and their hours as a full-time equivalent')
    for (const what of ['Job descriptions', 'referral form', 'operational policy', 'Employer contact logs']) {
      expect(text).toContain(what)
    }
    expect(text).toContain('group supervision')
    expect(text).toContain('outcome returns')
    expect(text).toContain('- 10 records, at least 2 from each employment specialist’s caseload')
    expect(text).toContain('at random from the caseload list')
    expect(screen.getByText(/the fidelity manual’s own figure is not confirmed/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Copy the request' }))
    expect(writeText).toHaveBeenCalledWith(text)
    expect(await screen.findByText('Copied: paste it into an email to the team.')).toHaveAttribute('role', 'status')
  })

  it('says so when the browser refuses the clipboard, and leaves the text to select', async () => {
    await openPlan()
    stubClipboard(vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')))
    fireEvent.click(await screen.findByRole('button', { name: 'Copy the agenda' }))
    expect(await screen.findByText(/did not allow copying: select the text above/)).toBeInTheDocument()
  })

  it('downloads the request as a PDF, and says when the PDF fails', async () => {
    await openPlan()
    const blob = new Blob(['%PDF-'], { type: 'application/pdf' })
    vi.mocked(generateVisitDocumentPdf).mockResolvedValueOnce(blob)
    await userEvent.click(await screen.findByRole('button', { name: 'Download the request as PDF' }))
    expect(await screen.findByText('Downloaded riverside-recovery-team-data-request-2026-03-02.pdf.')).toBeVisible()
    const [document] = vi.mocked(generateVisitDocumentPdf).mock.calls[0]!
    expect(document.kind).toBe('data-request')
    expect(document.blocks).toContainEqual({ kind: 'heading', text: 'Records to have available on the day' })
    expect(downloadBlob).toHaveBeenCalledWith(blob, 'riverside-recovery-team-data-request-2026-03-02.pdf')

    vi.mocked(generateVisitDocumentPdf).mockRejectedValueOnce(new Error('the report font could not be loaded (404)'))
    await userEvent.click(screen.getByRole('button', { name: 'Download the agenda as PDF' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The PDF could not be created: the report font could not be loaded (404)',
    )
  })

  it('keeps the "data request sent" tick with the review', async () => {
    const review = await openPlan()
    const sent = await screen.findByLabelText('Data request sent to the team')
    expect(sent).not.toBeChecked()
    await userEvent.click(sent)
    await waitFor(async () => expect((await reviewsRepo.get(review.id)).checklistDone).toEqual([DATA_REQUEST_SENT]))
    expect(sent).toBeChecked()
    await userEvent.click(sent)
    await waitFor(async () => expect((await reviewsRepo.get(review.id)).checklistDone).toEqual([]))
  })
})

describe('the visit agenda', () => {
  it('lists the planned sessions day by day, without those added on the day', async () => {
    await openPlan(async (reviewId) => {
      const [first] = await visitRepo.listSessions(reviewId)
      await reviewsRepo.setStatus(reviewId, 'collecting-evidence')
      await visitRepo.addSession(
        reviewId,
        { ...first!, start: '17:00', end: '17:30', role: 'employer' },
        { unplanned: true },
      )
    })
    expect(await screen.findByRole('heading', { name: /^12\. .*added on the day/ })).toBeInTheDocument()
    const lines = (await textOf('Agenda to paste into an email to the team')).split('\n')
    expect(lines[0]).toBe('Fidelity review of Riverside Recovery Team: visit agenda')
    expect(lines[2]).toBe('2 March 2026')
    expect(lines[3]).toBe('- 09:30-10:30 Interview: 1 team leader')
    expect(lines).toContain('3 March 2026')
    expect(lines.at(-1)).toBe('- 16:00-16:45 Feedback meeting: 1 team leader')
    expect(lines.join('\n')).not.toContain('employer')
    const section = screen.getByRole('region', { name: 'Visit agenda' })
    expect(within(section).getByRole('button', { name: 'Copy the agenda' })).toBeInTheDocument()
  })
})
