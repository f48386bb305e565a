import { memo } from 'react'
import { suggestFromStored } from '#domain/calculators/suggest'
import type { CalculatorInputs } from '#domain/review/evidence'
import type { ScaleItem } from '#domain/scale/schema'
import type { EvidenceGroup } from '#domain/visit/item-evidence'

export interface CardEvidence {
  /** Notes by session and role, then entries added on the item; undefined while loading. */
  groups: readonly EvidenceGroup[] | undefined
  /** The record review's figures for this item in words, if it feeds this item. */
  figures: readonly string[] | undefined
  calculator: CalculatorInputs | null | undefined
}

const NO_NOTES = 'No notes for this item.'

/**
 * What the pair found for one item, beside the two ratings, so nobody changes screens mid-discussion: the notes by
 * session and role, the record review's figures and the calculator's suggestion with its working.
 */
export const ConsensusEvidence = memo(function ConsensusEvidence({
  item,
  evidence,
  open,
}: {
  item: ScaleItem
  evidence: CardEvidence
  /** Whether the notes start open (an item in disagreement) or folded (the reviewers agree). */
  open: boolean
}) {
  const { groups, figures, calculator } = evidence
  const count = groups?.reduce((sum, group) => sum + group.notes.length, 0) ?? 0
  return (
    // Groups, not landmarks: twenty-five asides or regions would crowd a screen reader's list of landmarks.
    <div className="consensus-evidence" role="group" aria-label={`Evidence for item ${item.number}`}>
      <h4>Evidence</h4>
      <details className="consensus-evidence__notes" open={open}>
        <summary>Notes from the visit ({groups === undefined ? '…' : count})</summary>
        {groups === undefined ? (
          <p aria-busy="true">Loading notes…</p>
        ) : groups.length === 0 ? (
          <p className="muted">{NO_NOTES}</p>
        ) : (
          groups.map((group) => (
            <div key={group.key} className="consensus-evidence__group" role="group" aria-label={group.heading}>
              <h5>{group.heading}</h5>
              <ul>
                {group.notes.map((note) => (
                  <li key={note.id} className="pre-wrap">
                    {note.text}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </details>
      {figures && figures.length > 0 && (
        <div role="group" aria-label={`Record review figures for item ${item.number}`}>
          <h5>Record review</h5>
          <ul>
            {figures.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {item.calculator && calculator !== undefined && <CalculatorResult item={item} inputs={calculator} />}
    </div>
  )
})

function CalculatorResult({ item, inputs }: { item: ScaleItem; inputs: CalculatorInputs | null }) {
  const suggestion = suggestFromStored(item, inputs)
  return (
    <div role="group" aria-label={`Calculator result for item ${item.number}`}>
      <h5>Calculator</h5>
      {suggestion === null ? (
        <p className="muted">No calculator figures entered for this item.</p>
      ) : suggestion.status === 'suggested' ? (
        <>
          <p className="consensus-evidence__anchor">Suggested anchor: {suggestion.anchor}</p>
          <p>Arithmetic: {suggestion.arithmetic}</p>
          <p>Rule: {suggestion.rule}</p>
          {/* Such as a specialist whose own caseload is over the team's band (item 1). */}
          {suggestion.flags?.map((flag) => (
            <p key={flag}>To weigh: {flag}</p>
          ))}
        </>
      ) : (
        <p>No suggestion: {suggestion.reason}</p>
      )}
      <p className="muted">A suggestion only: the pair agrees the score.</p>
    </div>
  )
}
