import { cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { ScaleImport } from '../../../src/features/settings/scale-import'
import { bundledScales } from '#domain/scale/catalogue'
import { scalesRepo } from '../../../src/storage/scales-repo'
import { useFreshDatabase } from '../../storage/fresh-database'
import { renderRoute } from '../../render-route'

useFreshDatabase()
// Unmount before the database is deleted, so live queries never read a closed database.
afterEach(() => cleanup())
const uk = bundledScales.find((scale) => scale.id === 'ips-uk')!

function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' })
}

function renderImport() {
  renderRoute([{ path: '/', element: <ScaleImport /> }])
  return screen.getByLabelText('Scale file (JSON)')
}

describe('importing a scale file', () => {
  it('rejects a malformed scale with a list of problems and stores nothing', async () => {
    const broken = structuredClone({ ...uk, version: '1.1.0' })
    broken.items[0]!.anchors.pop()
    broken.items.splice(10, 1)
    await userEvent.upload(renderImport(), jsonFile('broken.json', broken))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('broken.json was not imported')
    expect(alert).toHaveTextContent('Nothing was stored')
    expect(alert).toHaveTextContent('items.0.anchors')
    expect(await scalesRepo.listImported()).toEqual([])
  })

  it('rejects a file that is not JSON', async () => {
    await userEvent.upload(renderImport(), jsonFile('notes.json', '{"id": "ips-uk", '))
    expect(await screen.findByRole('alert')).toHaveTextContent('not a valid JSON file')
    expect(await scalesRepo.listImported()).toEqual([])
  })

  it('stores a valid scale with a new version and says so', async () => {
    await userEvent.upload(
      renderImport(),
      jsonFile('licensed.json', { ...uk, version: '1.0.1', title: 'Licensed UK scale' }),
    )
    expect(await screen.findByText(/Imported Licensed UK scale, version 1.0.1/)).toBeInTheDocument()
    const stored = await scalesRepo.listImported()
    expect(stored.map((row) => `${row.id}@${row.version}`)).toEqual(['ips-uk@1.0.1'])
  })
})
