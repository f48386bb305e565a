import type { HeatMap } from '#domain/network/network-items'
import type { TeamResult } from '#domain/network/network-items'
import { Link } from 'react-router'
import { paths } from '../../app/paths'
import { ScrollRegion } from '../../ui/scroll-region'

const scoreWords = (score: number | null) => (score === null ? 'Not scored' : String(score))

/**
 * Teams by items as a real table: every cell carries its number, and the colour only repeats it (darker
 * and warmer is lower), so nothing depends on seeing colour. Row headers are team names, column headers
 * item numbers with the title for screen readers and on hover.
 */
export function NetworkHeatMap({ map, teams }: { map: HeatMap; teams: ReadonlyMap<string, TeamResult> }) {
  return (
    <section aria-labelledby="network-heat-map">
      <h2 id="network-heat-map">Heat map</h2>
      <p id="network-heat-map-key" className="field-hint">
        Each cell shows the item’s score in the team’s latest final independent review; its colour repeats it, from{' '}
        <span className="heat heat--1">1</span> to <span className="heat heat--5">5</span>. A dash is an item not
        scored.
      </p>
      <ScrollRegion label="Scores by team and item" describedBy="network-heat-map-key" className="heat-map">
        <table className="results-table heat-map__table">
          <caption>Scores by team and item (latest final independent review)</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              {map.items.map((item) => (
                <th scope="col" key={item.id} title={`${item.number}. ${item.title}`}>
                  <span aria-hidden="true">{item.number}</span>
                  <span className="visually-hidden">
                    Item {item.number}: {item.title}
                  </span>
                </th>
              ))}
              <th scope="col">Total</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => {
              const team = teams.get(row.teamId)
              return (
                <tr key={row.teamId}>
                  <th scope="row">
                    <Link to={paths.reviewResults(row.reviewId)}>{row.teamName}</Link>
                  </th>
                  {row.cells.map((score, index) => (
                    <td key={map.items[index]!.id} className={score === null ? 'heat' : `heat heat--${score}`}>
                      {score === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{scoreWords(score)}</span>
                        </>
                      ) : (
                        score
                      )}
                    </td>
                  ))}
                  <td>{team?.total ?? 'Not complete'}</td>
                  <td>{team?.band?.label ?? 'Not complete'}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  )
}
