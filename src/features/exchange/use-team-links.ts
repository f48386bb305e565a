import { useMemo, useState } from 'react'
import type { ExchangeFile } from '#domain/exchange/file'
import type { ExistingRecords } from '#domain/import/plan'
import {
  chosenTeamLinks,
  linkFileTeams,
  withLinkedTeams,
  type TeamLink,
  type TeamLinkCandidate,
  type TeamLinkChoices,
} from '#domain/import/team-link'

/** The file as it will be planned and imported, with the user's team links applied. */
export interface LinkedFile {
  file: ExchangeFile
  existing: ExistingRecords
  links: TeamLink[]
  /** File teams that could go into one of two or more teams here: the user picks before importing. */
  undecided: TeamLinkCandidate[]
}

const noChoices: TeamLinkChoices = {}

/**
 * Which of the file's teams to link to a team already on this device. The choices belong to the file they
 * were made for: another file starts with none, and checking the same file again keeps them.
 */
export function useTeamLinks(
  loaded: { file: ExchangeFile; existing: ExistingRecords; linkCandidates: TeamLinkCandidate[] } | null,
) {
  const [stored, setStored] = useState<{ file: ExchangeFile | null; choices: TeamLinkChoices }>({
    file: null,
    choices: noChoices,
  })
  const choices = loaded && stored.file === loaded.file ? stored.choices : noChoices

  const linked = useMemo((): LinkedFile | null => {
    if (!loaded) return null
    const { links, undecided } = chosenTeamLinks(loaded.linkCandidates, choices)
    return {
      file: linkFileTeams(loaded.file, links),
      existing: withLinkedTeams(loaded.existing, links),
      links,
      undecided,
    }
  }, [loaded, choices])

  /** Link the file's team to this device's team, or keep it apart (null). */
  function choose(fileTeamId: string, deviceTeamId: string | null) {
    if (loaded) setStored({ file: loaded.file, choices: { ...choices, [fileTeamId]: deviceTeamId } })
  }

  return { candidates: loaded?.linkCandidates ?? [], choices, linked, choose }
}

export type TeamLinking = ReturnType<typeof useTeamLinks>
