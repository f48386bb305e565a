import { useParams } from 'react-router'
import { findScale } from '../domain/scale-catalogue'
import { usePageTitle } from '../ui/use-page-title'
import { NotFoundRoute } from './not-found'

export function ScaleItemRoute() {
  const { scaleId = '', version = '', itemId = '' } = useParams()
  const scale = findScale(scaleId, version)
  const item = scale?.items.find((candidate) => candidate.id === itemId)
  usePageTitle(item ? `${item.number}. ${item.title}` : 'Item not found')
  if (!scale || !item) return <NotFoundRoute />
  return (
    <section className="page" aria-labelledby="item-heading">
      <h1 id="item-heading">
        {item.number}. {item.title}
      </h1>
      <p>{item.criterion}</p>
      <ol>
        {item.anchors.map((anchor) => (
          <li key={anchor.score} value={anchor.score}>
            {anchor.text}
          </li>
        ))}
      </ol>
    </section>
  )
}
