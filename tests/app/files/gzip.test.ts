import { afterEach, describe, expect, it, vi } from 'vitest'
import { gzipSync } from 'node:zlib'
import { gzipText, isGzip, readMaybeGzip, type ReadProgress } from '../../../src/app/files/gzip'
import { countUnpackedBytes, gunzipText, gzipBomb } from './gzip-fixtures'

const MB = 1024 * 1024
afterEach(() => vi.unstubAllGlobals())

// Longer than one encoded piece, with a surrogate pair (😀) across the piece boundary and other multi-byte text.
const text = `${'a'.repeat(MB - 1)}😀 £€ é ${'{"x":"ü"}'.repeat(1000)}\n`
const utf8Bytes = (value: string) => new TextEncoder().encode(value).length
const read = (file: Blob, maxUnpackedBytes = 10 * MB, onProgress?: (progress: ReadProgress) => void) =>
  readMaybeGzip(file, { maxUnpackedBytes, onProgress })

describe('gzipText', () => {
  it('gives a gzip file that unpacks to exactly the text, as UTF-8', async () => {
    const blob = await gzipText(text)
    expect(blob.type).toBe('application/gzip')
    expect([...new Uint8Array(await blob.slice(0, 2).arrayBuffer())]).toEqual([0x1f, 0x8b])
    expect(blob.size).toBeLessThan(utf8Bytes(text) / 10)
    expect(await gunzipText(blob)).toBe(text)
  })

  it('compresses empty text', async () => {
    expect(await gunzipText(await gzipText(''))).toBe('')
  })
})

describe('readMaybeGzip', () => {
  it('reads a plain file as UTF-8 text, dropping a byte-order mark as FileReader does', async () => {
    const file = new File([`\uFEFF${text}`], 'review.json')
    expect(await read(file)).toEqual({ ok: true, text, gzipped: false, unpackedBytes: file.size })
  })

  it('unpacks a gzip file, telling it by its first bytes and not its name', async () => {
    const gzipped = new File([await gzipText(text)], 'renamed.json')
    expect(await isGzip(gzipped)).toBe(true)
    expect(await read(gzipped)).toEqual({ ok: true, text, gzipped: true, unpackedBytes: utf8Bytes(text) })

    const plainWithGzName = new File(['{"a":1}'], 'backup.json.gz')
    expect(await isGzip(plainWithGzName)).toBe(false)
    expect(await read(plainWithGzName)).toMatchObject({ ok: true, text: '{"a":1}', gzipped: false })
  })

  it('unpacks a file compressed by another program (Node zlib, several members)', async () => {
    const file = new File([gzipSync('{"part":'), gzipSync('"two"}')], 'backup.json.gz')
    expect(await read(file)).toMatchObject({ ok: true, text: '{"part":"two"}', gzipped: true })
  })

  it('reports progress up to the whole file', async () => {
    const progress: ReadProgress[] = []
    const plain = new File([text], 'review.json')
    await read(plain, 10 * MB, (p) => progress.push(p))
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toEqual({ loaded: plain.size, total: plain.size })

    progress.length = 0
    // Random text barely compresses, so the file is many pieces long.
    const random = [1, 2, 3]
      .map(() => Buffer.from(crypto.getRandomValues(new Uint8Array(60_000))).toString('base64'))
      .join('')
    const gzipped = new File([await gzipText(random)], 'backup.json.gz')
    expect(gzipped.size).toBeGreaterThan(64 * 1024)
    await read(gzipped, 10 * MB, (p) => progress.push(p))
    expect(progress.length).toBeGreaterThan(1)
    expect(progress.at(-1)).toEqual({ loaded: gzipped.size, total: gzipped.size })
  })

  it('stops unpacking a gzip bomb just past the limit, long before its end', async () => {
    const bomb = new File([await gzipBomb(300)], 'backup.json.gz')
    expect(bomb.size).toBeLessThan(MB)
    const unpacked = countUnpackedBytes()
    expect(await read(bomb, 5 * MB)).toEqual({ ok: false, code: 'too-large' })
    expect(unpacked()).toBeGreaterThan(5 * MB)
    expect(unpacked()).toBeLessThan(6 * MB)
  })

  it('accepts a file that unpacks to exactly the limit', async () => {
    const file = new File([gzipSync(text)], 'backup.json.gz')
    expect(await read(file, utf8Bytes(text))).toMatchObject({ ok: true, text })
    expect(await read(file, utf8Bytes(text) - 1)).toEqual({ ok: false, code: 'too-large' })
  })

  it('calls a cut-off or corrupted gzip file damaged', async () => {
    const packed = gzipSync(text)
    const cut = new File([packed.subarray(0, Math.floor(packed.length / 2))], 'backup.json.gz')
    expect(await read(cut)).toEqual({ ok: false, code: 'damaged' })

    const corrupted = new Uint8Array(packed)
    for (let i = 100; i < 200; i++) corrupted[i] = corrupted[i]! ^ 0xff
    expect(await read(new File([corrupted], 'backup.json.gz'))).toEqual({ ok: false, code: 'damaged' })

    const lastByteLost = new File([packed.subarray(0, packed.length - 1)], 'backup.json.gz')
    expect(await read(lastByteLost)).toEqual({ ok: false, code: 'damaged' })

    const magicOnly = new File([new Uint8Array([0x1f, 0x8b, 1, 2, 3])], 'backup.json.gz')
    expect(await read(magicOnly)).toEqual({ ok: false, code: 'damaged' })
  })

  it('says the file could not be read when the device fails to read it', async () => {
    for (const file of [new File([text], 'review.json'), new File([gzipSync(text)], 'backup.json.gz')]) {
      const slice = file.slice.bind(file)
      let calls = 0
      vi.spyOn(file, 'slice').mockImplementation((...args) => {
        // The first read (the first two bytes) works; the next fails, as when a memory stick is pulled out.
        if (++calls === 1) return slice(...args)
        const failing = new Blob()
        failing.arrayBuffer = () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError'))
        return failing
      })
      expect(await read(file)).toEqual({ ok: false, code: 'unreadable' })
    }
  })
})
