// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReportRequest, ReportResponse } from '../../src/report/report-messages'
import { fullModel, loadFonts } from './report-fixtures'

type Scope = { onmessage: ((event: { data: ReportRequest }) => void) | null; postMessage: (m: ReportResponse) => void }

/** Loads the worker module against a stand-in for the worker's global scope and returns what it posts. */
async function workerScope(): Promise<{ scope: Scope; posted: ReportResponse[] }> {
  const posted: ReportResponse[] = []
  const scope: Scope = { onmessage: null, postMessage: (message) => posted.push(message) }
  vi.stubGlobal('self', scope)
  vi.resetModules()
  await import('../../src/report/report-worker')
  return { scope, posted }
}

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
})
