// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dataRequestDocument } from '#domain/visit/data-request'
import type { ReportResponse, WorkerRequest } from '../../src/report/report-messages'
import { pdfRawText, useTempDir, writePdf } from './pdf-tools'
import { fullModel, loadFonts } from './report-fixtures'

type Scope = { onmessage: ((event: { data: WorkerRequest }) => void) | null; postMessage: (m: ReportResponse) => void }

/** Loads the worker module against a stand-in for the worker's global scope and returns what it posts. */
async function workerScope(): Promise<{ scope: Scope; posted: ReportResponse[] }> {
  const posted: ReportResponse[] = []
  const scope: Scope = { onmessage: null, postMessage: (message) => posted.push(message) }
  vi.stubGlobal('self', scope)
  vi.resetModules()
  await import('../../src/report/report-worker')
  return { scope, posted }
}

const tempDir = useTempDir()

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('report worker', () => {
  it('posts progress, then the PDF bytes', async () => {
    const { scope, posted } = await workerScope()
    scope.onmessage!({ data: { model: fullModel(), options: { pageSize: 'letter', font: loadFonts(), logo: null } } })
    const last = posted.at(-1)
    expect(posted.filter((m) => m.type === 'progress').length).toBeGreaterThan(10)
    expect(last?.type).toBe('done')
    const bytes = last?.type === 'done' ? new Uint8Array(last.bytes) : new Uint8Array()
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
  })

  it('posts an error message instead of failing silently', async () => {
    const { scope, posted } = await workerScope()
    const broken = { regular: new ArrayBuffer(8), bold: new ArrayBuffer(8) }
    scope.onmessage!({ data: { model: fullModel(), options: { pageSize: 'a4', font: broken, logo: null } } })
    expect(posted.at(-1)?.type).toBe('error')
  })

  it('draws a visit document when asked for one', async () => {
    const { scope, posted } = await workerScope()
    const document = dataRequestDocument({
      teamName: 'Northgate',
      visitStart: '2026-03-02',
      visitEnd: '2026-03-03',
      specialistCount: 3,
    })
    scope.onmessage!({ data: { kind: 'visit-document', document, options: { pageSize: 'a4', font: loadFonts() } } })
    const last = posted.at(-1)
    expect(last?.type).toBe('done')
    const pdf = writePdf(tempDir(), 'request.pdf', last?.type === 'done' ? last.bytes : new ArrayBuffer(0))
    expect(pdfRawText(pdf)).toContain('Documents to send before the visit')
  })
})

describe('report worker, Word files', () => {
  it('posts the report as a .docx when asked for Word', async () => {
    const { scope, posted } = await workerScope()
    scope.onmessage!({ data: { kind: 'report-docx', model: fullModel(), options: { pageSize: 'a4', logo: null } } })
    await vi.waitFor(() => expect(posted.at(-1)?.type).toBe('done'), { timeout: 10000 })
    const last = posted.at(-1)
    const bytes = last?.type === 'done' ? new Uint8Array(last.bytes) : new Uint8Array()
    expect(String.fromCharCode(...bytes.slice(0, 2))).toBe('PK')
  })
})
