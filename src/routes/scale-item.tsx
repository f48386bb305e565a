import { useCallback } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { paths } from '../app/paths'
import { neighbours } from '#domain/scale/search'
import { usePageTitle } from '../ui/use-page-title'
import { useArrowKeys } from '../ui/use-arrow-keys'
import { useSettings } from '../storage/live-settings'
import { useScaleCatalogue } from '../storage/live-scales'
import { ScaleItemView } from '../features/scales/scale-item-view'
import { ScaleItemNav } from '../features/scales/scale-item-nav'
import { LargeTypeToggle } from '../features/scales/large-type-toggle'
import { NotFoundRoute } from './not-found'

export function ScaleItemRoute() {
  const { scaleId = '', version = '', itemId = '' } = useParams()
  const navigate = useNavigate()
  const catalogue = useScaleCatalogue()
  const settings = useSettings()
  const scale = catalogue.find(scaleId, version)
  const item = scale?.items.find((candidate) => candidate.id === itemId)
  const { previous, next } = scale ? neighbours(scale, itemId) : {}
  const go = useCallback(
    (target?: { id: string }) => target && navigate(paths.scaleItem(scaleId, version, target.id)),
    [navigate, scaleId, version],
  )
  useArrowKeys({
    onPrevious: previous ? () => void go(previous) : undefined,
    onNext: next ? () => void go(next) : undefined,
  })
  usePageTitle(item ? `${item.number}. ${item.title}` : catalogue.loading ? 'Scale' : 'Item not found')

  if (!scale || !item) return catalogue.loading ? <p aria-busy="true">Loading scale…</p> : <NotFoundRoute />
  return (
    <div className={`scale-browser${settings?.largeText ? ' large-type' : ''}`}>
      <ScaleItemNav scale={scale} currentItemId={item.id} />
      <div className="scale-browser__main">
        <div className="toolbar">
          <Link to={paths.scales()}>All scales</Link>
          <LargeTypeToggle largeText={settings?.largeText ?? false} />
        </div>
        <ScaleItemView scale={scale} item={item} />
        <nav className="pager" aria-label="Previous and next item">
          {previous && (
            <Link to={paths.scaleItem(scaleId, version, previous.id)} rel="prev">
              ← {previous.number}. {previous.title}
            </Link>
          )}
          {next && (
            <Link to={paths.scaleItem(scaleId, version, next.id)} rel="next">
              {next.number}. {next.title} →
            </Link>
          )}
        </nav>
        <p className="muted keyboard-hint">Tip: the left and right arrow keys move between items.</p>
      </div>
    </div>
  )
}
