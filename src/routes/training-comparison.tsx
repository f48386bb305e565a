import { usePageTitle } from '../ui/use-page-title'

// Placeholder until the screen is built.
export function TrainingComparisonRoute() {
  usePageTitle('TrainingComparisonRoute')
  return <p>Not built yet.</p>
}
