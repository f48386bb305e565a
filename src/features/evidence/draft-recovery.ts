import { inputFieldsFor, upgradeCalculatorValues } from '#domain/calculators/inputs'
import type { ScaleFile } from '#domain/scale/schema'
import type { Draft } from '../../storage/draft'
import { draftJournal } from '../../storage/draft-journal'
import { itemTagText, parseItemTags } from '#domain/visit/session-note'
import { evidenceRepo } from '../../storage/evidence-repo'
import { visitRepo } from '../../storage/visit-repo'
import { describeStorageError } from '../../storage/storage-error'
import { draftIsNewer } from '../../ui/use-autosave'
import {
  deserialiseForm,
  parseForm,
  rawFromValues,
  serialiseForm,
  teamTotalsOf,
  withTeamTotals,
} from './calculator-form'
import { isRecordField, recordFieldPatch, recordFieldText } from './record-fields'

export interface RecoveryResult {
  /** Changes that were in the draft store but not in the database, now saved. */
  recovered: number
  /** Why some could not be saved (they stay in the draft store and on screen), or null. */
  failure: string | null
}

type Outcome = 'recovered' | 'kept' | 'dropped'

/**
 * Saves drafts left by a tab that closed or crashed before its database write finished. A draft is
 * used only when it is newer than the stored value; drafts of deleted records are dropped.
 */
export async function recoverDrafts(reviewId: string, scale: ScaleFile): Promise<RecoveryResult> {
  const drafts = await draftJournal.listForReview(reviewId)
  if (drafts.length === 0) return { recovered: 0, failure: null }
  let recovered = 0
  let failure: string | null = null
  for (const draft of drafts) {
    try {
      const outcome = await recoverOne(draft, scale)
      if (outcome === 'recovered') recovered += 1
      if (outcome !== 'kept') draftJournal.clear(draft, draft.value)
    } catch (e) {
      failure ??= describeStorageError(e)
    }
  }
  return { recovered, failure }
}

async function recoverOne(draft: Draft, scale: ScaleFile): Promise<Outcome> {
  const slash = draft.record.indexOf('/')
  const kind = draft.record.slice(0, slash)
  const id = draft.record.slice(slash + 1)
  if (kind === 'evidence' && (draft.field === 'note' || draft.field === 'intervieweeRole')) {
    const entry = (await evidenceRepo.listEntriesForReview(draft.reviewId)).find((e) => e.id === id)
    if (!entry) return 'dropped'
    if (!draftIsNewer(draft, entry[draft.field] ?? '', entry.updatedAt)) return 'dropped'
    await evidenceRepo.updateEntry(id, { [draft.field]: draft.value })
    return 'recovered'
  }
  if (kind === 'calculator') {
    const calculator = scale.items.find((item) => item.id === id)?.calculator
    if (!calculator) return 'dropped'
    const fields = inputFieldsFor(calculator)
    const stored = await evidenceRepo.getCalculatorInputs(draft.reviewId, id)
    const storedValues = upgradeCalculatorValues(calculator, stored?.values ?? {})
    const storedText = serialiseForm(rawFromValues(fields, storedValues))
    if (!draftIsNewer(draft, storedText, stored?.updatedAt)) return 'dropped'
    const { values, problems } = parseForm(calculator, fields, deserialiseForm(draft.value))
    // As in the workspace: item 1's old team totals stay until complete rows replace them.
    await evidenceRepo.saveCalculatorInputs(
      draft.reviewId,
      id,
      withTeamTotals(values, teamTotalsOf(calculator, storedValues)),
    )
    // A value still to be corrected stays in the draft store; the calculator shows it with its message.
    return Object.keys(problems).length > 0 ? 'kept' : 'recovered'
  }
  if (kind === 'record' && isRecordField(draft.field)) {
    const row = (await evidenceRepo.listRecordReviewRows(draft.reviewId)).find((r) => r.id === id)
    if (!row) return 'dropped'
    if (!draftIsNewer(draft, recordFieldText(row, draft.field), row.updatedAt)) return 'dropped'
    await evidenceRepo.updateRecordReviewRow(id, recordFieldPatch(draft.field, draft.value))
    return 'recovered'
  }
  if (kind === 'session-note' && (draft.field === 'note' || draft.field === 'tags')) {
    return recoverSessionNote(draft, id, scale)
  }
  // Drafts of other screens (rating and consensus rationales, action plans) are theirs to recover:
  // deleting them here would lose what a closed tab had not yet saved.
  return 'kept'
}

// A session note's text, or the item numbers typed as its tags (kept until they are all items of the scale).
async function recoverSessionNote(draft: Draft, id: string, scale: ScaleFile): Promise<Outcome> {
  const note = (await visitRepo.listNotesForReview(draft.reviewId)).find((n) => n.id === id)
  if (!note) return 'dropped'
  if (draft.field === 'note') {
    if (!draftIsNewer(draft, note.note, note.updatedAt)) return 'dropped'
    await visitRepo.updateNote(id, { note: draft.value })
    return 'recovered'
  }
  if (!draftIsNewer(draft, itemTagText(note.itemIds, scale.items), note.updatedAt)) return 'dropped'
  const tags = parseItemTags(draft.value, scale.items)
  if (!tags.ok) return 'kept'
  await visitRepo.updateNote(id, { itemIds: tags.itemIds })
  return 'recovered'
}
