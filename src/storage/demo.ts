import { TeamSchema, type TeamInput } from '../domain/team'
import { parseInput, write } from './repo-helpers'

// A fixed id makes loading idempotent, even after the team is renamed or from two tabs at once.
export const DEMO_TEAM_ID = 'demo-northgate-community-recovery'

// Every name here is fictional.
const demoTeam: TeamInput = {
  name: 'Northgate Community Recovery Team',
  organisation: 'Northgate and Wensley NHS Foundation Trust',
  serviceType: 'community-recovery',
  locality: 'Northgate',
  teamLeader: 'Sam Okafor',
  specialistCount: 3,
  specialistFte: 2.6,
  notes: 'A fictional team for trying out the app. Nothing here describes a real service.',
}

/** Creates the fictional demo team unless it is already on this device; returns its id. */
export async function loadDemoTeam(now: Date): Promise<string> {
  const at = now.toISOString()
  const team = parseInput(
    TeamSchema,
    { ...demoTeam, id: DEMO_TEAM_ID, archivedAt: null, createdAt: at, updatedAt: at },
    'demo team',
  )
  return write(
    (db) => [db.teams],
    async (db) => {
      if (!(await db.teams.get(DEMO_TEAM_ID))) await db.teams.add(team)
      return DEMO_TEAM_ID
    },
  )
}
