import { render } from '@testing-library/react'
import { MemoryRouter, Route, Routes } from 'react-router'
import { routePatterns } from '../../../src/app/paths'
import { ReviewItemRoute } from '../../../src/routes/review-item'
import { RecordReviewRoute } from '../../../src/routes/record-review'
import { CoverageRoute } from '../../../src/routes/coverage'
import { teamsRepo } from '../../../src/storage/teams-repo'
import { reviewsRepo } from '../../../src/storage/reviews-repo'
import { now, reviewInput, teamInput } from '../../storage/fresh-database'

/** A team and a review on the bundled UK scale. */
export async function ukReview() {
  const team = await teamsRepo.create(teamInput(), now)
  return reviewsRepo.create(reviewInput(team.id, { scaleId: 'ips-uk', scaleVersion: '1.0.0' }), now)
}

/** Renders the evidence screens at a URL, as the app's router would. */
export function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <Routes>
        <Route path={routePatterns.reviewItem} element={<ReviewItemRoute />} />
        <Route path={routePatterns.recordReview} element={<RecordReviewRoute />} />
        <Route path={routePatterns.coverage} element={<CoverageRoute />} />
        <Route path="*" element={<p>Elsewhere</p>} />
      </Routes>
    </MemoryRouter>,
  )
}
