import { useId, useRef, useState } from 'react'
import type { PlanningTask, Review } from '#domain/review/review'
import { reviewsRepo } from '../../storage/reviews-repo'
import { describeStorageError } from '../../storage/storage-error'
import { settle, type TaskValue, type TaskSave } from './planning-drafts'
import './reviews.css'

/**
 * The review process's preparation steps. Each change is saved at once; until the device confirms it
 * the control shows what the user set, and a failed save keeps it that way beside the error.
 */
export function PlanningChecklist({ review }: { review: Review }) {
  const stored = review.planningChecklist
  const [drafts, setDrafts] = useState<Record<string, TaskValue>>({})
  const [saves, setSaves] = useState<Record<string, TaskSave>>({})
  const [seen, setSeen] = useState(stored)
  const sequence = useRef<Record<string, number>>({})
  // One write at a time, so two quick changes cannot overwrite each other's checklist.
  const queue = useRef<Promise<void>>(Promise.resolve())

  // When the stored checklist changes (this tab or another), drop drafts it now reflects.
  if (seen !== stored) {
    setSeen(stored)
    setDrafts(settle(drafts, stored, saves))
  }

  function change(task: PlanningTask, value: TaskValue) {
    const attempt = (sequence.current[task.id] ?? 0) + 1
    sequence.current[task.id] = attempt
    setDrafts((current) => ({ ...current, [task.id]: value }))
    setSaves((current) => ({ ...current, [task.id]: { state: 'saving' } }))
    const latest = () => sequence.current[task.id] === attempt
    queue.current = queue.current.then(async () => {
      try {
        await reviewsRepo.updatePlanningTask(review.id, task.id, value)
        if (latest()) setSaves((current) => ({ ...current, [task.id]: { state: 'saved' } }))
      } catch (e) {
        if (latest())
          setSaves((current) => ({ ...current, [task.id]: { state: 'failed', message: describeStorageError(e) } }))
      }
    })
  }

  return (
    <ul className="checklist">
      {stored.map((task) => (
        <ChecklistTask
          key={task.id}
          task={task}
          value={drafts[task.id] ?? { date: task.date, done: task.done }}
          save={saves[task.id]}
          onChange={(value) => change(task, value)}
        />
      ))}
    </ul>
  )
}

type ChecklistTaskProps = {
  task: PlanningTask
  value: TaskValue
  save: TaskSave | undefined
  onChange: (value: TaskValue) => void
}

function ChecklistTask({ task, value, save, onChange }: ChecklistTaskProps) {
  const id = useId()
  return (
    <li className="checklist__task">
      <div role="group" aria-labelledby={`${id}-name`}>
        <p className="checklist__name" id={`${id}-name`}>
          {task.label}
        </p>
        <div className="checklist__controls">
          <div className="checklist__date">
            <label htmlFor={`${id}-date`}>
              <ShortLabel visible="Date" spoken={`Date for ${task.label}`} />
            </label>
            <input
              id={`${id}-date`}
              type="date"
              value={value.date ?? ''}
              onChange={(event) => onChange({ ...value, date: event.target.value === '' ? null : event.target.value })}
            />
          </div>
          <div className="checklist__done">
            <input
              id={`${id}-done`}
              type="checkbox"
              checked={value.done}
              onChange={(event) => onChange({ ...value, done: event.target.checked })}
            />
            <label htmlFor={`${id}-done`}>
              <ShortLabel visible="Done" spoken={`Done: ${task.label}`} />
            </label>
          </div>
          <p className="checklist__saved" role="status">
            {save?.state === 'saving' && 'Saving…'}
            {save?.state === 'saved' && 'Saved'}
          </p>
        </div>
        {save?.state === 'failed' && (
          <p className="field-error" role="alert">
            Not saved: {save.message}
          </p>
        )}
      </div>
    </li>
  )
}

/**
 * A short visible label with a full spoken one, so eight "Done" boxes each name their task. Both are
 * whole strings: browsers put a space around a visually hidden span, which would read "Done : …".
 */
function ShortLabel({ visible, spoken }: { visible: string; spoken: string }) {
  return (
    <>
      <span aria-hidden="true">{visible}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  )
}
