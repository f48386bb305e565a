import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'
import type { RenderOptions } from './render-report'

export type ReportFonts = RenderOptions['font']

async function fetchFont(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`the report font could not be loaded (${response.status})`)
  return response.arrayBuffer()
}

/**
 * DejaVu Sans, bundled with the app and precached by the service worker, so it loads offline.
 * Here rather than in a feature so that any screen's PDF (a class summary, say) can load it.
 */
export async function loadReportFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
  return { regular, bold }
}
