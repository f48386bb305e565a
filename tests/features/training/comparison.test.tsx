import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { bandForTotal } from '#domain/scale/bands'
import { getDatabase } from '../../../src/storage/database'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { createTeamAndReview, useFreshDatabase } from '../../storage/fresh-database'
import { caseScale, ratedExercise, referenceOf, shippedCase, trainingRoutes } from './helpers'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())

const itemIds = caseScale.items.map((item) => item.id)
const [first, second] = caseScale.items
const referenceTotal = shippedCase.items.reduce((sum, item) => sum + item.reference.score, 0)
// One point above the reference on item 1, two away on item 2 (down unless that would go below 1).
const offByOne = (score: number) => (score < 5 ? score + 1 : score - 1)
const offByTwo = (score: number) => (score > 2 ? score - 2 : score + 2)
const traineeScore = (itemId: string) =>
  itemId === first!.id
    ? offByOne(referenceOf(itemId))
    : itemId === second!.id
      ? offByTwo(referenceOf(itemId))
      : referenceOf(itemId)

const figure = (term: string) =>
  within(screen.getByRole('region', { name: 'Overall' }))
    .getByText(term)
    .closest('div')!
    .querySelector('dd')
const row = (itemNumber: number, title: string) =>
  screen.getByRole('row', { name: new RegExp(`^${itemNumber}\\. ${title}`) })

describe('the comparison with the reference', () => {
  it('stays hidden until the trainee has finished, and refuses to finish with items unrated', async () => {
    const user = userEvent.setup()
    const { reviewId } = await ratedExercise((itemId) => (itemId === first!.id ? 3 : null))
    renderRoute(trainingRoutes, paths.trainingComparison(reviewId))
    expect(await screen.findByRole('heading', { name: 'Finish rating to see the reference' })).toBeInTheDocument()
    expect(screen.getByText('You have rated 1 of 25 items.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByText(shippedCase.items[0]!.reference.reasoning)).not.toBeInTheDocument()
    // The way back to rating starts at the first item still to rate.
    expect(screen.getByRole('link', { name: 'Rate the items' })).toHaveAttribute(
      'href',
      paths.reviewRate(reviewId, second!.id),
    )
    await user.click(screen.getByRole('button', { name: 'I have finished rating' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Rate every item first: 24 of 25 still to rate.')
    expect((await reviewsRepo.get(reviewId)).ratingsFinishedBy).toEqual([])
  })

  it('after finishing, shows each item beside the reference and the overall agreement', async () => {
    const user = userEvent.setup()
    const { reviewId, traineeId } = await ratedExercise(traineeScore)
    renderRoute(trainingRoutes, paths.trainingComparison(reviewId))
    await user.click(await screen.findByRole('button', { name: 'I have finished rating' }))

    expect(await screen.findByRole('heading', { name: 'Overall' })).toBeInTheDocument()
    expect((await reviewsRepo.get(reviewId)).ratingsFinishedBy).toEqual([traineeId])
    expect(figure('Exact agreement')).toHaveTextContent('23 of 25 items (92%)')
    expect(figure('Within one point')).toHaveTextContent('24 of 25 items (96%)')
    const traineeTotal = itemIds.reduce((sum, id) => sum + traineeScore(id), 0)
    const difference = traineeTotal - referenceTotal
    expect(figure('Total')).toHaveTextContent(
      `Your total ${traineeTotal}, reference total ${referenceTotal}: ${Math.abs(difference)} ${difference > 0 ? 'above' : 'below'} the reference`,
    )
    const traineeBand = bandForTotal(caseScale, traineeTotal)
    const referenceBand = bandForTotal(caseScale, referenceTotal)
    expect(figure('Band')).toHaveTextContent(
      `Yours: ${traineeBand.label}; reference: ${referenceBand.label}. The bands ${traineeBand.id === referenceBand.id ? 'match' : 'differ'}.`,
    )

    const firstRow = row(1, first!.title)
    const cells = within(firstRow).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(String(offByOne(referenceOf(first!.id))))
    expect(cells[1]).toHaveTextContent(String(referenceOf(first!.id)))
    expect(cells[2]).toHaveTextContent(/Within one point/)
    expect(cells[3]).toHaveTextContent(shippedCase.items.find((i) => i.itemId === first!.id)!.reference.reasoning)
    expect(within(row(2, second!.title)).getAllByRole('cell')[2]).toHaveTextContent(
      /^[+−]2Differs by more than one point$/,
    )
    const nearBoundary = shippedCase.items.filter((item) => item.reference.nearBoundary)
    expect(screen.getAllByText('Near a boundary')).toHaveLength(nearBoundary.length)
  })

  it('after finishing, shows per calculator item where the trainee’s figures differ from the reference’s', async () => {
    const user = userEvent.setup()
    const { reviewId } = await ratedExercise(referenceOf)
    const reference = (itemId: string) => shippedCase.items.find((item) => item.itemId === itemId)!
    const staff = reference('employment-services-staff').calculatorInputs!
    // The trainee misreads the hours on employment support and ticks the disclosure checklist as the reference does.
    await evidenceRepo.saveCalculatorInputs(reviewId, 'employment-services-staff', { ...staff, numerator: 90 })
    await evidenceRepo.saveCalculatorInputs(reviewId, 'disclosure', reference('disclosure').calculatorInputs!)
    // ... and misses one element of the vocational generalists checklist.
    const [missed, ...ticked] = reference('vocational-generalists').calculatorInputs!.elementsPresent as string[]
    await evidenceRepo.saveCalculatorInputs(reviewId, 'vocational-generalists', { elementsPresent: ticked })
    renderRoute(trainingRoutes, paths.trainingComparison(reviewId))
    await user.click(await screen.findByRole('button', { name: 'I have finished rating' }))

    const section = await screen.findByRole('region', { name: 'Calculator figures' })
    const withCalculator = shippedCase.items.filter((item) => item.calculatorInputs).length
    expect(section).toHaveTextContent(`your figures match on 1 of ${withCalculator} items with a calculator`)
    const entry = (itemId: string) => {
      const scaleItem = caseScale.items.find((item) => item.id === itemId)!
      return within(section)
        .getByRole('heading', { name: `${scaleItem.number}. ${scaleItem.title}` })
        .closest('li')!
    }
    expect(entry('employment-services-staff')).toHaveTextContent(
      `Your figures differ from the reference’s in 1 input; yours suggest anchor 4, the reference’s anchor ${referenceOf('employment-services-staff')}`,
    )
    expect(entry('employment-services-staff')).toHaveTextContent(
      `Hours on employment support: yours 90; reference ${staff.numerator}.`,
    )
    expect(entry('disclosure')).toHaveTextContent(
      `Your figures are the reference’s; both suggest anchor ${referenceOf('disclosure')}.`,
    )
    const checklist = caseScale.items.find((item) => item.id === 'vocational-generalists')!.calculator!
    const missedText = checklist.kind === 'checklist' ? checklist.elements.find((e) => e.id === missed)!.text : ''
    expect(entry('vocational-generalists')).toHaveTextContent(
      `Elements with evidence: yours ${ticked.length} of 6 ticked; reference ${ticked.length + 1} of 6 ticked. Only in the reference: ${missedText}`,
    )
    expect(entry('vocational-generalists').textContent).not.toContain('..')
    const days = reference('rapid-job-search').calculatorInputs!.daysPerRecord as number[]
    expect(entry('rapid-job-search')).toHaveTextContent('You entered no figures in this calculator.')
    expect(entry('rapid-job-search')).toHaveTextContent(`yours not entered; reference ${days.join(', ')}.`)
  })

  it('says when not every item was rated, with no total or band for the trainee', async () => {
    const { reviewId, traineeId } = await ratedExercise((itemId) => (itemId === first!.id ? null : referenceOf(itemId)))
    // As if finished on another device and imported: storage itself would refuse to finish here.
    const db = getDatabase()
    const review = (await db.reviews.get(reviewId))!
    await db.reviews.put({ ...review, ratingsFinishedBy: [traineeId] })
    renderRoute(trainingRoutes, paths.trainingComparison(reviewId))
    expect(await screen.findByRole('note')).toHaveTextContent('Not all items are rated: 24 of 25 are compared')
    expect(figure('Exact agreement')).toHaveTextContent('24 of 24 items (100%)')
    expect(figure('Total')).toHaveTextContent(
      `No total yet: not every item is rated. The reference total is ${referenceTotal}.`,
    )
    expect(within(row(1, first!.title)).getAllByRole('cell')[0]).toHaveTextContent('Not rated')
  })

  it('explains that a review that is not a training exercise has no reference', async () => {
    const { review } = await createTeamAndReview()
    await getDatabase().reviews.put({ ...review, scaleId: 'ips-uk' })
    renderRoute(trainingRoutes, paths.trainingComparison(review.id))
    expect(await screen.findByText(/not a training exercise/)).toBeInTheDocument()
  })
})
