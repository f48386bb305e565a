import { cleanup } from '@testing-library/react'
import type { RouteObject } from 'react-router'
import { afterEach, beforeEach, type Mock } from 'vitest'
import { routePatterns } from '../../../src/app/paths'
import { SettingsRoute } from '../../../src/routes/settings'
import { ReviewRoute } from '../../../src/routes/review'
import { renderRoute, stub } from '../../render-route'
import { useFreshDatabase } from '../../storage/fresh-database'

/**
 * The set-up every data screen test file shares: a fresh database, an empty localStorage (where the change
 * marker lives), the screen unmounted after each test, and `download` (the file's mocked downloadBlob) cleared.
 */
export function useDataScreenTests(download: Mock) {
  useFreshDatabase()
  beforeEach(() => {
    download.mockReset()
    localStorage.clear()
  })
  afterEach(() => {
    cleanup()
    localStorage.clear()
  })
}

/** The settings and review screens at their real addresses, with stubs where their links lead. */
export function renderDataScreen(path: string, extra: RouteObject[] = []) {
  return renderRoute(
    [
      { path: routePatterns.settings, element: <SettingsRoute /> },
      { path: routePatterns.review, element: <ReviewRoute /> },
      { path: routePatterns.importData, element: stub('Import') },
      { path: routePatterns.home, element: stub('Teams') },
      ...extra,
    ],
    path,
  ).router
}

/** The text of a file handed to downloadBlob, read as UTF-8 bytes so a byte-order mark is kept. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}

export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobBytes(blob))
}
