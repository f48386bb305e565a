import { formatKappa, formatPercent } from '#domain/review/agreement'
import type { AgreementSnapshot } from '#domain/review/review'
import { formatDateTime } from '../../ui/format'

/** How closely the two reviewers' independent ratings agreed, as kept with the review. */
export function AgreementFigures({ agreement }: { agreement: AgreementSnapshot }) {
  return (
    <section className="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement between the reviewers</h2>
      <dl className="agreement__figures">
        <div>
          <dt>Exact agreement</dt>
          <dd>
            {formatPercent(agreement.exactPercent)}{' '}
            <span className="muted">
              ({agreement.exactCount} of {agreement.itemsCompared} items)
            </span>
          </dd>
        </div>
        <div>
          <dt>Within one point</dt>
          <dd>
            {formatPercent(agreement.withinOnePercent)}{' '}
            <span className="muted">
              ({agreement.withinOneCount} of {agreement.itemsCompared} items)
            </span>
          </dd>
        </div>
        <div>
          <dt>Weighted kappa</dt>
          <dd>{formatKappa(agreement.weightedKappa)}</dd>
        </div>
      </dl>
      <p className="muted">
        From the independent ratings, recorded {formatDateTime(agreement.computedAt)}. Weighted kappa is quadratic
        weighted: 1 is perfect agreement, 0 is what chance alone would give.
      </p>
    </section>
  )
}
