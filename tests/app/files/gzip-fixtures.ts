import { vi } from 'vitest'
import { createGzip, gunzipSync } from 'node:zlib'

const MB = 1024 * 1024
const bombs = new Map<number, Uint8Array<ArrayBuffer>>()

/**
 * A "gzip bomb": `megabytes` of zeros, gzip-compressed to a few hundred kilobytes. Made by streaming
 * one megabyte of zeros again and again, so the test never holds the unpacked size in memory; kept
 * once made, as it takes a moment.
 */
export async function gzipBomb(megabytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const made = bombs.get(megabytes)
  if (made) return made
  const gzip = createGzip({ level: 9 })
  const chunks: Buffer[] = []
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve)
    gzip.on('error', reject)
  })
  const zeros = Buffer.alloc(MB)
  for (let i = 0; i < megabytes; i++) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve))
  }
  gzip.end()
  await ended
  const bomb = new Uint8Array(Buffer.concat(chunks))
  bombs.set(megabytes, bomb)
  return bomb
}

/** The text a gzip file unpacks to, by Node's own zlib (not the code under test). */
export async function gunzipText(blob: Blob): Promise<string> {
  return gunzipSync(new Uint8Array(await blob.arrayBuffer())).toString('utf8')
}

/**
 * Replaces the browser's DecompressionStream with one that counts the bytes it hands on, to show
 * that unpacking stopped near the limit instead of running to the end. Undo with vi.unstubAllGlobals().
 */
export function countUnpackedBytes(): () => number {
  const Real = globalThis.DecompressionStream
  let bytes = 0
  class CountingDecompressionStream {
    readonly readable: ReadableStream<Uint8Array>
    readonly writable: WritableStream<BufferSource>
    constructor(format: CompressionFormat) {
      const real = new Real(format)
      this.writable = real.writable
      this.readable = real.readable.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            bytes += chunk.byteLength
            controller.enqueue(chunk)
          },
        }),
      )
    }
  }
  vi.stubGlobal('DecompressionStream', CountingDecompressionStream)
  return () => bytes
}
