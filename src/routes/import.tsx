import { usePageTitle } from '../ui/use-page-title'
import { ImportScreen } from '../features/exchange/import-screen'

export function ImportRoute() {
  usePageTitle('Import a review or backup')
  return (
    <section className="page" aria-labelledby="import-heading">
      <h1 id="import-heading">Import a review or backup</h1>
      <ImportScreen />
    </section>
  )
}
