export interface ImageInfo {
  type: 'png' | 'jpeg'
  width: number
  height: number
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

function readPng(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) }
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC are not frames.
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)

function readJpeg(bytes: Uint8Array): ImageInfo | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] ?? 0
    if (isStartOfFrame(marker)) return { type: 'jpeg', height: view.getUint16(at + 5), width: view.getUint16(at + 7) }
    at += 2 + view.getUint16(at + 2)
  }
  return null
}

/**
 * The type and pixel size of a PNG or JPEG, read from its header; null for anything else.
 * Read from the bytes rather than by loading an <img>, so it needs no DOM and checks the file really is an image.
 */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = readPng(bytes) ?? readJpeg(bytes)
  return info && info.width > 0 && info.height > 0 ? info : null
}

export function toBase64(bytes: Uint8Array): string {
  const chunks: string[] = []
  for (let start = 0; start < bytes.length; start += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + 0x8000)))
  }
  return btoa(chunks.join(''))
}
