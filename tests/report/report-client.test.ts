import { afterEach, describe, expect, it, vi } from 'vitest'
import { generateReport, ReportError } from '../../src/report/report-client'
import type { ReportRequest, ReportResponse } from '../../src/report/report-messages'
import { fullModel } from './report-fixtures'

/** A stand-in Worker that answers each request with the scripted messages. */
function fakeWorker(script: (ReportResponse | 'crash')[]) {
  type Created = { url: string; options: WorkerOptions | undefined; terminated: boolean; request?: ReportRequest }
  const created: Created[] = []
  class FakeWorker {
    onmessage: ((event: MessageEvent<ReportResponse>) => void) | null = null
    onerror: ((event: ErrorEvent) => void) | null = null
    private record: Created
    constructor(url: URL, options?: WorkerOptions) {
      this.record = { url: String(url), options, terminated: false }
      created.push(this.record)
    }
    postMessage(request: ReportRequest) {
      this.record.request = request
      queueMicrotask(() => {
        for (const step of script) {
          if (step === 'crash') this.onerror?.({ message: 'boom' } as ErrorEvent)
          else this.onmessage?.({ data: step } as MessageEvent<ReportResponse>)
        }
      })
    }
    terminate() {
      this.record.terminated = true
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return created
}

const options = { pageSize: 'a4' as const, font: { regular: new ArrayBuffer(4), bold: new ArrayBuffer(4) }, logo: null }

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('generateReport', () => {
  it('runs a same-origin module worker, forwards progress and resolves with a PDF blob', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.3').buffer
    const created = fakeWorker([
      { type: 'progress', fraction: 0.5 },
      { type: 'done', bytes },
    ])
    const progress: number[] = []
    const blob = await generateReport(fullModel(), options, (f) => progress.push(f))
    expect(blob.type).toBe('application/pdf')
    expect(await blob.text()).toBe('%PDF-1.3')
    expect(progress).toEqual([0.5])
    expect(created[0]?.url).toMatch(/report-worker\.ts/)
    expect(created[0]?.options?.type).toBe('module')
    expect(created[0]?.request?.model.fileName).toBe('northgate-crt-fidelity-review-2026-11-22.pdf')
    expect(created[0]?.terminated).toBe(true)
  })

  it('rejects with the worker’s message when rendering fails', async () => {
    const created = fakeWorker([{ type: 'error', message: 'Font is not stored as string-data' }])
    const result = generateReport(fullModel(), options, () => {})
    await expect(result).rejects.toThrow(ReportError)
    await expect(result).rejects.toThrow(/Font is not stored/)
    expect(created[0]?.terminated).toBe(true)
  })

  it('rejects when the worker cannot start', async () => {
    fakeWorker(['crash'])
    await expect(generateReport(fullModel(), options, () => {})).rejects.toMatchObject({ code: 'worker-failed' })
  })
})
