import { screen } from '@testing-library/react'
import { paths, routePatterns } from '../../../src/app/paths'
import type { ExchangeFile } from '#domain/exchange/file'
import { emptyImportWrites } from '#domain/import/plan'
import { ImportRoute } from '../../../src/routes/import'
import { exchangeRepo } from '../../../src/storage/exchange-repo'
import { gzipText } from '../../../src/app/files/gzip'
import { renderRoute, stub } from '../../render-route'

/** The import screen at /import, with stubs for the pages its result links to. */
export function renderImportScreen() {
  const { router } = renderRoute(
    [
      { path: routePatterns.importData, element: <ImportRoute /> },
      { path: routePatterns.review, element: stub('Review page') },
      { path: routePatterns.home, element: stub('Teams') },
    ],
    paths.importData(),
  )
  return { router, input: screen.getByLabelText('Review or backup file (JSON)') }
}

export function jsonFile(name: string, value: unknown): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' })
}

/** A file gzip-compressed as the app saves a backup. */
export async function gzipFile(name: string, value: unknown): Promise<File> {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return new File([await gzipText(text)], name, { type: 'application/gzip' })
}

/** Puts a file's rows on the device as they are, as if this device had made them. */
export async function putOnDevice(file: ExchangeFile): Promise<void> {
  const rows = file.kind === 'backup' ? file.data : { ...file.data, importedScales: [], outcomes: [], settings: null }
  await exchangeRepo.applyImport(rows, emptyImportWrites())
}

/** Everything on the device, to compare before and after. */
export function deviceContents() {
  return exchangeRepo.readBackup()
}
