import type { AnchorScore, NearestPoint, RangeBand } from '#domain/scale/schema'

/**
 * Strips floating-point noise (72 ÷ 3.6 = 19.999999999999996) without rounding a real
 * value: anything finer than a billionth is noise, not evidence.
 */
export function clean(value: number): number {
  return Math.round(value * 1e9) / 1e9
}

/** "22.5", "20", or "about 20.67" when two decimals would hide part of the exact value. */
export function formatNumber(value: number): string {
  const shown = Number(value.toFixed(2))
  return shown === value ? String(shown) : `about ${value.toFixed(2)}`
}

export function inBand(band: RangeBand, value: number): boolean {
  const aboveMin = band.minInclusive ? value >= band.min : value > band.min
  const belowMax = band.max === null || (band.maxInclusive ? value <= band.max : value < band.max)
  return aboveMin && belowMax
}

export function findBand(bands: readonly RangeBand[], value: number): RangeBand | undefined {
  return bands.find((band) => inBand(band, value))
}

/**
 * Words for a band: "20 or fewer", "over 20 and up to 25", "96 or more". `upper` is the
 * top of the calculator's range (100 for percentages), which needs no mention.
 * `unit` follows every number ("%") and `suffix` the whole phrase (" days").
 */
export function describeBand(
  band: RangeBand,
  options: { upper?: number | null; unit?: string; suffix?: string } = {},
): string {
  const { upper = null, unit = '', suffix = '' } = options
  const hasLower = !(band.min === 0 && band.minInclusive)
  const hasUpper = band.max !== null && !(band.max === upper && band.maxInclusive)
  const lowerWords = band.minInclusive ? `${band.min}${unit} or more` : `over ${band.min}${unit}`
  const upperWords = band.maxInclusive ? `up to ${band.max}${unit}` : `under ${band.max}${unit}`
  let words: string
  if (hasLower && hasUpper) words = `${lowerWords} and ${upperWords}`
  else if (hasLower) words = lowerWords
  else if (hasUpper) words = band.maxInclusive ? `${band.max}${unit} or fewer` : upperWords
  else words = 'any value'
  return `${words}${suffix}`
}

export interface NearestResult {
  anchor: AnchorScore
  rule: string
}

/**
 * The anchor whose point is closest to `value`. Exactly halfway between two points goes to the
 * lower anchor: the more cautious score, so a review never credits fidelity the evidence does not show.
 */
export function nearestPoint(
  points: readonly NearestPoint[],
  value: number,
  belowLowest: number | null,
  unit = '',
): NearestResult {
  const first = points[0]!
  const last = points[points.length - 1]!
  if (value < first.value) {
    const anchor = (belowLowest ?? first.anchor) as AnchorScore
    return { anchor, rule: `under ${first.value}${unit} → ${anchor}` }
  }
  if (value >= last.value)
    return { anchor: last.anchor as AnchorScore, rule: `${last.value}${unit} or more → ${last.anchor}` }
  for (let k = 0; k < points.length - 1; k++) {
    const low = points[k]!
    const high = points[k + 1]!
    if (value < low.value || value >= high.value) continue
    if (value === low.value) return { anchor: low.anchor as AnchorScore, rule: `${low.value}${unit} → ${low.anchor}` }
    const toLow = clean(value - low.value)
    const toHigh = clean(high.value - value)
    const span = `between ${low.value}${unit} (anchor ${low.anchor}) and ${high.value}${unit} (anchor ${high.anchor})`
    if (toLow === toHigh) {
      return {
        anchor: low.anchor as AnchorScore,
        rule: `exactly halfway ${span}; a tie goes to the lower anchor → ${low.anchor}`,
      }
    }
    const nearest = toLow < toHigh ? low : high
    return {
      anchor: nearest.anchor as AnchorScore,
      rule: `${span}, nearest is ${nearest.value}${unit} → ${nearest.anchor}`,
    }
  }
  throw new Error('unreachable: points are sorted and value is inside them')
}
