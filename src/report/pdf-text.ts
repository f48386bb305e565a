/** Shown instead of a character the embedded font cannot draw (an emoji, say), so the reader sees something was there. */
export const MISSING_GLYPH = '\u25A1'

// Parts of emoji sequences and direction marks: invisible, so they are dropped rather than boxed.
function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x200b ||
    codePoint === 0x200c ||
    codePoint === 0x200d ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    codePoint === 0x2060 ||
    codePoint === 0xfeff ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) ||
    (codePoint >= 0xe0000 && codePoint <= 0xe007f)
  )
}

function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)
}

/**
 * Makes user text safe to draw: keeps line breaks, turns tabs into spaces, drops control and
 * invisible characters, and replaces anything the font has no glyph for with a visible box.
 * jsPDF encodes text 16 bits at a time, so characters outside the Basic Multilingual Plane are always boxed.
 */
export function glyphFilter(hasGlyph: (codePoint: number) => boolean): (text: string) => string {
  return (text) => {
    let out = ''
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0
      if (codePoint === 0x0a) out += '\n'
      else if (codePoint === 0x09) out += ' '
      else if (isControl(codePoint) || isInvisible(codePoint)) continue
      else out += codePoint <= 0xffff && hasGlyph(codePoint) ? char : MISSING_GLYPH
    }
    return out
  }
}

// Converting a 700 KB font is a quarter of a report's render time; the fonts never change in a session.
const converted = new Map<string, string>()

/** FNV-1a over every byte: a millisecond for a font, against 25 ms to convert it again. */
function fingerprint(bytes: Uint8Array): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193) >>> 0
  return `${bytes.length}:${hash}`
}

/** jsPDF's virtual file system holds fonts as binary strings (converted once per font and kept). */
export function toBinaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  const key = fingerprint(bytes)
  const known = converted.get(key)
  if (known !== undefined) return known
  const result = binaryString(bytes)
  converted.set(key, result)
  return result
}

function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = []
  const size = 0x8000
  for (let start = 0; start < bytes.length; start += size) {
    chunks.push(String.fromCharCode(...bytes.subarray(start, start + size)))
  }
  return chunks.join('')
}
