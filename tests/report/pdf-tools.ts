import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

/** A temporary folder for this test file's PDFs, removed afterwards: nothing is written into the project. */
export function useTempDir(): () => string {
  let dir: string | undefined
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return () => (dir ??= mkdtempSync(join(tmpdir(), 'ips-report-')))
}

export function writePdf(dir: string, name: string, bytes: ArrayBuffer): string {
  const file = join(dir, name)
  writeFileSync(file, Buffer.from(bytes))
  return file
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 })

export const pdfText = (file: string) => run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])

export const pdfRawText = (file: string) => run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])

export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match) info[match[1]!] = match[2]!
  }
  return info
}

export const pdfImageCount = (file: string) =>
  run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '').length

export interface WordBox {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** Every word's box from `pdftotext -bbox`, with each page's size. */
export function pdfWords(file: string): { pages: { width: number; height: number }[]; words: WordBox[] } {
  const html = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'])
  const pages: { width: number; height: number }[] = []
  const words: WordBox[] = []
  const tag =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g
  for (const m of html.matchAll(tag)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) })
    else words.push({ page: pages.length, text: m[7]!, xMin: +m[3]!, yMin: +m[4]!, xMax: +m[5]!, yMax: +m[6]! })
  }
  return { pages, words }
}

export function wordsOutsidePage(file: string): WordBox[] {
  const { pages, words } = pdfWords(file)
  return words.filter((w) => {
    const page = pages[w.page - 1]!
    return w.xMin < 0 || w.yMin < 0 || w.xMax > page.width || w.yMax > page.height
  })
}

/** Renders every page to PNG in `dir` and returns the number of images pdftoppm wrote. */
export function renderPages(file: string, dir: string, prefix: string, resolution = 40, lastPage?: number): string[] {
  const range = lastPage ? ['-f', '1', '-l', String(lastPage)] : []
  run('pdftoppm', ['-png', '-r', String(resolution), ...range, file, join(dir, prefix)])
  return readdirSync(dir)
    .filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'))
    .sort()
}

/**
 * The text with the page furniture (running header, "Page n of N", the letters of a DRAFT watermark
 * as `-raw` reads them) and all whitespace removed, to test that a passage flows across pages intact.
 */
export function bodyTextWithoutSpace(text: string, header: RegExp): string {
  return text
    .split(/\n|\f/)
    .filter((line) => !/^\s*Page \d+ of \d+\s*$/.test(line) && !/^[DRAFT]$/.test(line) && !header.test(line))
    .join('')
    .replace(/\s+/g, '')
}
