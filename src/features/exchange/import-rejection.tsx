import type { Ref } from 'react'
import type { ExchangeProblem } from '#domain/exchange/check'

const MAX_PROBLEMS_SHOWN = 20

/** Why a file was refused, with the place in the file of each problem. */
export function ImportRejection({
  fileName,
  reason,
  problems,
  headingRef,
}: {
  fileName: string
  reason: string
  problems: ExchangeProblem[]
  headingRef: Ref<HTMLHeadingElement>
}) {
  // A problem that only repeats the reason (e.g. the JSON is cut off) is not listed twice.
  const details = problems.filter((problem) => problem.message !== reason)
  return (
    <div className="problems import-rejection" role="alert">
      <h2 ref={headingRef} tabIndex={-1}>
        {fileName} was not imported
      </h2>
      <p>{reason}</p>
      {details.length > 0 && (
        <ul aria-label="Problems found in the file">
          {details.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
            <li key={index}>
              {problem.path && (
                <>
                  <code>{problem.path}</code>:{' '}
                </>
              )}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {details.length > MAX_PROBLEMS_SHOWN && <p>…and {details.length - MAX_PROBLEMS_SHOWN} more.</p>}
      <p>Nothing was changed on this device.</p>
    </div>
  )
}
