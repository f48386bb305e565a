import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it } from 'vitest'
import { reviewRules } from '#domain/scoring/review-rules'
import { useFreshDatabase } from '../../storage/fresh-database'
import { validReviewFile } from '../../domain/exchange/fixtures'
import { deviceContents, jsonFile, renderImportScreen } from './import-helpers'

useFreshDatabase()
afterEach(() => cleanup())

it('disables Import for a final review with no ratings or consensus, naming the rule, and stores nothing', async () => {
  const file = validReviewFile()
  Object.assign(file.data.reviews[0]!, {
    status: 'final',
    finalisedAt: '2026-11-21T17:00:00.000Z',
    ratingsFinishedBy: [],
    agreement: null,
  })
  file.data.ratings = []
  file.data.consensus = []
  const { input } = renderImportScreen()
  await userEvent.upload(input, jsonFile('northgate.json', file))

  const importButton = await screen.findByRole('button', { name: 'Import' })
  expect(importButton).toBeDisabled()
  expect(importButton).toHaveAccessibleDescription(
    expect.stringContaining(
      `would break the app’s rules, so nothing can be imported: ${reviewRules['final-complete']}`,
    ),
  )
  await userEvent.click(importButton)
  expect((await deviceContents()).reviews).toEqual([])
})
