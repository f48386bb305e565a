import { useId, useState } from 'react'
import type { Review } from '#domain/review/review'
import type { Team } from '#domain/review/team'
import { dataRequestText, RECORD_SAMPLE_NOTE } from '#domain/visit/data-request'

type CopyOutcome = 'copied' | 'refused' | null

/**
 * The pre-visit data request of an independent review, as text to paste into an email to the team:
 * the documents to send and the record sample the reviewers will draw on the day.
 */
export function PreVisitRequest({ review, team }: { review: Review; team: Team }) {
  const textId = useId()
  const [outcome, setOutcome] = useState<CopyOutcome>(null)
  const text = dataRequestText({
    teamName: team.name,
    visitStart: review.visitStart,
    visitEnd: review.visitEnd,
    specialistCount: team.specialistCount,
  })

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setOutcome('copied')
    } catch {
      // Some browsers refuse the clipboard (permissions, an insecure origin): the text stays selectable.
      setOutcome('refused')
    }
  }

  return (
    <>
      <h2>Pre-visit data request</h2>
      <p className="field-hint">{RECORD_SAMPLE_NOTE}</p>
      <div className="field">
        <label htmlFor={textId}>Request to paste into an email to the team</label>
        <textarea id={textId} readOnly rows={14} value={text} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <p>
        <button type="button" className="button--secondary" onClick={() => void copy()}>
          Copy the request
        </button>
      </p>
      <p role="status">
        {outcome === 'copied' && 'Copied: paste it into an email to the team.'}
        {outcome === 'refused' && 'This browser did not allow copying: select the text above and copy it yourself.'}
      </p>
    </>
  )
}
