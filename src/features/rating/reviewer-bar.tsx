import type { Review } from '#domain/review/review'

/** Who is rating, and a way to hand a shared device to the other reviewer. */
export function ReviewerBar({
  review,
  reviewerId,
  onSwitch,
}: {
  review: Review
  reviewerId: string
  onSwitch: () => void
}) {
  const name = review.reviewers.find((r) => r.id === reviewerId)?.name ?? reviewerId
  return (
    <div className="reviewer-bar">
      <p>
        Rating as: <strong>{name}</strong>
      </p>
      {review.reviewers.length > 1 && (
        <button type="button" className="button--secondary button--small" onClick={onSwitch}>
          Switch reviewer
        </button>
      )}
    </div>
  )
}

/** Asked first on a shared device, so neither reviewer's ratings appear until someone says who they are. */
export function ReviewerChooser({ review, onChoose }: { review: Review; onChoose: (reviewerId: string) => void }) {
  return (
    <section className="reviewer-chooser" aria-labelledby="reviewer-chooser-heading">
      <h2 id="reviewer-chooser-heading">Who is rating?</h2>
      <p>
        Each reviewer rates on their own. Your scores and rationales stay hidden from the other reviewer until you have
        both finished; then you agree the scores together on the consensus screen.
      </p>
      <ul className="reviewer-chooser__list">
        {review.reviewers.map((reviewer) => (
          <li key={reviewer.id}>
            <button type="button" onClick={() => onChoose(reviewer.id)}>
              I am {reviewer.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
