import type { FidelityBand, ScaleFile } from './schema'
import { HIGHEST_TOTAL, LOWEST_TOTAL } from './invariants'

export type BandErrorCode = 'total-not-whole' | 'total-out-of-range' | 'no-band'

export class BandError extends Error {
  readonly code: BandErrorCode
  constructor(code: BandErrorCode, message: string) {
    super(message)
    this.name = 'BandError'
    this.code = code
  }
}

/**
 * The fidelity band for a total score. Items are whole anchors 1–5, so a real total is a whole
 * number from 25 to 125; anything else is a bug upstream and is rejected rather than banded.
 */
export function bandForTotal(scale: Pick<ScaleFile, 'bands'>, total: number): FidelityBand {
  if (!Number.isInteger(total)) {
    throw new BandError('total-not-whole', `A total score must be a whole number (got ${total})`)
  }
  if (total < LOWEST_TOTAL || total > HIGHEST_TOTAL) {
    throw new BandError(
      'total-out-of-range',
      `A total score runs from ${LOWEST_TOTAL} to ${HIGHEST_TOTAL} (got ${total})`,
    )
  }
  const band = scale.bands.find((b) => b.min <= total && total <= b.max)
  if (!band) throw new BandError('no-band', `The scale has no band for a total of ${total}`)
  return band
}
