import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NextReview } from '#domain/network/due-reviews'
import type { FinalTotal, NetworkTeam } from '#domain/network/network-teams'
import { findScale } from '#domain/scale/catalogue'
import { parseCsv } from '#domain/text/csv'
import { computeResults } from '#domain/scoring/results'
import { downloadBlob } from '../../../src/app/files/download'
import { NetworkDashboard } from '../../../src/features/network/network-dashboard'
import { allScores } from '../../domain/scoring/results-helpers'
import { blobText } from '../data/helpers'

vi.mock('../../../src/app/files/download', () => ({ downloadBlob: vi.fn() }))
const download = vi.mocked(downloadBlob)
afterEach(() => {
  cleanup()
  download.mockReset()
})

const uk = findScale('ips-uk', '1.0.0')!
const today = '2026-12-05'

function entry(
  id: string,
  name: string,
  organisation: string,
  locality: string,
  scores: Record<string, number | null> | null,
  nextReview: NextReview | null = null,
): NetworkTeam {
  const results = scores && computeResults(uk, scores)
  return {
    team: { id, name, organisation, locality },
    latest: scores &&
      results && {
        teamId: id,
        teamName: name,
        reviewId: `review-${id}`,
        visitStart: '2026-02-02',
        total: results.complete ? results.total : null,
        band: results.complete ? results.band : null,
        scores,
      },
    nextReview,
  }
}

// Northgate: 23 × 4 + 2 + 3 = 97 (Fair); Eastfield: 24 × 5 + 3 = 123 (Exemplary); Westbrook: item 1 not scored.
const teams = [
  entry('a', 'Northgate CRT', 'Northgate NHS Trust', 'North', allScores(uk, 4, { 5: 2, 17: 3 }), {
    date: '2027-01-10',
    state: 'not-due',
  }),
  entry('b', 'Eastfield EIP', 'Eastfield Council', 'East', allScores(uk, 5, { 5: 3 }), {
    date: '2026-11-01',
    state: 'overdue',
  }),
  entry('c', 'Westbrook CMHT', 'Northgate NHS Trust', 'West', allScores(uk, 4, { 1: null }), {
    date: '2027-06-01',
    state: 'not-due',
  }),
  entry('d', 'Southmoor Team', 'Southmoor Trust', 'South', null),
]
const finalTotals: FinalTotal[] = [
  { teamId: 'a', visitStart: '2025-02-01', total: 90 },
  { teamId: 'a', visitStart: '2026-02-02', total: 97 },
  { teamId: 'b', visitStart: '2026-02-02', total: 123 },
  { teamId: 'c', visitStart: '2026-02-02', total: null },
]

function renderDashboard(props: Partial<Parameters<typeof NetworkDashboard>[0]> = {}) {
  return render(
    <MemoryRouter>
      <NetworkDashboard teams={teams} finalTotals={finalTotals} scale={uk} today={today} {...props} />
    </MemoryRouter>,
  )
}

const rowCells = (table: HTMLElement, name: string | RegExp) =>
  within(within(table).getByRole('row', { name }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

describe('network dashboard', () => {
  it('shows each team’s scores as numbers in a heat map with item and team headers', () => {
    renderDashboard()
    const table = screen.getByRole('table', { name: /Scores by team and item/ })
    expect(within(table).getByRole('columnheader', { name: 'Item 5: ' + uk.items[4]!.title })).toBeInTheDocument()
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    // By name; a team without a final independent review has no row.
    expect(rows).toEqual(['Eastfield EIP', 'Northgate CRT', 'Westbrook CMHT'])
    const northgate = rowCells(table, /^Northgate CRT/)
    expect(northgate.slice(0, 5)).toEqual(['4', '4', '4', '4', '2'])
    expect(northgate[16]).toBe('3')
    expect(northgate.slice(-2)).toEqual(['97', 'Fair fidelity'])
    const westbrook = rowCells(table, /^Westbrook CMHT/)
    expect(westbrook[0]).toBe('–Not scored')
    expect(westbrook.slice(-2)).toEqual(['Not complete', 'Not complete'])
    // The colour repeats the number: the class follows the score.
    expect(within(table).getAllByRole('cell', { name: '2' })[0]).toHaveClass('heat--2')
    expect(screen.getByRole('region', { name: 'Scores by team and item' })).toHaveAttribute('tabindex', '0')
  })

  it('counts bands in words, the incomplete team apart', () => {
    renderDashboard()
    const bands = within(screen.getByRole('list', { name: 'Bands' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(bands).toEqual([
      'Exemplary fidelity (115-125): 1 team',
      'Good fidelity (100-114): 0 teams',
      'Fair fidelity (74-99): 1 team',
      'Not IPS (25-73): 0 teams',
      'Not complete (an item not scored): 1 team',
    ])
  })

  it('lists the items most often scored 3 or lower and the median of each item', () => {
    renderDashboard()
    const weakest = within(screen.getByRole('list', { name: 'Items most often scored 3 or lower' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(weakest).toEqual([`5. ${uk.items[4]!.title}: 2 teams of 3`, `17. ${uk.items[16]!.title}: 1 team of 3`])
    const medians = screen.getByRole('table', { name: 'Network median per item' })
    // Item 1: Westbrook did not score it, so the median of 4 and 5 is 4.5.
    expect(rowCells(medians, /^1\. /)).toEqual(['4.5', '2', '0'])
    expect(rowCells(medians, /^5\. /)).toEqual(['3', '3', '2'])
  })

  it('gives the mean total per year over every final independent review', () => {
    renderDashboard()
    const trend = screen.getByRole('table', { name: /Mean total per year/ })
    expect(rowCells(trend, /^2025/)).toEqual(['90', '1'])
    expect(rowCells(trend, /^2026/)).toEqual(['110', '2'])
  })

  it('lists reviews overdue and due in the next 90 days, not those further off', () => {
    renderDashboard()
    const overdue = within(screen.getByRole('list', { name: 'Overdue (1)' })).getByRole('listitem')
    expect(overdue).toHaveTextContent('Eastfield EIP: 1 November 2026 (34 days overdue)')
    const soon = within(screen.getByRole('list', { name: 'Due in the next 90 days (1)' })).getByRole('listitem')
    expect(soon).toHaveTextContent('Northgate CRT: 10 January 2027 (in 36 days)')
    expect(within(soon).getByRole('link', { name: 'Northgate CRT' })).toHaveAttribute('href', '/teams/a')
    expect(screen.queryByText(/Westbrook CMHT: /)).not.toBeInTheDocument()
  })

  it('narrows every figure to the organisation or locality chosen', async () => {
    const user = userEvent.setup()
    renderDashboard()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organisation' }), 'Northgate NHS Trust')
    expect(screen.getByText(/^\d+ teams? shown/)).toHaveTextContent('2 teams shown, 2 with a final independent review.')
    const table = screen.getByRole('table', { name: /Scores by team and item/ })
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Northgate CRT', 'Westbrook CMHT'])
    expect(rowCells(screen.getByRole('table', { name: 'Network median per item' }), /^5\. /)).toEqual(['3', '2', '1'])
    expect(rowCells(screen.getByRole('table', { name: /Mean total per year/ }), /^2026/)).toEqual(['97', '1'])
    expect(screen.getByRole('heading', { name: 'Overdue (0)' })).toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Locality' }), 'East')
    expect(screen.getByText(/No team in this selection has a final independent review/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('says so when no team has a final independent review', () => {
    renderDashboard({ teams: [teams[3]!], finalTotals: [] })
    expect(screen.getByText(/No team has a final independent review yet/)).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Download as CSV' })).not.toBeInTheDocument()
  })

  it('downloads the teams shown as a spreadsheet-safe CSV, one row per team', async () => {
    const user = userEvent.setup()
    renderDashboard()
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }))
    expect(download).toHaveBeenCalledTimes(1)
    const [blob, fileName] = download.mock.calls[0]!
    expect(fileName).toBe('ips-network-2026-12-05.csv')
    expect(blob.type).toBe('text/csv;charset=utf-8')
    expect(screen.getByText('Downloaded ips-network-2026-12-05.csv with 4 teams.')).toBeInTheDocument()
    const parsed = parseCsv(await blobText(blob))
    if (!parsed.ok) throw new Error(parsed.message)
    const rows = parsed.rows.map((row) => row.cells)
    expect(rows.map((row) => row[0])).toEqual([
      'Team',
      'Eastfield EIP',
      'Northgate CRT',
      'Southmoor Team',
      'Westbrook CMHT',
    ])
    const northgate = rows[2]!
    expect(northgate[4 + 4]).toBe('2')
    expect(northgate.slice(-4)).toEqual(['97', 'Fair fidelity', '2027-01-10', 'Not due yet'])
    expect(rows[1]!.slice(-4)).toEqual(['123', 'Exemplary fidelity', '2026-11-01', 'Overdue'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Locality' }), 'West')
    await user.click(screen.getByRole('button', { name: 'Download as CSV' }))
    const again = parseCsv(await blobText(download.mock.calls[1]![0]))
    expect(again.ok && again.rows.map((row) => row.cells[0])).toEqual(['Team', 'Westbrook CMHT'])
  })
})
