import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { paths } from '../../../src/app/paths'
import { useFreshDatabase } from '../../storage/fresh-database'
import { caseScale, shippedCase, trainingRoutes } from './helpers'
import { renderRoute } from '../../render-route'

useFreshDatabase()
afterEach(() => cleanup())

const [first, second, third] = caseScale.items
const caseItem = (itemId: string) => shippedCase.items.find((item) => item.itemId === itemId)!

describe('the presentation view', () => {
  it('shows one item’s criterion, anchors and the case’s evidence, with the reference hidden', async () => {
    renderRoute(trainingRoutes, paths.trainingPresent(shippedCase.id, second!.id))
    expect(await screen.findByRole('heading', { level: 1, name: `2. ${second!.title}` })).toBeInTheDocument()
    expect(screen.getByText(second!.criterion)).toBeInTheDocument()
    const anchors = screen.getByRole('list', { name: 'Anchors for item 2' })
    expect(within(anchors).getAllByRole('listitem')).toHaveLength(5)
    for (const entry of caseItem(second!.id).evidence) expect(screen.getByText(entry.note)).toBeInTheDocument()
    expect(screen.queryByText(/Reference score/)).not.toBeInTheDocument()
    expect(screen.queryByText(caseItem(second!.id).reference.reasoning)).not.toBeInTheDocument()
  })

  it('steps with the arrow and page keys, shows the reference on R, and resets it on the next item', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute(trainingRoutes, paths.trainingPresent(shippedCase.id, first!.id))
    await screen.findByRole('heading', { level: 1, name: `1. ${first!.title}` })
    await user.keyboard('{ArrowRight}')
    await screen.findByRole('heading', { level: 1, name: `2. ${second!.title}` })
    await user.keyboard('{PageDown}')
    await screen.findByRole('heading', { level: 1, name: `3. ${third!.title}` })
    await user.keyboard('{PageUp}')
    await screen.findByRole('heading', { level: 1, name: `2. ${second!.title}` })

    await user.keyboard('r')
    const reference = caseItem(second!.id).reference
    expect(screen.getByText(`Reference score: ${reference.score}`)).toBeInTheDocument()
    expect(screen.getByText(reference.reasoning)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Hide reference' })).toBeInTheDocument()

    await user.keyboard('{ArrowLeft}')
    await screen.findByRole('heading', { level: 1, name: `1. ${first!.title}` })
    expect(screen.queryByText(/Reference score/)).not.toBeInTheDocument()
    expect(router.state.location.pathname).toBe(paths.trainingPresent(shippedCase.id, first!.id))

    await user.keyboard('{Escape}')
    expect(router.state.location.pathname).toBe(paths.training())
  })

  it('has buttons for the same steps, and no previous before the first item', async () => {
    const user = userEvent.setup()
    renderRoute(trainingRoutes, paths.trainingPresent(shippedCase.id, first!.id))
    await screen.findByRole('heading', { level: 1, name: `1. ${first!.title}` })
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Show reference' }))
    expect(screen.getByText(`Reference score: ${caseItem(first!.id).reference.score}`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next →' }))
    expect(await screen.findByRole('heading', { level: 1, name: `2. ${second!.title}` })).toBeInTheDocument()
  })

  it('says so for a case that is not shipped', async () => {
    renderRoute(trainingRoutes, paths.trainingPresent('no-such-case', first!.id))
    expect(await screen.findByRole('heading', { name: 'Practice case not found' })).toBeInTheDocument()
  })
})
