import { usePageTitle } from '../ui/use-page-title'

// Placeholder until the screen is built.
export function TrainingPresentRoute() {
  usePageTitle('TrainingPresentRoute')
  return <p>Not built yet.</p>
}
