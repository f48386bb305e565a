import { memo, useCallback, useMemo } from 'react'
import type { CalculatorInputs, RecordReviewRow } from '#domain/review/evidence'
import { inputFieldsFor, upgradeCalculatorValues } from '#domain/calculators/inputs'
import type { CalculatorInputs as CalculatorValues } from '#domain/calculators/inputs'
import { suggestAnchor } from '#domain/calculators/suggest'
import { explainCalculator } from '#domain/calculators/explanation'
import { inputsFromRecords } from '#domain/review/record-review-inputs'
import { recordFigureWords } from '#domain/review/record-figure-words'
import type { ScaleItem } from '#domain/scale/schema'
import { plural } from '#domain/text/plural'
import { evidenceRepo } from '../../storage/evidence-repo'
import { SaveStatusView } from '../../ui/save-status'
import {
  deserialiseForm,
  parseForm,
  rawFromValues,
  sameMeaning,
  serialiseForm,
  teamTotalsOf,
  withTeamTotals,
  type ListField,
  type RawForm,
} from './calculator-form'
import { CalculatorExplanationText } from './calculator-explanation-text'
import { SpecialistRows } from './specialist-rows'
import { CalculatorField } from './calculator-fields'
import { describeSaveFailure, InvalidValueError } from './save-failure'
import { SuggestionView } from './suggestion-view'
import { useFieldAutosave } from './use-field-autosave'
import { draftRecords } from '../../storage/draft-journal'
import './evidence.css'

interface Props {
  reviewId: string
  item: ScaleItem
  stored: CalculatorInputs | null
  records: readonly RecordReviewRow[]
  /** The review's last day of the visit: records with no employer contact yet are counted to it. */
  visitEnd: string
}

/** The item's calculator inputs, saved as they are typed, and the anchor they suggest. */
// Memoised: a note saved in the same workspace re-renders the screen, never the calculator's form.
export const CalculatorPanel = memo(function CalculatorPanel({ reviewId, item, stored, records, visitEnd }: Props) {
  const calculator = item.calculator
  const fields = useMemo(() => (calculator ? inputFieldsFor(calculator) : []), [calculator])
  const storedValues = useMemo(() => upgradeCalculatorValues(calculator, stored?.values ?? {}), [calculator, stored])
  // Item 1's team totals from before per-specialist rows: read and kept until rows replace them.
  const teamTotals = useMemo(() => teamTotalsOf(calculator, storedValues), [calculator, storedValues])
  const storedText = useMemo(() => serialiseForm(rawFromValues(fields, storedValues)), [fields, storedValues])
  const save = useCallback(
    async (text: string) => {
      if (!calculator) return
      const { values, problems } = parseForm(calculator, fields, deserialiseForm(text))
      // Valid values are stored even while another is being corrected; the impossible one waits in the draft store.
      await evidenceRepo.saveCalculatorInputs(reviewId, item.id, withTeamTotals(values, teamTotals))
      if (Object.keys(problems).length > 0) throw new InvalidValueError()
    },
    [calculator, fields, reviewId, item.id, teamTotals],
  )
  const equals = useCallback(
    (a: string, b: string) => (calculator ? sameMeaning(calculator, fields, a, b) : a === b),
    [calculator, fields],
  )
  const autosave = useFieldAutosave({
    reviewId,
    record: draftRecords.calculator(item.id),
    field: 'values',
    stored: storedText,
    storedAt: stored?.updatedAt,
    save,
    equals,
  })
  const raw = useMemo(() => deserialiseForm(autosave.value), [autosave.value])
  if (!calculator) return null
  const explanation = explainCalculator(calculator)
  // What the sampled records show for this item, where no calculator button takes it in (items 5, 12-14, 16, 22, 23).
  const recordLines = records.length > 0 ? recordFigureWords(records, visitEnd)[item.id] : undefined
  const fill = inputsFromRecords(item, records, visitEnd)
  const recordView = recordLines && !fill && <RecordLines lines={recordLines} />
  if (calculator.kind === 'ordinal') {
    return (
      <section className="calculator" aria-labelledby="calculator-heading">
        <h2 id="calculator-heading">Calculator</h2>
        <p>{explanation.method}</p>
        {recordView}
      </section>
    )
  }
  const { values, problems } = parseForm(calculator, fields, raw)
  const blocked = Object.keys(problems).length > 0
  // Nothing stored and nothing typed: an empty checklist would read as "none found" and suggest anchor 1 before
  // anyone has looked, handing a trainee an answer (docs/decisions/0014-practice-cases-teach.md).
  const untouched = stored === null && autosave.value === storedText
  const suggestion = blocked
    ? null
    : suggestAnchor(item, untouched ? {} : (withTeamTotals(values, teamTotals) as CalculatorValues))
  const changeMany = (patch: RawForm) => autosave.setValue(serialiseForm({ ...raw, ...patch }))
  const change = (name: string, value: string | string[]) => changeMany({ [name]: value })
  const columns = fields.filter((f): f is ListField => f.type === 'number-list' && Boolean(f.specialistColumn))
  const fillFromRecords = () => {
    if (!fill) return
    const filled: RawForm = {
      ...raw,
      ...rawFromValues(
        fields.filter((f) => f.name in fill.values),
        fill.values,
      ),
    }
    autosave.setValue(serialiseForm(filled))
    autosave.flush()
  }

  return (
    <section className="calculator" aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">Calculator</h2>
      <details className="calculator__how">
        <summary>How the calculator works</summary>
        <CalculatorExplanationText explanation={explanation} />
      </details>
      {recordView}
      {fill && (
        <p>
          <button type="button" className="button--secondary" onClick={fillFromRecords}>
            Use the record review ({plural(fill.records, 'record')})
          </button>{' '}
          <span className="muted">{fill.explanation}</span>
        </p>
      )}
      {teamTotals && calculator.kind === 'ratio-bands' && !('specialistCaseloads' in values) && (
        <p className="calculator__note">
          Entered earlier as team totals: {teamTotals.activeClients} {calculator.numeratorLabel} over{' '}
          {teamTotals.specialistFte} {calculator.denominatorLabel}. Enter each specialist below to check each one; the
          rows then replace the totals.
        </p>
      )}
      {calculator.kind === 'ratio-bands' && columns.length > 0 && (
        <SpecialistRows
          calculator={calculator}
          columns={columns}
          raw={raw}
          problems={problems}
          onChange={changeMany}
          onBlur={autosave.flush}
        />
      )}
      {fields
        .filter((field) => !columns.includes(field as ListField))
        .map((field) => (
          <CalculatorField
            key={field.name}
            field={field}
            raw={raw}
            problem={problems[field.name]}
            onChange={change}
            onBlur={autosave.flush}
          />
        ))}
      <SaveStatusView status={autosave.status} describe={describeSaveFailure} onRetry={autosave.retry} />
      <SuggestionView suggestion={suggestion} blocked={blocked} />
    </section>
  )
})

/** The record review's figures for the item, as context beside the calculator; they never set a value. */
function RecordLines({ lines }: { lines: readonly string[] }) {
  return (
    <div className="calculator__records">
      <h3>What the record review shows</h3>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  )
}
