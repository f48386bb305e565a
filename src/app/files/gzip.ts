/** Bytes read from the file so far (for a compressed file, compressed bytes). */
export interface ReadProgress {
  loaded: number
  total: number
}

export type MaybeGzipRead =
  | { ok: true; text: string; gzipped: boolean; unpackedBytes: number }
  | {
      ok: false
      /**
       * 'too-large': unpacks to more than the limit (reading stopped there); 'damaged': not valid gzip
       * (cut off, corrupted); 'unreadable': the file itself could not be read (e.g. the stick was removed).
       */
      code: 'too-large' | 'damaged' | 'unreadable'
    }

// Files are read in large slices (few reads), but fed to the decompressor in small pieces: one piece of
// gzip can unpack to about a thousand times its size, so a small piece bounds how far past the limit
// the decompressor can run before the count stops it.
const READ_SLICE_BYTES = 1024 * 1024
const INFLATE_PIECE_BYTES = 16 * 1024
const ENCODE_PIECE_CHARS = 1024 * 1024

/** Compresses text as UTF-8 with the browser's gzip, e.g. for a backup file. */
export async function gzipText(text: string): Promise<Blob> {
  const stream = new CompressionStream('gzip')
  const output = collect(stream.readable.getReader())
  const writer = stream.writable.getWriter()
  const encoder = new TextEncoder()
  // Encoded in pieces so a large backup is not copied into one more buffer of its full size.
  for (let start = 0; start < text.length;) {
    let end = Math.min(start + ENCODE_PIECE_CHARS, text.length)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++ // keep a surrogate pair together
    await writer.write(encoder.encode(text.slice(start, end)))
    start = end
  }
  await writer.close()
  return new Blob(await output, { type: 'application/gzip' })
}

/** True when the file starts with gzip's magic bytes (1f 8b), whatever its name says. */
export async function isGzip(file: Blob): Promise<boolean> {
  if (file.size < 2) return false
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  return head[0] === 0x1f && head[1] === 0x8b
}

/**
 * Reads a file as UTF-8 text, unpacking it first when it is gzip. Unpacking is streamed and counted:
 * past `maxUnpackedBytes` it stops and refuses, so a small crafted file (a "gzip bomb") is never
 * inflated in full. Never throws.
 */
export async function readMaybeGzip(
  file: Blob,
  options: { maxUnpackedBytes: number; onProgress?: (progress: ReadProgress) => void },
): Promise<MaybeGzipRead> {
  try {
    return (await isGzip(file)) ? await readGzip(file, options) : await readPlain(file, options.onProgress)
  } catch {
    return { ok: false, code: 'unreadable' }
  }
}

async function readPlain(file: Blob, onProgress?: (progress: ReadProgress) => void): Promise<MaybeGzipRead> {
  // Like FileReader.readAsText: UTF-8, a byte-order mark dropped, bad bytes replaced (the JSON check reports them).
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  // A failed read throws: readMaybeGzip turns it into 'unreadable'.
  for (let offset = 0; offset < file.size;) {
    const slice = new Uint8Array(await file.slice(offset, offset + READ_SLICE_BYTES).arrayBuffer())
    offset += slice.byteLength
    parts.push(decoder.decode(slice, { stream: true }))
    onProgress?.({ loaded: offset, total: file.size })
    if (slice.byteLength === 0) break
  }
  parts.push(decoder.decode())
  return { ok: true, text: parts.join(''), gzipped: false, unpackedBytes: file.size }
}

async function readGzip(
  file: Blob,
  options: { maxUnpackedBytes: number; onProgress?: (progress: ReadProgress) => void },
): Promise<MaybeGzipRead> {
  let readFailed = false
  let offset = 0
  let slice: Uint8Array<ArrayBuffer> = new Uint8Array(0)
  let position = 0
  const source = new ReadableStream<BufferSource>(
    {
      // Every pull enqueues a piece or closes: a pull that did neither would leave the stream waiting.
      async pull(controller) {
        while (position >= slice.byteLength) {
          if (offset >= file.size) {
            controller.close()
            return
          }
          try {
            slice = new Uint8Array(await file.slice(offset, offset + READ_SLICE_BYTES).arrayBuffer())
          } catch (error) {
            readFailed = true
            throw error
          }
          position = 0
          offset = slice.byteLength > 0 ? offset + slice.byteLength : file.size
        }
        const piece = slice.subarray(position, position + INFLATE_PIECE_BYTES)
        position += piece.byteLength
        controller.enqueue(piece)
        options.onProgress?.({ loaded: offset - slice.byteLength + position, total: file.size })
      },
    },
    { highWaterMark: 0 },
  )
  const reader = source.pipeThrough(new DecompressionStream('gzip')).getReader()
  const decoder = new TextDecoder('utf-8')
  const parts: string[] = []
  let unpackedBytes = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      unpackedBytes += value.byteLength
      if (unpackedBytes > options.maxUnpackedBytes) {
        await reader.cancel().catch(() => undefined)
        return { ok: false, code: 'too-large' }
      }
      parts.push(decoder.decode(value, { stream: true }))
    }
  } catch {
    return { ok: false, code: readFailed ? 'unreadable' : 'damaged' }
  }
  parts.push(decoder.decode())
  return { ok: true, text: parts.join(''), gzipped: true, unpackedBytes }
}

async function collect(
  reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>[]> {
  const chunks: Uint8Array<ArrayBuffer>[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return chunks
    chunks.push(value)
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
