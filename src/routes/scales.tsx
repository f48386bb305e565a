import { usePageTitle } from '../ui/use-page-title'
import { ScaleCatalogue } from '../features/scales/scale-catalogue'

export function ScalesRoute() {
  usePageTitle('Scales')
  return (
    <section className="page" aria-labelledby="scales-heading">
      <h1 id="scales-heading">Scales</h1>
      <ScaleCatalogue />
    </section>
  )
}
