import { useCallback, useEffect, useRef, useState } from 'react'
import { buildReportModel } from '#domain/report-model/model'
import type { Review } from '#domain/review/review'
import type { OrganisationLogo } from '#domain/settings/settings'
import { loadReportInput, type FindScale } from './load-report-input'
import { loadReportFonts } from '../../report/report-fonts'
import { wordFileName } from '#domain/text/file-names'
import { downloadBlob } from '../../app/files/download'

export interface ReportChoices {
  pageSize: 'a4' | 'letter'
  includeEvidence: boolean
  logo: OrganisationLogo | null
}

export type ReportState =
  | { status: 'idle' }
  | { status: 'working'; fraction: number }
  | { status: 'ready'; blob: Blob; fileName: string; previewUrl: string | null }
  | { status: 'failed'; message: string }

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

// Preview only where the browser can make object URLs; download works regardless.
const previewUrlFor = (blob: Blob) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(blob) : null)

/** The report model for the reviewers' choices, and the logo as the renderers take it (both formats alike). */
async function reportFor(review: Review, findScale: FindScale, choices: ReportChoices) {
  const input = await loadReportInput(review, findScale)
  const model = buildReportModel(input, { includeEvidence: choices.includeEvidence, now: new Date() })
  const logo = choices.logo && { dataUrl: choices.logo.dataUrl, width: choices.logo.width, height: choices.logo.height }
  return { model, logo }
}

/**
 * Starts a request and gives a check of whether it is still the latest: a newer request, or leaving the page,
 * makes an older one's result irrelevant, so it is neither shown nor downloaded.
 */
function useLatestRequest(): () => () => boolean {
  const request = useRef(0)
  useEffect(() => () => void (request.current += 1), [])
  return useCallback(() => {
    const id = (request.current += 1)
    return () => id === request.current
  }, [])
}

/** Builds the report model, then renders it in a worker; the renderer is loaded only now, on request. */
export function useReportGeneration(review: Review, findScale: FindScale) {
  const [state, setState] = useState<ReportState>({ status: 'idle' })
  const startRequest = useLatestRequest()

  const previewUrl = state.status === 'ready' ? state.previewUrl : null
  useEffect(() => {
    return () => {
      if (previewUrl) URL.revokeObjectURL(previewUrl)
    }
  }, [previewUrl])

  const generate = useCallback(
    async (choices: ReportChoices) => {
      const current = startRequest()
      setState({ status: 'working', fraction: 0 })
      try {
        const { model, logo } = await reportFor(review, findScale, choices)
        const [font, client] = await Promise.all([loadReportFonts(), import('../../report/report-client')])
        const blob = await client.generateReport(model, { pageSize: choices.pageSize, font, logo }, (fraction) => {
          if (current()) setState({ status: 'working', fraction })
        })
        if (current()) setState({ status: 'ready', blob, fileName: model.fileName, previewUrl: previewUrlFor(blob) })
      } catch (error) {
        if (current()) setState({ status: 'failed', message: `The report could not be created: ${describe(error)}` })
      }
    },
    [review, findScale, startRequest],
  )

  return { state, generate }
}

export type WordState =
  | { status: 'idle' }
  | { status: 'working'; fraction: number }
  | { status: 'downloaded'; fileName: string }
  | { status: 'failed'; message: string }

/** The report as a Word file, from the same model as the PDF, downloaded as soon as it is made. */
export function useWordGeneration(review: Review, findScale: FindScale) {
  const [state, setState] = useState<WordState>({ status: 'idle' })
  const startRequest = useLatestRequest()

  const generate = useCallback(
    async (choices: ReportChoices) => {
      const current = startRequest()
      setState({ status: 'working', fraction: 0 })
      try {
        const { model, logo } = await reportFor(review, findScale, choices)
        const client = await import('../../report/report-client')
        const blob = await client.generateReportDocx(model, { pageSize: choices.pageSize, logo }, (fraction) => {
          if (current()) setState({ status: 'working', fraction })
        })
        if (!current()) return
        const fileName = wordFileName(model.fileName)
        downloadBlob(blob, fileName)
        setState({ status: 'downloaded', fileName })
      } catch (error) {
        if (current()) setState({ status: 'failed', message: `The Word file could not be created: ${describe(error)}` })
      }
    },
    [review, findScale, startRequest],
  )

  return { state, generate }
}
