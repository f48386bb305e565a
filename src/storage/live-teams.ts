import { useLiveQuery } from 'dexie-react-hooks'
import type { Team } from '#domain/review/team'
import { teamsRepo } from './teams-repo'

// Every hook returns undefined while loading and re-renders when any tab changes the data.
// Single-record hooks return null when the record does not exist.
// One file per kind of record, so a screen pulls in only the schemas it shows.

export function useTeams(includeArchived = false): Team[] | undefined {
  return useLiveQuery(() => teamsRepo.list({ includeArchived }), [includeArchived])
}

export function useTeam(id: string): Team | null | undefined {
  return useLiveQuery(() => teamsRepo.find(id), [id])
}
