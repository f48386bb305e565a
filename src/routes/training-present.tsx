import { Link, useParams } from 'react-router'
import { paths } from '../app/paths'
import { findPracticeCase } from '#domain/practice/catalogue'
import { PresentationView } from '../features/training/presentation-view'
import { useScaleCatalogue } from '../storage/live-scales'
import { usePageTitle } from '../ui/use-page-title'

function CaseNotFound({ reason }: { reason: string }) {
  usePageTitle('Practice case not found')
  return (
    <section className="page empty-state" aria-labelledby="case-not-found">
      <h1 id="case-not-found">Practice case not found</h1>
      <p>{reason}</p>
      <Link to={paths.training()}>Back to training</Link>
    </section>
  )
}

export function TrainingPresentRoute() {
  const { caseId = '', itemId = '' } = useParams()
  const practiceCase = findPracticeCase(caseId)
  const scales = useScaleCatalogue()
  if (!practiceCase) return <CaseNotFound reason="There is no such practice case in this version of the app." />
  if (scales.loading) return <p aria-busy="true">Loading the scale…</p>
  const scale = scales.find(practiceCase.scaleId, practiceCase.scaleVersion)
  if (!scale) return <CaseNotFound reason="The scale this practice case is scored on is not on this device." />
  return <PresentationView practiceCase={practiceCase} scale={scale} itemId={itemId} />
}
