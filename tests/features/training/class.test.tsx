import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { paths, routePatterns } from '../../../src/app/paths'
import { MAX_EXCHANGE_FILE_BYTES } from '#domain/exchange/file'
import { TrainingClassRoute } from '../../../src/routes/training-class'
import { downloadBlob } from '../../../src/app/files/download'
import { generateClassSummaryPdf } from '../../../src/report/report-client'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'
import { traineeFile } from '../../domain/training/helpers'
import { caseScale, referenceOf, shippedCase } from './helpers'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))
vi.mock('../../../src/report/report-client', () => ({ generateClassSummaryPdf: vi.fn() }))

useFreshDatabase()
beforeEach(() => {
  vi.mocked(downloadBlob).mockReset()
  vi.mocked(generateClassSummaryPdf).mockReset()
})
afterEach(() => cleanup())

const [first, second] = caseScale.items
const up = (score: number) => (score < 5 ? score + 1 : score - 1)

/** A trainee's exported exercise on the shipped case: the reference everywhere unless `changes` says otherwise. */
function exerciseFile(fileName: string, reviewId: string, name: string, changes: Record<string, number> = {}) {
  const scores: Record<string, number> = {}
  for (const item of caseScale.items) scores[item.id] = changes[item.id] ?? referenceOf(item.id)
  const exported = traineeFile({
    reviewId,
    names: [name],
    scores,
    practiceCase: { caseId: shippedCase.id, caseVersion: shippedCase.version },
  })
  return new File([JSON.stringify(exported)], fileName, { type: 'application/json' })
}

function renderClass() {
  renderRoute([{ path: routePatterns.trainingClass, element: <TrainingClassRoute /> }], paths.trainingClass())
}

async function chooseFiles(files: File[]) {
  const user = userEvent.setup()
  await user.selectOptions(await screen.findByLabelText('Practice case'), shippedCase.id)
  await user.upload(screen.getByLabelText('Trainees’ exercise files (JSON)'), files)
  return user
}

const classFiles = () => [
  exerciseFile('ada.json', 'review-ada', 'Ada Trainee', { [first!.id]: up(referenceOf(first!.id)) }),
  exerciseFile('ben.json', 'review-ben', 'Ben Trainee', {
    [first!.id]: up(referenceOf(first!.id)),
    [second!.id]: up(referenceOf(second!.id)),
  }),
  exerciseFile('cleo.json', 'review-cleo', 'Trainee'),
]

describe('the class summary', () => {
  it('says the files stay in memory', async () => {
    renderClass()
    expect(
      await screen.findByText(/read in memory only: nothing from them is stored on this device/),
    ).toBeInTheDocument()
  })

  it('shows the spread per item against the reference, the most misread items and each trainee', async () => {
    renderClass()
    await chooseFiles(classFiles())
    expect(await screen.findByRole('heading', { name: `3 trainees on ${shippedCase.title}` })).toBeInTheDocument()

    const spread = screen.getByRole('table', { name: /Trainees’ scores for each item/ })
    const firstRow = within(spread).getByRole('row', { name: new RegExp(`^1\\. ${first!.title}`) })
    const cells = within(firstRow).getAllByRole('cell')
    const reference = referenceOf(first!.id)
    // Columns: scored 1..5, reference, misread, mean difference.
    expect(cells[reference - 1]).toHaveTextContent('1 reference')
    expect(cells[up(reference) - 1]).toHaveTextContent(/^2$/)
    expect(cells[5]).toHaveTextContent(String(reference))
    expect(cells[6]).toHaveTextContent('2 of 3')

    const misread = screen.getByRole('heading', { name: 'Most often misread' }).nextElementSibling!
    const entries = within(misread as HTMLElement).getAllByRole('listitem')
    expect(entries).toHaveLength(2)
    expect(entries[0]).toHaveTextContent(`1. ${first!.title}: misread by 2 of 3`)
    expect(entries[1]).toHaveTextContent(`2. ${second!.title}: misread by 1 of 3`)

    const trainees = screen.getByRole('table', { name: 'Each trainee’s agreement with the reference' })
    expect(within(trainees).getByRole('row', { name: /^Trainee 1 / })).toHaveTextContent('96%')
    expect(within(trainees).getByRole('row', { name: /^Trainee 2 / })).toHaveTextContent('92%')
    expect(within(trainees).getByRole('row', { name: /^Trainee 3 / })).toHaveTextContent('100%')
    expect(screen.queryByText('Ada Trainee')).not.toBeInTheDocument()
  })

  it('shows trainee names only when asked', async () => {
    renderClass()
    const user = await chooseFiles(classFiles())
    await screen.findByRole('heading', { name: /3 trainees on/ })
    await user.click(screen.getByLabelText('Show trainee names'))
    const trainees = screen.getByRole('table', { name: 'Each trainee’s agreement with the reference' })
    expect(within(trainees).getByRole('rowheader', { name: 'Ada Trainee' })).toBeInTheDocument()
    expect(within(trainees).getByRole('rowheader', { name: 'Ben Trainee' })).toBeInTheDocument()
    // A trainee who gave no name is still numbered.
    expect(within(trainees).getByRole('rowheader', { name: 'Trainee 3' })).toBeInTheDocument()
  })

  it('lists each file it left out, with the reason, and counts the rest', async () => {
    renderClass()
    const big = new File(['x'], 'huge.json', { type: 'application/json' })
    Object.defineProperty(big, 'size', { value: MAX_EXCHANGE_FILE_BYTES + 1 })
    const otherCase = new File(
      [JSON.stringify(traineeFile({ reviewId: 'review-dan', names: ['Dan'] }))],
      'other-case.json',
      { type: 'application/json' },
    )
    await chooseFiles([
      ...classFiles().slice(0, 1),
      new File(['{"half": '], 'cut.json', { type: 'application/json' }),
      new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' }),
      big,
      otherCase,
    ])
    const problems = await screen.findByRole('region', { name: 'Files left out' })
    expect(within(problems).getByText('cut.json').closest('li')).toHaveTextContent(/not complete JSON/)
    expect(within(problems).getByText('notes.json').closest('li')).toHaveTextContent(/not an IPS Fidelity Review file/)
    expect(within(problems).getByText('huge.json').closest('li')).toHaveTextContent(/over the .* limit/)
    expect(within(problems).getByText('other-case.json').closest('li')).toHaveTextContent(/another practice case/)
    expect(await screen.findByRole('heading', { name: `1 trainee on ${shippedCase.title}` })).toBeInTheDocument()
  })

  it('downloads the summary as CSV, with names only when shown', async () => {
    renderClass()
    const user = await chooseFiles(classFiles())
    await user.click(await screen.findByRole('button', { name: 'Download CSV' }))
    expect(downloadBlob).toHaveBeenCalledTimes(1)
    const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!
    expect(fileName).toMatch(new RegExp(`^class-summary-${shippedCase.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`))
    const csv = await blob.text()
    expect(csv).toContain('Trainee 1')
    expect(csv).not.toContain('Ada Trainee')
    await user.click(screen.getByLabelText('Show trainee names'))
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(await vi.mocked(downloadBlob).mock.calls[1]![0].text()).toContain('Ada Trainee')
  })

  it('creates the PDF with progress, then downloads it', async () => {
    let finish: (blob: Blob) => void = () => {}
    vi.mocked(generateClassSummaryPdf).mockImplementation((_model, onProgress) => {
      onProgress?.(0.5)
      return new Promise((resolve) => (finish = resolve))
    })
    renderClass()
    const user = await chooseFiles(classFiles())
    await user.click(await screen.findByRole('button', { name: 'Download PDF' }))
    expect(await screen.findByText('Creating the PDF… 50%')).toBeInTheDocument()
    const [model] = vi.mocked(generateClassSummaryPdf).mock.calls[0]!
    expect(model).toMatchObject({ traineeCount: 3, namesShown: false, caseTitle: shippedCase.title })
    finish(new Blob(['%PDF'], { type: 'application/pdf' }))
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), model.fileName))
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${model.fileName}.`)
  })
})
