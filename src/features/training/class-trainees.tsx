import { formatPercent } from '#domain/review/agreement'
import { traineeLabel } from '#domain/training/trainee-files'
import type { ClassTrainee } from '#domain/training/class-summary'
import { NOT_ALL_ITEMS_RATED } from '#domain/training/comparison'
import { signed } from './trainee'
import { ScrollRegion } from '../../ui/scroll-region'

/** Each trainee's agreement with the reference, total and band. */
export function ClassTrainees({
  trainees,
  showNames,
  itemCount,
}: {
  trainees: readonly ClassTrainee[]
  showNames: boolean
  itemCount: number
}) {
  return (
    <ScrollRegion label="Trainees’ agreement">
      <table className="data">
        <caption className="visually-hidden">Each trainee’s agreement with the reference</caption>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            <th scope="col">Items rated</th>
            <th scope="col">Exact agreement</th>
            <th scope="col">Within one point</th>
            <th scope="col">Total (difference)</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {trainees.map((trainee, index) => {
            const c = trainee.comparison
            return (
              <tr key={`${trainee.fileName}-${index}`}>
                <th scope="row">{traineeLabel(trainee, index, showNames)}</th>
                <td>
                  {c.itemsCompared} of {itemCount}
                </td>
                <td>{c.itemsCompared === 0 ? '' : formatPercent(c.exactPercent)}</td>
                <td>{c.itemsCompared === 0 ? '' : formatPercent(c.withinOnePercent)}</td>
                <td>
                  {c.traineeTotal === null || c.totalDifference === null
                    ? NOT_ALL_ITEMS_RATED
                    : `${c.traineeTotal} (${signed(c.totalDifference)})`}
                </td>
                <td>
                  {c.traineeBand === null
                    ? NOT_ALL_ITEMS_RATED
                    : `${c.traineeBand.label}${c.bandMatch ? ', matches' : ', differs from the reference'}`}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
