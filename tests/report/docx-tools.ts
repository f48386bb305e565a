import { unzipSync, unzlibSync } from 'fflate'

/** A .docx read back as a Word user's document: its parts, paragraphs and tables, from the zip itself. */

export type DocxParts = Record<string, Uint8Array>

export const unzipDocx = (bytes: ArrayBuffer): DocxParts => unzipSync(new Uint8Array(bytes))

export function partText(parts: DocxParts, name: string): string {
  const part = parts[name]
  if (!part) throw new Error(`The file has no ${name}`)
  return new TextDecoder().decode(part)
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : entities[name]!,
  )

export interface WordParagraph {
  /** The paragraph style's id: "Title", "Heading1", "Heading2", "BodyText", or '' for a plain paragraph. */
  style: string
  /** The text as a reader sees it: a tab as a space, a line break as a new line. */
  text: string
}

/** Every paragraph in order, table cells included; a field's instruction ("PAGE") is not text. */
export function wordParagraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
      .map(([token, text]) => (token === '<w:tab/>' ? ' ' : token === '<w:br/>' ? '\n' : decode(text ?? '')))
      .join(''),
  }))
}

export interface WordTable {
  /** Each row's cells' text, with whether Word treats the row as a header row. */
  rows: { header: boolean; cells: string[] }[]
}

export function wordTables(xml: string): WordTable[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tbl]) => ({
    rows: [...tbl.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([tr]) => ({
      header: /<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(tr),
      cells: [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) =>
        wordParagraphs(tc)
          .map((p) => p.text)
          .join('\n'),
      ),
    })),
  }))
}

/** Where each of `needles` is found in `haystack`, each after the one before; -1 from the first missing on. */
export function positionsInOrder(haystack: string, needles: string[]): number[] {
  let from = 0
  return needles.map((needle) => {
    const at = from < 0 ? -1 : haystack.indexOf(needle, from)
    from = at < 0 ? -1 : at + needle.length
    return at
  })
}

export interface PngFacts {
  width: number
  height: number
  colourType: number
  /** The decoded pixel rows (palette indices), without the filter bytes; only for 8-bit palette images. */
  pixels: Uint8Array
  palette: [number, number, number][]
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)
}

/** Reads a PNG's header and, for an 8-bit palette image with unfiltered rows, its pixels. */
export function readPng(bytes: Uint8Array): PngFacts {
  if (!isPng(bytes)) throw new Error('not a PNG: the signature is wrong')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = 8
  let header: { width: number; height: number; colourType: number } | null = null
  let palette: [number, number, number][] = []
  const idat: Uint8Array[] = []
  while (at < bytes.length) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR')
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), colourType: data[9]! }
    if (type === 'PLTE')
      palette = Array.from({ length: length / 3 }, (_, i) => [data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!])
    if (type === 'IDAT') idat.push(data)
    at += 12 + length
  }
  if (!header) throw new Error('not a PNG: no IHDR')
  const joined = new Uint8Array(idat.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of idat) {
    joined.set(part, offset)
    offset += part.length
  }
  const raw = unzlibSync(joined)
  const pixels = new Uint8Array(header.width * header.height)
  for (let y = 0; y < header.height; y += 1) {
    if (raw[y * (header.width + 1)] !== 0) throw new Error('this reader only reads unfiltered rows')
    pixels.set(raw.subarray(y * (header.width + 1) + 1, (y + 1) * (header.width + 1)), y * header.width)
  }
  return { ...header, pixels, palette }
}
