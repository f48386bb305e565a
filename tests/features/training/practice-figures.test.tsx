import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { evidenceRepo } from '../../../src/storage/evidence-repo'
import { startTrainingExercise } from '../../../src/storage/training-repo'
import { useFreshDatabase, now } from '../../storage/fresh-database'
import { ratingRoutes } from '../rating-helpers'
import { renderRoute } from '../../render-route'
import { caseScale, shippedCase } from './helpers'

useFreshDatabase()
afterEach(() => cleanup())
afterEach(() => {
  sessionStorage.clear()
  localStorage.clear()
})

const item = (id: string) => caseScale.items.find((candidate) => candidate.id === id)!
const referenceInputs = (id: string) => shippedCase.items.find((entry) => entry.itemId === id)!.calculatorInputs!

describe('a practice exercise on the rating screen', () => {
  it.each(['employment-services-staff', 'disclosure'])(
    'suggests no anchor for %s until the trainee has entered figures from the evidence',
    async (itemId) => {
      const reviewId = await startTrainingExercise(shippedCase, 'Ada Trainee', now)
      renderRoute(ratingRoutes, paths.reviewRate(reviewId, itemId))
      const group = await screen.findByRole('group', { name: `Ada Trainee’s rating for item ${item(itemId).number}` })
      // The case's evidence is there to work from ...
      expect(
        await screen.findByText(shippedCase.items.find((e) => e.itemId === itemId)!.evidence[0]!.note.slice(0, 60), {
          exact: false,
        }),
      ).toBeInTheDocument()
      // ... but none of its figures, so nothing points at an anchor.
      expect(screen.getByText('No calculator values entered for this item.')).toBeInTheDocument()
      expect(within(group).queryByText(/Suggested by the calculator/)).not.toBeInTheDocument()
      expect(screen.queryByText(/Suggested anchor/)).not.toBeInTheDocument()

      await evidenceRepo.saveCalculatorInputs(reviewId, itemId, referenceInputs(itemId))
      const reference = shippedCase.items.find((e) => e.itemId === itemId)!.reference.score
      expect(await screen.findByText(/Suggested anchor/)).toHaveTextContent(`Suggested anchor: ${reference}`)
      expect(
        within(group).getByRole('radio', { name: new RegExp(`^${reference}: .*\\(Suggested by the calculator\\)$`) }),
      ).toBeInTheDocument()
    },
  )
})
