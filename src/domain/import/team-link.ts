import type { ExchangeFile } from '#domain/exchange/file'
import type { Team } from '#domain/review/team'
import type { ExistingRecords } from './plan'

/**
 * A file's team linked to a team already on this device: the file's reviews are imported under the
 * device's team, and the file's own team row is not imported.
 */
export interface TeamLink {
  fileTeamId: string
  deviceTeam: Team
}

/** The file's team id -> the device's team id, kept in the settings once a link has been imported. */
export type RememberedTeamLinks = Readonly<Record<string, string>>

/** A file's team that is not on this device, and the device's teams it could be linked to. */
export interface TeamLinkCandidate {
  fileTeam: Team
  /** The remembered team, or every team of the same name and organisation (oldest first). */
  deviceTeams: Team[]
  /** Linked for an earlier file: `deviceTeams` is then that one team. */
  remembered: boolean
}

/**
 * The user's choice per file team id: the device team's id to link to, or null to keep the file's team
 * apart. A candidate with no choice takes its default (linkChoiceFor).
 */
export type TeamLinkChoices = Readonly<Record<string, string | null>>

// People type "Northgate  CRT " on one device and "northgate crt" on the other; both mean the same team.
const comparable = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB')

/** Two teams are taken to be the same team when this is equal: name and organisation, as people read them. */
export function teamMatchKey(team: Pick<Team, 'name' | 'organisation'>): string {
  return JSON.stringify([comparable(team.name), comparable(team.organisation)])
}

/**
 * For each of the file's teams that is not on this device (by id), the device's teams it could be linked
 * to: the one it was linked to before, if that team is still here, else the teams of the same name and
 * organisation. An archived team is offered only through a remembered link: a new file's reviews belong
 * with the team people still work with. Teams with nothing to link to are left out.
 */
export function teamLinkCandidates(
  fileTeams: readonly Team[],
  deviceTeams: readonly Team[],
  rememberedLinks: RememberedTeamLinks,
): TeamLinkCandidate[] {
  const byId = new Map(deviceTeams.map((team) => [team.id, team]))
  const byKey = new Map<string, Team[]>()
  for (const team of deviceTeams) {
    if (team.archivedAt !== null) continue
    const key = teamMatchKey(team)
    byKey.set(key, [...(byKey.get(key) ?? []), team])
  }
  return fileTeams.flatMap((fileTeam): TeamLinkCandidate[] => {
    if (byId.has(fileTeam.id)) return []
    const rememberedId = Object.hasOwn(rememberedLinks, fileTeam.id) ? rememberedLinks[fileTeam.id] : undefined
    const remembered = rememberedId === undefined ? undefined : byId.get(rememberedId)
    if (remembered) return [{ fileTeam, deviceTeams: [remembered], remembered: true }]
    const same = byKey.get(teamMatchKey(fileTeam)) ?? []
    if (same.length === 0) return []
    const oldestFirst = [...same].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    return [{ fileTeam, deviceTeams: oldestFirst, remembered: false }]
  })
}

/**
 * The choice in force for a candidate: the user's, else a link to its only team (remembered or not);
 * undefined while the user must still pick between two teams of the same name.
 */
export function linkChoiceFor(candidate: TeamLinkCandidate, choices: TeamLinkChoices): string | null | undefined {
  const id = candidate.fileTeam.id
  const chosen = Object.hasOwn(choices, id) ? choices[id] : undefined
  // A choice of a team that is no longer offered (the device changed since) counts as no choice.
  if (chosen === null || candidate.deviceTeams.some((team) => team.id === chosen)) return chosen
  return candidate.deviceTeams.length === 1 ? candidate.deviceTeams[0]?.id : undefined
}

/** The links the choices make, and the candidates still waiting for the user to pick a team. */
export function chosenTeamLinks(
  candidates: readonly TeamLinkCandidate[],
  choices: TeamLinkChoices,
): { links: TeamLink[]; undecided: TeamLinkCandidate[] } {
  const links: TeamLink[] = []
  const undecided: TeamLinkCandidate[] = []
  for (const candidate of candidates) {
    const choice = linkChoiceFor(candidate, choices)
    const deviceTeam = candidate.deviceTeams.find((team) => team.id === choice)
    if (deviceTeam) links.push({ fileTeamId: candidate.fileTeam.id, deviceTeam })
    else if (choice === undefined) undecided.push(candidate)
  }
  return { links, undecided }
}

/**
 * The file as if it had been made with the device's teams: every reference to a linked team (a review's
 * teamId, and a backup's outcomes') names the device's team, the file's team row is dropped, and the device's row is
 * carried as it is, so the file still holds each review's team, passes the same checks, and the preview
 * counts that team as already on this device. The file is not changed.
 */
export function linkFileTeams(file: ExchangeFile, links: readonly TeamLink[]): ExchangeFile {
  if (links.length === 0) return file
  const target = new Map(links.map((link) => [link.fileTeamId, link.deviceTeam]))
  const teams = file.data.teams.filter((team) => !target.has(team.id))
  const carried = new Set(teams.map((team) => team.id))
  for (const { deviceTeam } of links) {
    if (carried.has(deviceTeam.id)) continue
    teams.push(deviceTeam)
    carried.add(deviceTeam.id)
  }
  const reviews = file.data.reviews.map((review) => {
    const deviceTeam = target.get(review.teamId)
    return deviceTeam ? { ...review, teamId: deviceTeam.id } : review
  })
  // Narrowed by kind, so each file keeps its own data's type. A backup's outcomes follow their team too.
  if (file.kind === 'review') return { ...file, data: { ...file.data, teams, reviews } }
  const outcomes = file.data.outcomes.map((outcome) => {
    const deviceTeam = target.get(outcome.teamId)
    return deviceTeam ? { ...outcome, teamId: deviceTeam.id } : outcome
  })
  return { ...file, data: { ...file.data, teams, reviews, outcomes } }
}

/**
 * The device's records for a linked file: the linked teams are the device's rows the file now carries, so
 * the import checks them as it checks every row it saw (unchanged since the preview, or nothing is written).
 */
export function withLinkedTeams(existing: ExistingRecords, links: readonly TeamLink[]): ExistingRecords {
  const have = new Set(existing.teams.map((team) => team.id))
  const teams = [...existing.teams]
  for (const { deviceTeam } of links) {
    if (have.has(deviceTeam.id)) continue
    teams.push(deviceTeam)
    have.add(deviceTeam.id)
  }
  return teams.length === existing.teams.length ? existing : { ...existing, teams }
}

/** The remembered links with this import's links added (a file team linked again moves to its new team). */
export function rememberTeamLinks(remembered: RememberedTeamLinks, links: readonly TeamLink[]): Record<string, string> {
  return { ...remembered, ...Object.fromEntries(links.map((link) => [link.fileTeamId, link.deviceTeam.id])) }
}
