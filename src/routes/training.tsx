import { usePageTitle } from '../ui/use-page-title'

// Placeholder until the screen is built.
export function TrainingRoute() {
  usePageTitle('TrainingRoute')
  return <p>Not built yet.</p>
}
