import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import type { ReportModel } from '#domain/report-model/model'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { settingsRepo } from '../../../src/storage/settings-repo'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { findScale } from '#domain/scale/catalogue'
import { ReviewReportRoute } from '../../../src/routes/review-report'
import { generateReport, generateReportDocx } from '../../../src/report/report-client'
import { downloadBlob } from '../../../src/app/files/download'
import { now, reviewInput, teamInput, useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { rateItems, ukReview } from '../uk-review'

vi.mock('../../../src/report/report-client', () => ({ generateReport: vi.fn(), generateReportDocx: vi.fn() }))
vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))
vi.mock('../../../src/report/report-fonts', () => ({
  loadReportFonts: vi.fn(async () => ({ regular: new ArrayBuffer(4), bold: new ArrayBuffer(4) })),
}))

useFreshDatabase()
afterEach(() => cleanup())

const uk = findScale('ips-uk', '1.0.0')!
const generate = vi.mocked(generateReport)
const generateWord = vi.mocked(generateReportDocx)
const download = vi.mocked(downloadBlob)

beforeEach(() => {
  generate.mockReset()
  generateWord.mockReset()
  download.mockReset()
  // jsdom has no object URLs; the preview needs one.
  URL.createObjectURL = vi.fn(() => 'blob:preview')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})

async function finalReview() {
  const review = await ukReview({ reviewers: [{ id: 'reviewer-a', name: 'Zoë Ó Briain' }] }, { name: 'Northgate CRT' })
  await rateItems(review.id, 'reviewer-a', () => 4)
  return reviewsRepo.finalise(review.id, uk, now)
}

function renderReport(reviewId: string) {
  renderRoute([{ path: routePatterns.reviewReport, element: <ReviewReportRoute /> }], paths.reviewReport(reviewId))
}

/** A promise the test settles, so it can look at the screen while the report is still rendering. */
function pending<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  return { promise, resolve, reject }
}

describe('report screen', () => {
  it('renders with the chosen options, shows progress, then previews and downloads under the report’s file name', async () => {
    const review = await finalReview()
    const result = pending<Blob>()
    let reportProgress: (fraction: number) => void = () => {}
    generate.mockImplementation((_model, _options, onProgress) => {
      reportProgress = onProgress
      return result.promise
    })
    const user = userEvent.setup()
    renderReport(review.id)

    expect(await screen.findByRole('heading', { name: 'Report' })).toBeInTheDocument()
    expect(screen.queryByText(/watermarked DRAFT/)).not.toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'A4' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Include evidence summaries' })).toBeChecked()
    await user.click(screen.getByRole('radio', { name: 'US Letter' }))
    await user.click(screen.getByRole('checkbox', { name: 'Include evidence summaries' }))
    await user.click(await screen.findByRole('button', { name: 'Create the report' }))

    await waitFor(() => expect(generate).toHaveBeenCalledTimes(1))
    const [model, options] = generate.mock.calls[0]!
    expect(options.pageSize).toBe('letter')
    expect(options.logo).toBeNull()
    expect(model.draft).toBe(false)
    expect(model.items).toHaveLength(25)
    expect(model.cover.reviewers).toEqual(['Zoë Ó Briain'])

    reportProgress(0.42)
    expect(await screen.findByRole('progressbar', { name: 'Creating the report' })).toHaveValue(42)
    expect(screen.getByRole('status')).toHaveTextContent('42%')
    expect(screen.getByRole('button', { name: 'Create the report' })).toBeDisabled()

    result.resolve(new Blob(['%PDF-1.3'], { type: 'application/pdf' }))
    const ready = await screen.findByRole('region', { name: 'Your report is ready' })
    expect(within(ready).getByTitle('Report preview')).toHaveAttribute('src', 'blob:preview')
    await user.click(within(ready).getByRole('button', { name: 'Download PDF' }))
    expect(download).toHaveBeenCalledWith(expect.any(Blob), model.fileName)
    expect(model.fileName).toMatch(/^northgate-crt-.*\.pdf$/)
  })

  it('says a draft will be watermarked and shows a rendering failure', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const review = await reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk' }), now)
    generate.mockRejectedValue(new Error('Font is not stored as string-data'))
    const user = userEvent.setup()
    renderReport(review.id)

    expect(await screen.findByText(/watermarked DRAFT/)).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: 'Create the report' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The report could not be created: Font is not stored as string-data',
    )
    expect((generate.mock.calls[0]![0] as ReportModel).draft).toBe(true)
    expect(download).not.toHaveBeenCalled()
  })

  it('imports a logo onto this device, uses it in the report and lets it be removed', async () => {
    const review = await finalReview()
    generate.mockResolvedValue(new Blob(['%PDF-1.3']))
    const user = userEvent.setup()
    renderReport(review.id)

    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    )
    await user.upload(
      await screen.findByLabelText('Import a logo'),
      new File([png], 'trust.png', { type: 'image/png' }),
    )
    expect(await screen.findByRole('img', { name: 'Organisation logo: trust.png' })).toBeInTheDocument()
    expect((await settingsRepo.get()).organisationLogo).toMatchObject({ name: 'trust.png', width: 1, height: 1 })

    await user.click(screen.getByRole('button', { name: 'Create the report' }))
    await waitFor(() => expect(generate).toHaveBeenCalled())
    expect(generate.mock.calls[0]![1].logo).toMatchObject({ width: 1, height: 1 })

    await user.click(screen.getByRole('button', { name: 'Remove logo' }))
    await waitFor(() => expect(screen.queryByRole('img')).not.toBeInTheDocument())
    expect((await settingsRepo.get()).organisationLogo).toBeNull()
  })

  it('refuses a logo that is not a PNG or JPEG, or is over 1 MB', async () => {
    const review = await finalReview()
    const user = userEvent.setup({ applyAccept: false })
    renderReport(review.id)

    await user.upload(
      await screen.findByLabelText('Import a logo'),
      new File(['<svg/>'], 'logo.svg', { type: 'image/svg+xml' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('logo.svg is not a PNG or JPEG image.')
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'huge.png', { type: 'image/png' })
    await user.upload(screen.getByLabelText('Import a logo'), big)
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.png is larger than 1 MB')
    expect((await settingsRepo.get()).organisationLogo).toBeNull()
  })

  it('downloads the report as a Word file under the PDF’s name ending .docx', async () => {
    const review = await finalReview()
    generateWord.mockResolvedValue(
      new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    )
    const user = userEvent.setup()
    renderReport(review.id)
    await user.click(await screen.findByRole('button', { name: 'Download Word (.docx)' }))
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1))
    const model = generateWord.mock.calls[0]![0] as ReportModel
    expect(download.mock.calls[0]![1]).toBe(model.fileName.replace(/\.pdf$/, '.docx'))
    expect(await screen.findByText(/^Downloaded .*\.docx\.$/)).toBeInTheDocument()
  })

  it('shows a Word file that could not be made, and downloads nothing', async () => {
    const review = await finalReview()
    generateWord.mockRejectedValue(new Error('the report worker did not start'))
    const user = userEvent.setup()
    renderReport(review.id)
    await user.click(await screen.findByRole('button', { name: 'Download Word (.docx)' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The Word file could not be created: the report worker did not start',
    )
    expect(download).not.toHaveBeenCalled()
  })
})
