import type { ExerciseFileProblem } from '#domain/training/trainee-files'
import type { ClassFile } from './class-files'

/** Every file that was left out, with the reason, so the trainer can ask that trainee for a new export. */
export function ClassFileProblems({
  files,
  problems,
}: {
  files: readonly ClassFile[]
  problems: readonly ExerciseFileProblem[]
}) {
  const refused = files.filter((f): f is Extract<ClassFile, { ok: false }> => !f.ok)
  if (refused.length === 0 && problems.length === 0) return null
  return (
    <section className="problems" aria-labelledby="class-problems-heading">
      <h2 id="class-problems-heading">Files left out</h2>
      <ul className="class-files">
        {refused.map((f) => (
          <li key={f.key}>
            <strong>{f.fileName}</strong>: {f.reason}
            {f.problems.length > 0 && (
              <ul>
                {f.problems.map((problem, index) => (
                  <li key={index}>
                    {problem.path ? <code>{problem.path}</code> : null} {problem.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
        {problems.map((problem, index) => (
          <li key={`problem-${index}`}>
            <strong>{problem.fileName}</strong>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
