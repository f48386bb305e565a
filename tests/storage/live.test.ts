import { describe, expect, it } from 'vitest'
import { act, renderHook, waitFor } from '@testing-library/react'
import { useTeam, useTeams } from '../../src/storage/live-teams'
import { useReviewsForTeam } from '../../src/storage/live-reviews'
import { useSettings } from '../../src/storage/live-settings'
import { teamsRepo } from '../../src/storage/teams-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { now, reviewInput, teamInput, useFreshDatabase } from './fresh-database'

useFreshDatabase()

describe('live hooks', () => {
  it('show a new team without a reload', async () => {
    const { result } = renderHook(() => useTeams(false))
    await waitFor(() => expect(result.current).toEqual([]))
    await act(async () => {
      await teamsRepo.create(teamInput({ name: 'Live Team' }), now)
    })
    await waitFor(() => expect(result.current?.map((t) => t.name)).toEqual(['Live Team']))
  })

  it('tell a missing team (null) from one still loading (undefined)', async () => {
    const { result } = renderHook(() => useTeam('missing'))
    expect(result.current).toBeUndefined()
    await waitFor(() => expect(result.current).toBeNull())
  })

  it('follow a team’s reviews and the settings', async () => {
    const team = await teamsRepo.create(teamInput(), now)
    const reviews = renderHook(() => useReviewsForTeam(team.id))
    const settings = renderHook(() => useSettings())
    await waitFor(() => expect(reviews.result.current).toEqual([]))
    await act(async () => {
      await reviewsRepo.create(reviewInput(team.id), now)
    })
    await waitFor(() => expect(reviews.result.current).toHaveLength(1))
    await waitFor(() => expect(settings.result.current?.backupReminderDays).toBe(14))
  })
})
