// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { classSummaryReportModel } from '#domain/training/class-report'
import { summariseClass } from '#domain/training/class-summary'
import type { TraineeExercise } from '#domain/training/trainee-files'
import { renderClassSummary } from '../../src/report/render-class-summary'
import { generateClassSummaryPdf, ReportError } from '../../src/report/report-client'
import type { ReportResponse, WorkerRequest } from '../../src/report/report-messages'
import { practiceCase, scoresByNumber, ukScale } from '../domain/training/helpers'
import { MISSING_GLYPH } from '../../src/report/pdf-text'
import { loadFonts } from './report-fixtures'
import { pdfInfo, pdfRawText, pdfText, useTempDir, wordsOutsidePage, writePdf } from './pdf-tools'

const font = loadFonts()
const tempDir = useTempDir()
const now = new Date(2026, 10, 23, 15, 0)
const riverside = practiceCase()
const squash = (text: string) => text.replace(/\s+/g, '')

const exercise = (name: string | null, scores: Record<string, number | null>, index: number): TraineeExercise => ({
  label: name ?? `Trainee ${index + 1}`,
  name,
  fileName: `trainee-${index + 1}.json`,
  scores,
})

// Reference 4 everywhere (total 100, Good). Ada: item 1 at 2, item 2 at 5 (99). Ben: item 1 at 2,
// item 2 at 3, item 3 at 5 (98). The third has no name, scores item 1 at 5 and leaves item 3 unrated.
const classOfThree = () => [
  exercise('Ada Lovelace', scoresByNumber(4, { 1: 2, 2: 5 }), 0),
  exercise('Ben Okafor', scoresByNumber(4, { 1: 2, 2: 3, 3: 5 }), 1),
  exercise(null, scoresByNumber(4, { 1: 5, 3: null }), 2),
]

function modelFor(exercises: TraineeExercise[], showNames = true) {
  return classSummaryReportModel(summariseClass(ukScale, riverside, exercises), { showNames, now })
}

function render(name: string, exercises: TraineeExercise[], showNames = true, pageSize: 'a4' | 'letter' = 'a4') {
  return writePdf(tempDir(), name, renderClassSummary(modelFor(exercises, showNames), { pageSize, font }))
}

let three = ''
const classPdf = () => (three ||= render('class.pdf', classOfThree()))

describe('the class summary PDF', () => {
  it('names the case, the scale, the reference, the number of trainees and the date', () => {
    const text = pdfText(classPdf())
    expect(text).toMatch(/^Class summary\n/)
    expect(text).toMatch(/Practice case\s+Riverside community recovery team \(version 1\.0\.0\)/)
    expect(text).toContain(`${ukScale.title}, version 1.0.0`)
    expect(text).toMatch(/Reference score\s+100 out of 125: Good fidelity \(100–114\)/)
    expect(text).toMatch(/Trainees\s+3\n/)
    expect(text).toMatch(/Created\s+23 November 2026/)
    expect(pdfInfo(classPdf()).Title).toBe('Class summary: Riverside community recovery team')
  })

  it('gives every item with the reference, the count of each score, exact, misread and mean difference', () => {
    const text = pdfText(classPdf())
    const table = text.slice(text.indexOf('Item by item'))
    // The last header wraps onto a second line in its narrow column.
    expect(table).toMatch(/Item\s+Ref\.\s+1\s+2\s+3\s+4\s+5\s+Exact\s+Misread\s+Mean\s+difference/)
    // Item 1: 2, 2, 5 against 4. Item 2: 5, 3, 4. Item 3: 4, 5 and one unrated. Item 9: all 4.
    expect(table).toMatch(/1\. Caseload size\s+4\s+0\s+2\s+0\s+0\s+1\s+0\s+3\s+-1\.0/)
    expect(table).toMatch(/3\. Vocational generalists\s+4\s+0\s+0\s+0\s+1\s+1\s+1\s+1\s+\+0\.5/)
    expect(table).toMatch(/9\. Zero exclusion criteria\s+4\s+0\s+0\s+0\s+3\s+0\s+3\s+0\s+0\.0/)
    // Read in drawing order, so a title wrapped inside its cell reads whole.
    const raw = pdfRawText(classPdf())
    const flat = squash(raw.slice(raw.indexOf('Item by item')))
    let from = 0
    for (const item of ukScale.items) {
      const at = flat.indexOf(squash(`${item.number}. ${item.title}`), from)
      expect(at, `item ${item.number}`).toBeGreaterThanOrEqual(from)
      from = at
    }
  })

  it('lists the most often misread items with how many misread them and by how much', () => {
    const text = pdfText(classPdf())
    const part = text.slice(text.indexOf('Most often misread'), text.indexOf('Item by item'))
    expect(part).toMatch(/1\. Caseload size\s+4\s+3 of 3\s+-1\.0\s+1\.7/)
    expect(part).toMatch(/2\. Employment services staff\s+4\s+2 of 3\s+0\.0\s+0\.7/)
    expect(part).toMatch(/3\. Vocational generalists\s+4\s+1 of 2\s+\+0\.5\s+0\.5/)
    expect(part).not.toContain('Zero exclusion')
  })

  it('gives each trainee’s agreement, total and band, and says when not all items are rated', () => {
    const text = pdfText(classPdf())
    const part = text.slice(text.indexOf('Each trainee’s agreement'))
    expect(part).toMatch(/Ada Lovelace\s+25\s+92%\s+96%\s+99\s+-1\s+Fair fidelity\s+No/)
    expect(part).toMatch(/Ben Okafor\s+25\s+88%\s+96%\s+98\s+-2\s+Fair fidelity\s+No/)
    expect(part).toMatch(/Trainee 3\s+24\s+96%\s+100%\s+Not all\s+—\s+—\s+—/)
    const raw = pdfRawText(classPdf())
    expect(squash(raw.slice(raw.indexOf('Each trainee’s agreement')))).toContain('Trainee32496%100%Notallitemsrated')
  })

  it('numbers the trainees and prints no name when names are hidden', () => {
    const text = pdfText(render('anonymous.pdf', classOfThree(), false))
    expect(text).not.toContain('Ada')
    expect(text).not.toContain('Okafor')
    expect(text).toMatch(/Trainee 1\s+25\s+92%/)
    expect(text).toMatch(/Trainee 2\s+25\s+88%/)
    expect(text).toContain('Names are hidden')
  })

  it('puts a class of three on two A4 pages, each numbered "Page n of 2", every word inside the page', () => {
    const pdf = classPdf()
    expect(pdfInfo(pdf).Pages).toBe('2')
    const pages = pdfText(pdf).split('\f').slice(0, 2)
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of 2`))
    expect(wordsOutsidePage(pdf)).toEqual([])
  })

  it('spans pages for a large class with a running header, the table header repeated, every word inside', () => {
    const exercises = Array.from({ length: 60 }, (_, i) =>
      exercise(`Trainee Person ${i + 1}`, scoresByNumber(4, { [(i % 25) + 1]: (i % 5) + 1 }), i),
    )
    for (const pageSize of ['a4', 'letter'] as const) {
      const pdf = render(`large-${pageSize}.pdf`, exercises, true, pageSize)
      const count = Number(pdfInfo(pdf).Pages)
      expect(count).toBeGreaterThan(2)
      const pages = pdfText(pdf).split('\f').slice(0, count)
      pages.forEach((page, index) => {
        expect(page).toContain(`Page ${index + 1} of ${count}`)
        if (index > 0) expect(page).toMatch(/^\s*Class summary: Riverside community recovery team\s+23 November 2026/)
      })
      const traineePages = pages.filter((page) => page.includes('Trainee Person'))
      expect(traineePages.length).toBeGreaterThan(1)
      for (const page of traineePages) expect(page).toMatch(/Trainee\s+Items\s/)
      expect(pages.join('')).toContain('Trainee Person 60')
      expect(wordsOutsidePage(pdf)).toEqual([])
    }
  })

  it('prints hostile names as plain text inside the page', () => {
    const longWord = 'x'.repeat(400)
    const pdf = render('hostile.pdf', [
      exercise('=cmd|" /C calc"!A0', scoresByNumber(4), 0),
      exercise(`Zoë ${longWord}`, scoresByNumber(3), 1),
      exercise('Sam 🎉 <script>alert(1)</script>', scoresByNumber(5), 2),
    ])
    const text = pdfText(pdf)
    expect(text).toContain('=cmd|" /C calc"!A0')
    expect(text).toContain(`Sam ${MISSING_GLYPH}`)
    expect(squash(pdfRawText(pdf))).toContain('<script>alert(1)</script>')
    expect(squash(pdfRawText(pdf))).toContain(`Zoë${longWord}`)
    expect(wordsOutsidePage(pdf)).toEqual([])
  })

  it('says there is nothing to compare for an empty class, on one page', () => {
    const pdf = render('empty.pdf', [])
    const text = pdfText(pdf)
    expect(text).toContain('No trainee exercises were imported')
    expect(text).toMatch(/Trainees\s+0\n/)
    expect(text).not.toContain('Most often misread')
    expect(text).toContain('Page 1 of 1')
  })

  it('reports progress rising to 1', () => {
    const progress: number[] = []
    renderClassSummary(modelFor(classOfThree()), { pageSize: 'a4', font, onProgress: (f) => progress.push(f) })
    expect([...progress].sort((a, b) => a - b)).toEqual(progress)
    expect(progress.at(-1)).toBe(1)
  })
})

type Scope = { onmessage: ((event: { data: WorkerRequest }) => void) | null; postMessage: (m: ReportResponse) => void }

describe('the report worker, asked for a class summary', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('renders the class summary and posts the PDF bytes', async () => {
    const posted: ReportResponse[] = []
    const scope: Scope = { onmessage: null, postMessage: (message) => posted.push(message) }
    vi.stubGlobal('self', scope)
    vi.resetModules()
    await import('../../src/report/report-worker')
    scope.onmessage!({
      data: { kind: 'class-summary', model: modelFor(classOfThree()), options: { pageSize: 'a4', font } },
    })
    const last = posted.at(-1)
    expect(last?.type).toBe('done')
    const bytes = last?.type === 'done' ? last.bytes : new ArrayBuffer(0)
    const text = pdfText(writePdf(tempDir(), 'from-worker.pdf', bytes))
    expect(text).toContain('Class summary: Riverside community recovery team')
    expect(text).toContain('Most often misread')
  })
})

describe('generateClassSummaryPdf', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  /** A stand-in Worker that records the request and answers "done". */
  function fakeWorker() {
    const requests: WorkerRequest[] = []
    class FakeWorker {
      onmessage: ((event: MessageEvent<ReportResponse>) => void) | null = null
      onerror: ((event: ErrorEvent) => void) | null = null
      postMessage(request: WorkerRequest) {
        requests.push(request)
        queueMicrotask(() => {
          this.onmessage?.({ data: { type: 'progress', fraction: 0.5 } } as MessageEvent<ReportResponse>)
          const bytes = new TextEncoder().encode('%PDF-1.3').buffer
          this.onmessage?.({ data: { type: 'done', bytes } } as MessageEvent<ReportResponse>)
        })
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker)
    return requests
  }

  it('loads the report font and asks the worker for a class summary, A4 by default', async () => {
    const requests = fakeWorker()
    const fetched: string[] = []
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(String(url))
      return Promise.resolve({ ok: true, status: 200, arrayBuffer: () => Promise.resolve(new ArrayBuffer(3)) })
    })
    const progress: number[] = []
    const blob = await generateClassSummaryPdf(modelFor(classOfThree()), (f) => progress.push(f))
    expect(blob.type).toBe('application/pdf')
    expect(progress).toEqual([0.5])
    expect(fetched.some((url) => url.includes('DejaVuSans.ttf'))).toBe(true)
    expect(fetched.some((url) => url.includes('DejaVuSans-Bold.ttf'))).toBe(true)
    const request = requests[0]
    expect(request?.kind).toBe('class-summary')
    expect(request?.options.pageSize).toBe('a4')
    expect(request?.kind === 'class-summary' && request.options.font.regular.byteLength).toBe(3)
    expect(request?.kind === 'class-summary' && request.model.fileName).toBe(
      'class-summary-riverside-practice-2026-11-23.pdf',
    )
  })

  it('uses US Letter when asked', async () => {
    const requests = fakeWorker()
    vi.stubGlobal('fetch', () =>
      Promise.resolve({ ok: true, status: 200, arrayBuffer: () => Promise.resolve(new ArrayBuffer(3)) }),
    )
    await generateClassSummaryPdf(modelFor(classOfThree()), undefined, { pageSize: 'letter' })
    expect(requests[0]?.options.pageSize).toBe('letter')
  })

  it('fails with a readable reason when the font cannot be loaded', async () => {
    fakeWorker()
    vi.stubGlobal('fetch', () => Promise.resolve({ ok: false, status: 404 }))
    const result = generateClassSummaryPdf(modelFor(classOfThree()))
    await expect(result).rejects.toThrow(ReportError)
    await expect(result).rejects.toMatchObject({ code: 'font-failed', message: expect.stringMatching(/404/) })
  })
})
