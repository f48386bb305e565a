import { usePageTitle } from '../ui/use-page-title'

// Placeholder until the screen is built.
export function ImportRoute() {
  usePageTitle('ImportRoute')
  return <p>Not built yet.</p>
}
