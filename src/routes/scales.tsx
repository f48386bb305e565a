import { Link } from 'react-router'
import { paths } from '../app/paths'
import { usePageTitle } from '../ui/use-page-title'
import { ScaleCatalogue } from '../features/scales/scale-catalogue'

export function ScalesRoute() {
  usePageTitle('Scales')
  return (
    <section className="page" aria-labelledby="scales-heading">
      <h1 id="scales-heading">Scales</h1>
      <p>
        The fidelity scale versions on this device. Every review keeps the exact scale and version it was started with,
        so it always scores the same way. Built-in scales are our own wording of the published scale; items marked
        unverified were recalled rather than checked against the published text.
      </p>
      <ScaleCatalogue />
      <p>
        To add your organisation's licensed wording, use <Link to={paths.settings()}>Settings: import a scale</Link>.
      </p>
    </section>
  )
}
