import { usePageTitle } from '../ui/use-page-title'

// Placeholder until the screen is built.
export function TrainingClassRoute() {
  usePageTitle('TrainingClassRoute')
  return <p>Not built yet.</p>
}
