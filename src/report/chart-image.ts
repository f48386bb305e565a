import type { ReportModel } from '#domain/report-model/model'
import type { PaletteImage } from './png-encode'

/**
 * The item score chart as a picture, for a document that takes images rather than drawing (the Word report).
 * Drawn pixel by pixel with no canvas, so the same bytes come out in a worker, a browser or Node. Rows are
 * labelled with the item's number and the bar with its score, in a small built-in figure font; the titles are
 * in the picture's alternative text and the report's tables.
 */

type ItemScores = ReportModel['summary']['itemScores']

// Every item on the IPS Fidelity Scale is rated 1 to 5.
const ITEM_MAX = 5
/** Drawn at twice the size it is shown, so it stays sharp when printed. */
export const CHART_SCALE = 2
const WIDTH = 1200
const AXIS = 44
const ROW = 44
const LABEL_RIGHT = 90
const BAR_LEFT = 120
const BAR_WIDTH = WIDTH - BAR_LEFT - 90
const GLYPH = 4 // each figure is 3 by 5 cells of 4 by 4 pixels

export const chartPalette: PaletteImage['palette'] = [
  [255, 255, 255],
  [215, 220, 225],
  [29, 79, 115],
  [33, 37, 41],
  [90, 98, 107],
]
const [, GRID, ACCENT, INK, MUTED] = [0, 1, 2, 3, 4] as const

const figures: Record<string, string> = {
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '111001111100111',
  '3': '111001111001111',
  '4': '101101111001001',
  '5': '111100111001111',
  '6': '111100111101111',
  '7': '111001001001001',
  '8': '111101111101111',
  '9': '111101111001111',
}

class Canvas {
  readonly pixels: Uint8Array
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height)
  }

  rect(x: number, y: number, width: number, height: number, colour: number): void {
    const left = Math.max(0, Math.round(x))
    const right = Math.min(this.width, Math.round(x + width))
    const top = Math.max(0, Math.round(y))
    const bottom = Math.min(this.height, Math.round(y + height))
    for (let row = top; row < bottom; row += 1)
      this.pixels.fill(colour, row * this.width + left, row * this.width + right)
  }

  /** Figures only; `x` is where the text starts, `middle` the line it is centred on. */
  figures(text: string, x: number, middle: number, colour: number): void {
    const top = middle - (5 * GLYPH) / 2
    for (const [index, char] of [...text].entries()) {
      const cells = figures[char]
      if (!cells) continue
      const left = x + index * 4 * GLYPH
      for (let cell = 0; cell < 15; cell += 1) {
        if (cells[cell] === '1')
          this.rect(left + (cell % 3) * GLYPH, top + Math.floor(cell / 3) * GLYPH, GLYPH, GLYPH, colour)
      }
    }
  }
}

const textWidth = (text: string) => text.length * 4 * GLYPH - GLYPH
const tickX = (tick: number) => BAR_LEFT + (BAR_WIDTH * tick) / ITEM_MAX

export function chartImage(items: ItemScores): PaletteImage {
  const height = AXIS + Math.max(items.length, 1) * ROW + 8
  const canvas = new Canvas(WIDTH, height)
  for (let tick = 0; tick <= ITEM_MAX; tick += 1) {
    canvas.figures(String(tick), tickX(tick) - textWidth(String(tick)) / 2, AXIS / 2, MUTED)
    canvas.rect(tickX(tick) - 1, AXIS, 2, height - AXIS - 8, GRID)
  }
  items.forEach((item, index) => {
    const top = AXIS + index * ROW
    const middle = top + ROW / 2
    const label = String(item.number)
    canvas.figures(label, LABEL_RIGHT - textWidth(label), middle, INK)
    if (item.score === null) {
      // Not rated: a short muted dash where a bar would start.
      canvas.rect(BAR_LEFT + 8, middle - 2, 24, 4, MUTED)
      return
    }
    const length = (BAR_WIDTH * Math.max(0, Math.min(item.score, ITEM_MAX))) / ITEM_MAX
    canvas.rect(BAR_LEFT, top + 8, length, ROW - 16, ACCENT)
    canvas.figures(String(item.score), BAR_LEFT + length + 12, middle, INK)
  })
  return { width: WIDTH, height, palette: chartPalette, pixels: canvas.pixels }
}

/** What the chart shows, in words, for a screen reader and for anyone who cannot see the picture. */
export function chartAltText(items: ItemScores): string {
  const rows = items.map(
    (item) =>
      `${item.number}. ${item.title}: ${item.score === null ? 'not rated' : `${item.score} out of ${ITEM_MAX}`}`,
  )
  return `Bar chart of the item scores, from 0 to ${ITEM_MAX}. ${rows.join('; ')}.`
}

/** Where a bar of `score` ends, in the picture's pixels: for tests that read the picture back. */
export const barEnd = (score: number) => Math.round(BAR_LEFT + (BAR_WIDTH * score) / ITEM_MAX)
export const rowMiddle = (index: number) => AXIS + index * ROW + ROW / 2
export const CHART_BAR_LEFT = BAR_LEFT
