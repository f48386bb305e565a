import { describe, expect, it } from 'vitest'
import { checkExchangeFile } from '#domain/exchange/check'
import type { ExchangeFile, ReviewExchangeFile } from '#domain/exchange/file'
import { planImport, resolveImport } from '#domain/import/plan'
import { reviewRules } from '#domain/scoring/review-rules'
import { findScale } from '#domain/scale/catalogue'
import { exchangeRepo } from '../../src/storage/exchange-repo'
import { getDatabase } from '../../src/storage/database'
import { ALEX, asUpload, REVIEW_ID, SAM, ukItemIds, validReviewFile } from '../domain/exchange/fixtures'
import { useFreshDatabase } from './fresh-database'

useFreshDatabase()

const isScaleAvailable = (id: string, version: string) => findScale(id, version) !== undefined

async function dump() {
  const db = getDatabase()
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

async function recordCount() {
  const tables = Object.values(await dump())
  return tables.reduce((sum, rows) => sum + rows.length, 0)
}

/** The file as the import screen would see it: checked, then planned against this device. */
async function preview(file: ExchangeFile) {
  const check = checkExchangeFile(...asUpload(file))
  if (!check.ok) throw new Error(check.reason)
  const existing = await exchangeRepo.readExisting(check.file)
  return { existing, plan: planImport(check.file, existing, isScaleAvailable) }
}

/** The review file with its one review edited, as a hand-edited or foreign file could be. */
function reviewFile(edit: (file: ReviewExchangeFile) => void): ReviewExchangeFile {
  const file = validReviewFile()
  edit(file)
  return file
}

const review = (file: ReviewExchangeFile) => file.data.reviews[0]!
const finalAt = '2026-11-21T17:00:00.000Z'

/** Expects the preview to block the file naming `rule`, and writing it anyway to be refused: nothing is written. */
async function expectRefused(file: ExchangeFile, rule: string, detail: RegExp) {
  const before = await dump()
  const { existing, plan } = await preview(file)
  const blocker = plan.blockers.find((b) => b.includes(rule))
  expect(blocker).toMatch(
    /^Review of Northgate Community Recovery Team \(20-21 November 2026\) would break the app’s rules/,
  )
  expect(blocker).toMatch(detail)
  await expect(exchangeRepo.applyImport(resolveImport(plan, {}), existing)).rejects.toMatchObject({
    code: 'invalid',
    message: expect.stringContaining(rule),
  })
  expect(await dump()).toEqual(before)
}

describe('importing a file that breaks the review rules', () => {
  it('refuses a final review with no ratings and no consensus, naming the rule, and writes no record', async () => {
    const file = reviewFile((f) => {
      Object.assign(review(f), { status: 'final', finalisedAt: finalAt, ratingsFinishedBy: [], agreement: null })
      f.data.ratings = []
      f.data.consensus = []
    })
    await expectRefused(file, reviewRules['final-complete'], /Items 1, 2, .* and 25 have no consensus score yet/)
    expect(await recordCount()).toBe(0)
  })

  it('refuses a one-reviewer final review with 1 of 25 items rated', async () => {
    const file = reviewFile((f) => {
      Object.assign(review(f), {
        reviewers: [SAM],
        status: 'final',
        finalisedAt: finalAt,
        ratingsFinishedBy: [],
        agreement: null,
      })
      f.data.ratings = f.data.ratings.filter((r) => r.reviewerId === SAM.id && r.itemId === ukItemIds[0])
      f.data.consensus = []
    })
    await expectRefused(file, reviewRules['final-complete'], /Items 2, 3, .* and 25 are not rated yet/)
    expect(await recordCount()).toBe(0)
  })

  it('refuses consensus scores before both reviewers have finished rating', async () => {
    const file = reviewFile((f) => Object.assign(review(f), { ratingsFinishedBy: [SAM.id], agreement: null }))
    await expectRefused(file, reviewRules['consensus-after-finishing'], /Alex Jones has not finished rating/)
  })

  it('refuses a finished reviewer without a full set of scores', async () => {
    const file = reviewFile((f) => {
      f.data.ratings = f.data.ratings.filter((r) => !(r.reviewerId === ALEX.id && r.itemId === ukItemIds[24]))
    })
    await expectRefused(
      file,
      reviewRules['finished-rated-every-item'],
      /Alex Jones has finished rating with item 25 not scored/,
    )
  })

  it('refuses a final training exercise on a practice case this app does not have', async () => {
    const file = reviewFile((f) => {
      Object.assign(review(f), {
        type: 'training',
        reviewers: [SAM],
        status: 'final',
        finalisedAt: finalAt,
        ratingsFinishedBy: [SAM.id],
        agreement: null,
        practiceCase: { caseId: 'riverside-early-intervention', caseVersion: '9.9.9' },
      })
      f.data.ratings = f.data.ratings.filter((r) => r.reviewerId === SAM.id)
      f.data.consensus = []
    })
    await expectRefused(
      file,
      reviewRules['training-case'],
      /This app has no practice case riverside-early-intervention version 9\.9\.9/,
    )
  })

  it('refuses a rating by someone who is not a reviewer before planning, and when written anyway', async () => {
    const stranger = { ...validReviewFile().data.ratings[0]!, reviewerId: 'stranger' }
    const file = reviewFile((f) => f.data.ratings.push(stranger))
    const check = checkExchangeFile(...asUpload(file))
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/not one of the review’s reviewers/) })

    const onDevice = await preview(validReviewFile())
    await exchangeRepo.applyImport(resolveImport(onDevice.plan, {}), onDevice.existing)
    const before = await dump()
    const again = await preview(validReviewFile())
    const writes = { ...resolveImport(again.plan, {}), ratings: [stranger] }
    await expect(exchangeRepo.applyImport(writes, again.existing)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining(reviewRules['ratings-by-reviewers']),
    })
    expect(await dump()).toEqual(before)
  })
})

describe('importing a file that keeps the rules', () => {
  it('adds a co-reviewer’s ratings beside mine, each of us finished, with no consensus yet', async () => {
    const asRated = (by: typeof SAM) =>
      reviewFile((f) => {
        Object.assign(review(f), { status: 'scoring', ratingsFinishedBy: [by.id], agreement: null })
        f.data.ratings = f.data.ratings.filter((r) => r.reviewerId === by.id)
        f.data.consensus = []
      })
    const mine = asRated(ALEX)
    const mineFirst = await preview(mine)
    await exchangeRepo.applyImport(resolveImport(mineFirst.plan, {}), mineFirst.existing)

    const { existing, plan } = await preview(asRated(SAM))
    expect(plan.blockers).toEqual([])
    await exchangeRepo.applyImport(resolveImport(plan, {}), existing)
    const stored = await exchangeRepo.readReview(REVIEW_ID)
    expect(stored.reviews[0]!.ratingsFinishedBy.sort()).toEqual([ALEX.id, SAM.id].sort())
    expect(stored.ratings).toHaveLength(50)
  })

  it('refuses, when writing, a conflict choice that would leave a finished reviewer with an item unscored', async () => {
    const device = await preview(validReviewFile())
    await exchangeRepo.applyImport(resolveImport(device.plan, {}), device.existing)
    const before = await dump()
    const file = reviewFile((f) => {
      f.data.ratings.find((r) => r.reviewerId === SAM.id && r.itemId === ukItemIds[5])!.score = null
    })
    const { existing, plan } = await preview(file)
    // Keeping this device's rating keeps the rules, so the preview lets the user choose.
    expect(plan.blockers).toEqual([])
    expect(plan.conflicts).toHaveLength(1)
    const takeTheFiles = { [plan.conflicts[0]!.id]: 'incoming' as const }
    await expect(exchangeRepo.applyImport(resolveImport(plan, takeTheFiles), existing)).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/Sam Patel has finished rating with item 6 not scored/),
    })
    expect(await dump()).toEqual(before)
  })
})
