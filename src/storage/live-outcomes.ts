import { useLiveQuery } from 'dexie-react-hooks'
import type { TeamOutcome } from '#domain/network/outcomes'
import { outcomesRepo } from './outcomes-repo'

/** A team's quarters, newest first; undefined while loading. */
export function useTeamOutcomes(teamId: string): TeamOutcome[] | undefined {
  return useLiveQuery(() => outcomesRepo.listForTeam(teamId), [teamId])
}

/** Every team's quarters, newest first; undefined while loading. */
export function useAllOutcomes(): TeamOutcome[] | undefined {
  return useLiveQuery(() => outcomesRepo.listAll(), [])
}
