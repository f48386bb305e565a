// Placeholder until this screen is built (issue 4); replaced in the same change.
export function RecordReviewRoute() {
  return <h1>Not built yet</h1>
}
