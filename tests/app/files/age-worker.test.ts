// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  encryptFile,
  openProtectedBytes,
  protectBytes,
  type AgeRequest,
  type AgeResult,
} from '../../../src/app/files/age-file'

const PASSPHRASE = 'kettle lantern orchard'
const content = new TextEncoder().encode('{"note":"Said: “I got the job”"}')
const SLOW = { timeout: 60_000 }

type Scope = { onmessage: ((event: { data: AgeRequest }) => Promise<void>) | null; postMessage: (m: AgeResult) => void }

/** Loads the worker module against a stand-in for a worker's global scope; returns what it posts. */
async function workerScope(): Promise<{ scope: Scope; posted: AgeResult[] }> {
  const posted: AgeResult[] = []
  const scope: Scope = { onmessage: null, postMessage: (message) => posted.push(message) }
  vi.stubGlobal('self', scope)
  vi.resetModules()
  await import('../../../src/app/files/age-worker')
  return { scope, posted }
}

/** A Worker that runs the real worker module in this thread, and records what the page sent it. */
function relayWorker(sent: AgeRequest[]) {
  return class {
    onmessage: ((event: { data: AgeResult }) => void) | null = null
    onerror: ((event: { preventDefault(): void }) => void) | null = null
    terminated = false
    postMessage(request: AgeRequest) {
      sent.push(request)
      void workerScope().then(async ({ scope, posted }) => {
        await scope.onmessage!({ data: structuredClone(request) })
        this.onmessage?.({ data: posted[0]! })
      })
    }
    terminate() {
      this.terminated = true
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the age worker', () => {
  it(
    'protects bytes the in-page code opens, and opens them again; a wrong passphrase is named as such',
    async () => {
      const { scope, posted } = await workerScope()
      await scope.onmessage!({ data: { op: 'protect', bytes: content, passphrase: PASSPHRASE } })
      const made = posted[0]!
      if (!made.ok) throw new Error(made.message)
      expect(new TextDecoder().decode(made.bytes).startsWith('age-encryption.org/v1\n')).toBe(true)

      await scope.onmessage!({ data: { op: 'open', bytes: made.bytes, passphrase: PASSPHRASE } })
      const opened = posted[1]!
      if (!opened.ok) throw new Error(opened.message)
      expect(new TextDecoder().decode(opened.bytes)).toBe(new TextDecoder().decode(content))

      await scope.onmessage!({ data: { op: 'open', bytes: made.bytes, passphrase: 'not the passphrase' } })
      expect(posted[2]).toMatchObject({ ok: false, code: 'wrong-passphrase' })
    },
    SLOW.timeout,
  )
})

describe('protectBytes and openProtectedBytes', () => {
  it(
    'send the work to a worker and give back what it posts, keeping the caller’s bytes',
    async () => {
      const sent: AgeRequest[] = []
      vi.stubGlobal('Worker', relayWorker(sent))
      const made = await protectBytes(content, PASSPHRASE)
      if (!made.ok) throw new Error(made.message)
      const opened = await openProtectedBytes(made.bytes, PASSPHRASE)
      expect(opened.ok && new TextDecoder().decode(opened.bytes)).toBe(new TextDecoder().decode(content))
      expect(sent.map((request) => request.op)).toEqual(['protect', 'open'])
      expect(content.byteLength).toBeGreaterThan(0)
    },
    SLOW.timeout,
  )

  it(
    'run in the page when the worker cannot start, with the same result',
    async () => {
      vi.stubGlobal(
        'Worker',
        class {
          onerror: ((event: { preventDefault(): void }) => void) | null = null
          onmessage = null
          postMessage() {
            setTimeout(() => this.onerror?.({ preventDefault() {} }))
          }
          terminate() {}
        },
      )
      const protectedBytes = await encryptFile(content, PASSPHRASE, { workFactor: 4 })
      if (!protectedBytes.ok) throw new Error(protectedBytes.message)
      expect(await openProtectedBytes(protectedBytes.bytes, 'not the passphrase')).toMatchObject({
        ok: false,
        code: 'wrong-passphrase',
      })
      const opened = await openProtectedBytes(protectedBytes.bytes, PASSPHRASE)
      expect(opened.ok).toBe(true)
    },
    SLOW.timeout,
  )

  it('refuse an empty passphrase without starting a worker', async () => {
    const sent: AgeRequest[] = []
    vi.stubGlobal('Worker', relayWorker(sent))
    expect(await protectBytes(content, '   ')).toMatchObject({ ok: false, code: 'empty-passphrase' })
    expect(sent).toEqual([])
  })
})
