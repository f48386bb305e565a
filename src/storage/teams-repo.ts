import { TeamInputSchema, TeamSchema, type Team, type TeamInput } from '#domain/review/team'
import { notFound } from './storage-error'
import { definedOnly, newId, parseInput, parseRow, parseRows, read, write } from './repo-helpers'
import type { ReviewDatabase } from './database'

// One collator for every comparison: localeCompare with a locale builds a new one per call, which made
// sorting 200 teams take 50 ms of the home page's first load.
const names = new Intl.Collator('en-GB', { sensitivity: 'base' })
const byName = (a: Team, b: Team) => names.compare(a.name, b.name)

async function load(db: ReviewDatabase, id: string): Promise<Team> {
  const row = await db.teams.get(id)
  if (!row) throw notFound('This team')
  return parseRow(TeamSchema, row, 'team')
}

async function change(id: string, now: Date, edit: (team: Team) => Partial<Team>): Promise<Team> {
  return write(
    (db) => [db.teams],
    async (db) => {
      const existing = await load(db, id)
      const next = parseInput(
        TeamSchema,
        { ...existing, ...edit(existing), id, createdAt: existing.createdAt, updatedAt: now.toISOString() },
        'team',
      )
      await db.teams.put(next)
      return next
    },
  )
}

export const teamsRepo = {
  async create(input: TeamInput, now: Date = new Date()): Promise<Team> {
    const fields = parseInput(TeamInputSchema, input, 'team')
    const at = now.toISOString()
    const team = parseInput(
      TeamSchema,
      { ...fields, id: newId(), archivedAt: null, createdAt: at, updatedAt: at },
      'team',
    )
    return write(
      (db) => [db.teams],
      async (db) => {
        await db.teams.add(team)
        return team
      },
    )
  },

  async update(id: string, patch: Partial<TeamInput>, now: Date = new Date()): Promise<Team> {
    return change(id, now, () => definedOnly(patch))
  },

  async archive(id: string, now: Date = new Date()): Promise<Team> {
    return change(id, now, (team) => ({ archivedAt: team.archivedAt ?? now.toISOString() }))
  },

  async unarchive(id: string, now: Date = new Date()): Promise<Team> {
    return change(id, now, () => ({ archivedAt: null }))
  },

  /** Throws StorageError 'not-found' when there is no such team. */
  async get(id: string): Promise<Team> {
    return read((db) => load(db, id))
  },

  /** Null when there is no such team. */
  async find(id: string): Promise<Team | null> {
    return read(async (db) => {
      const row = await db.teams.get(id)
      return row ? parseRow(TeamSchema, row, 'team') : null
    })
  },

  async list({ includeArchived = false }: { includeArchived?: boolean } = {}): Promise<Team[]> {
    return read(async (db) => {
      const teams = parseRows(TeamSchema, await db.teams.toArray(), 'team')
      return teams.filter((team) => includeArchived || team.archivedAt === null).sort(byName)
    })
  },
}
