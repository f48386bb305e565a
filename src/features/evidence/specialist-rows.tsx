import { useId, useRef } from 'react'
import { caseloadPerFte, specialistLabel } from '#domain/calculators/caseload'
import type { RatioBandsCalculator } from '#domain/scale/schema'
import { rowProblemKey, specialistRowTexts, type ListField, type RawForm } from './calculator-form'
import { ScrollRegion } from '../../ui/scroll-region'

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)

interface Props {
  calculator: RatioBandsCalculator
  /** The caseload column, then the FTE column. */
  columns: readonly ListField[]
  raw: RawForm
  problems: Record<string, string>
  onChange: (patch: RawForm) => void
  onBlur: () => void
}

/**
 * Item 1: one row per employment specialist, named by place ("Specialist 2"), never by name, with each
 * specialist's caseload per FTE worked out as it is typed.
 */
export function SpecialistRows({ calculator, columns, raw, problems, onChange, onBlur }: Props) {
  const id = useId()
  const addButton = useRef<HTMLButtonElement>(null)
  const typed = specialistRowTexts(columns, raw)
  // Always at least one row to type in.
  const rows = typed.length > 0 ? typed : [columns.map(() => '')]
  const columnTexts = (next: string[][]): RawForm =>
    Object.fromEntries(columns.map((column, c) => [column.name, next.map((row) => row[c] ?? '')]))
  const setCell = (row: number, c: number, text: string) =>
    onChange(columnTexts(rows.map((cells, r) => (r === row ? cells.map((cell, k) => (k === c ? text : cell)) : cells))))
  const add = () => onChange(columnTexts([...rows, columns.map(() => '')]))
  const remove = (row: number) => {
    onChange(columnTexts(rows.filter((_, r) => r !== row)))
    onBlur()
    addButton.current?.focus()
  }

  return (
    <ScrollRegion label="Specialists’ caseloads" className="specialist-rows">
      <table>
        <caption>Each specialist’s active caseload and FTE, from the caseload list (no names)</caption>
        <thead>
          <tr>
            <th scope="col">Specialist</th>
            {columns.map((column) => (
              <th key={column.name} scope="col">
                {sentence(column.label)}
              </th>
            ))}
            <th scope="col">Per FTE</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, row) => {
            const label = specialistLabel(row)
            const [caseload = '', fte = ''] = cells
            const rowProblem = columns.some((column) => problems[rowProblemKey(column.name, row)])
            const figure =
              caseload !== '' && fte !== '' && !rowProblem
                ? caseloadPerFte(calculator, Number(caseload), Number(fte))
                : null
            return (
              <tr key={row}>
                <th scope="row">{label}</th>
                {columns.map((column, c) => {
                  const inputId = `${id}-${row}-${c}`
                  const problem = problems[rowProblemKey(column.name, row)]
                  return (
                    <td key={column.name}>
                      <label htmlFor={inputId} className="visually-hidden">
                        {sentence(column.label)}, {label}
                      </label>
                      <input
                        id={inputId}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={cells[c] ?? ''}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `${inputId}-error` : undefined}
                        onBlur={onBlur}
                        onChange={(event) => setCell(row, c, event.target.value)}
                      />
                      {problem && (
                        <p id={`${inputId}-error`} className="field-error">
                          {problem}
                        </p>
                      )}
                    </td>
                  )
                })}
                <td>{figure ? `${figure.words} (anchor ${figure.anchor} alone)` : '–'}</td>
                <td>
                  <button
                    type="button"
                    className="button--secondary"
                    disabled={rows.length === 1}
                    onClick={() => remove(row)}
                  >
                    Remove {label}
                  </button>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <p>
        <button ref={addButton} type="button" className="button--secondary" onClick={add}>
          Add a specialist
        </button>
      </p>
    </ScrollRegion>
  )
}
