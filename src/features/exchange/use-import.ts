import { useMemo, useRef, useState } from 'react'
import { checkExchangeFile, type ExchangeCheckOptions, type ExchangeProblem } from '#domain/exchange/check'
import { MAX_EXCHANGE_FILE_BYTES, type ExchangeFile } from '#domain/exchange/file'
import {
  planImport,
  resolveImport,
  type ConflictChoice,
  type ExistingRecords,
  type ImportConflict,
  type ImportPlan,
} from '#domain/import/plan'
import { rememberTeamLinks, teamLinkCandidates, type TeamLinkCandidate } from '#domain/import/team-link'
import { exchangeRepo } from '../../storage/exchange-repo'
import { toStorageError } from '../../storage/storage-error'
import { effectiveChoices, withChoice, type StoredChoices } from './conflict-choices'
import { isProtectedImportFile, readImportFile, unlockImportFile } from './read-file'
import { useTeamLinks } from './use-team-links'

/** A file that passed every check, and the device's records with the same keys when it was read. */
export interface LoadedFile {
  fileName: string
  file: ExchangeFile
  existing: ExistingRecords
  /** The file's teams that are not on this device but could be linked to one that is. */
  linkCandidates: TeamLinkCandidate[]
}

export interface ImportFailure {
  message: string
  /** The device changed after the preview: the preview must be checked again before importing. */
  changed: boolean
}

export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'passphrase'; fileName: string; file: Blob; unlocking: boolean; problem: string | null }
  | { kind: 'reading'; fileName: string; loaded: number; total: number }
  | { kind: 'checking'; fileName: string }
  | { kind: 'rejected'; fileName: string; reason: string; problems: ExchangeProblem[] }
  | { kind: 'failed'; fileName: string; message: string }
  | { kind: 'preview'; loaded: LoadedFile; importing: boolean; failure: ImportFailure | null }
  | { kind: 'imported'; loaded: LoadedFile; plan: ImportPlan; choices: Record<string, ConflictChoice> }

// Let the browser paint "Checking…" before a large file is parsed on the main thread.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * The import as a sequence of steps: read, check, preview, import. Nothing is written until
 * `confirmImport`; a newer file choice makes any older, still-running one stale.
 */
export function useImport(isScaleAvailable: ((id: string, version: string) => boolean) | null) {
  const [step, setStep] = useState<ImportStep>({ kind: 'idle' })
  const [choices, setChoices] = useState<StoredChoices>({})
  const run = useRef(0)

  const loaded = step.kind === 'preview' ? step.loaded : null
  // The file is planned with its teams linked as chosen, so the linked file meets every check any file does.
  const teamLinks = useTeamLinks(loaded)
  const { linked } = teamLinks
  // Planned only once the scale catalogue is known, so an imported scale is never reported missing.
  const plan = useMemo(
    () => (linked && isScaleAvailable ? planImport(linked.file, linked.existing, isScaleAvailable) : null),
    [linked, isScaleAvailable],
  )

  async function chooseFile(file: File) {
    const token = ++run.current
    setChoices({})
    // A file protected with a passphrase is opened first; its content then goes the usual way.
    if (await isProtectedImportFile(file)) {
      if (token === run.current)
        setStep({ kind: 'passphrase', fileName: file.name, file, unlocking: false, problem: null })
      return
    }
    await readAndCheck(token, file.name, file)
  }

  /** Opens the protected file with the passphrase: a wrong one asks again, a damaged file is refused. */
  async function unlock(passphrase: string) {
    if (step.kind !== 'passphrase' || step.unlocking) return
    const token = ++run.current
    const locked = step
    setStep({ ...locked, unlocking: true, problem: null })
    await nextTask() // scrypt takes a second or two: let "Opening…" show first
    const opened = await unlockImportFile(locked.file, passphrase)
    if (token !== run.current) return
    if (opened.ok) await readAndCheck(token, locked.fileName, opened.content)
    else if (opened.kind === 'retry') setStep({ ...locked, unlocking: false, problem: opened.reason })
    else if (opened.kind === 'failed') setStep({ kind: 'failed', fileName: locked.fileName, message: opened.reason })
    else setStep({ kind: 'rejected', fileName: locked.fileName, reason: opened.reason, problems: [] })
  }

  async function readAndCheck(token: number, fileName: string, file: Blob) {
    const current = () => token === run.current
    // Size first, so a huge file is never loaded into memory: the check refuses it before reading.
    let read: { text: string; sizeInBytes: number; options: ExchangeCheckOptions } = {
      text: '',
      sizeInBytes: file.size,
      options: {},
    }
    if (file.size <= MAX_EXCHANGE_FILE_BYTES) {
      setStep({ kind: 'reading', fileName, loaded: 0, total: file.size })
      const result = await readImportFile(file, ({ loaded, total }) => {
        if (current()) setStep({ kind: 'reading', fileName, loaded, total })
      })
      if (!current()) return
      if (!result.ok) {
        setStep(
          result.kind === 'failed'
            ? { kind: 'failed', fileName, message: result.reason }
            : { kind: 'rejected', fileName, reason: result.reason, problems: [] },
        )
        return
      }
      read = result
      setStep({ kind: 'checking', fileName })
      await nextTask()
      if (!current()) return
    }
    const check = checkExchangeFile(read.text, read.sizeInBytes, read.options)
    if (!check.ok) {
      setStep({ kind: 'rejected', fileName, reason: check.reason, problems: check.problems })
      return
    }
    await loadExisting(token, fileName, check.file)
  }

  async function loadExisting(token: number, fileName: string, file: ExchangeFile) {
    try {
      const [existing, linking] = await Promise.all([exchangeRepo.readExisting(file), exchangeRepo.readTeamLinking()])
      const linkCandidates = teamLinkCandidates(file.data.teams, linking.teams, linking.teamLinks)
      if (token === run.current) {
        const loaded = { fileName, file, existing, linkCandidates }
        setStep({ kind: 'preview', loaded, importing: false, failure: null })
      }
    } catch (error) {
      if (token === run.current) setStep({ kind: 'failed', fileName, message: toStorageError(error).message })
    }
  }

  async function confirmImport() {
    if (step.kind !== 'preview' || step.importing || !plan || plan.blockers.length > 0) return
    if (!linked || linked.undecided.length > 0) return
    const token = ++run.current
    const chosen = effectiveChoices(plan, choices)
    const preview = step
    setStep({ ...preview, importing: true, failure: null })
    try {
      // The links are remembered in the import's own transaction: only if it is written.
      await exchangeRepo.applyImport(resolveImport(plan, chosen), linked.existing, rememberTeamLinks({}, linked.links))
      if (token === run.current) setStep({ kind: 'imported', loaded: preview.loaded, plan, choices: chosen })
    } catch (error) {
      const failure = toStorageError(error)
      if (token === run.current) {
        setStep({
          ...preview,
          importing: false,
          failure: { message: failure.message, changed: failure.code === 'changed' },
        })
      }
    }
  }

  /** After "changed": read the device again and show a fresh preview of the same file. */
  async function checkAgain() {
    if (step.kind !== 'preview') return
    const token = ++run.current
    setStep({ kind: 'checking', fileName: step.loaded.fileName })
    await loadExisting(token, step.loaded.fileName, step.loaded.file)
  }

  function choose(conflict: ImportConflict, choice: ConflictChoice) {
    setChoices((stored) => withChoice(stored, conflict, choice))
  }

  function reset() {
    run.current++
    setChoices({})
    setStep({ kind: 'idle' })
  }

  function refuse(fileName: string, reason: string) {
    run.current++
    setStep({ kind: 'rejected', fileName, reason, problems: [] })
  }

  return { step, plan, choices, teamLinks, chooseFile, unlock, confirmImport, checkAgain, choose, reset, refuse }
}
