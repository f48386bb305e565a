import { useCallback, useLayoutEffect, useRef } from 'react'
import { useScaleCatalogue } from '../../storage/live-scales'
import { ImportFileDropZone } from './import-file-drop-zone'
import { ImportPassphrase } from './import-passphrase'
import { ImportPreview } from './import-preview'
import { ImportRejection } from './import-rejection'
import { ImportResult } from './import-result'
import { useImport, type ImportStep } from './use-import'
import './exchange.css'

/**
 * Import a review file (e.g. a co-reviewer's copy) or a full backup: read, check, preview, and
 * only then, when the user presses Import, write everything in one transaction.
 */
export function ImportScreen() {
  const catalogue = useScaleCatalogue()
  const { find, loading } = catalogue
  const isScaleAvailable = useCallback((id: string, version: string) => find(id, version) !== undefined, [find])
  const importer = useImport(loading ? null : isScaleAvailable)
  const { step, plan } = importer
  const heading = useRef<HTMLHeadingElement>(null)
  const failureHeading = useRef<HTMLHeadingElement>(null)

  // After each step, focus goes to the heading of what is now shown, so keyboard and screen-reader users land on it.
  // Every transition sets a new step object, so the effect runs once per step; a layout effect, so focus
  // moves in the same commit that shows the heading.
  const target = focusTarget(step, plan !== null)
  useLayoutEffect(() => {
    if (target === 'failure') failureHeading.current?.focus()
    else if (target === 'heading') heading.current?.focus()
  }, [step, target])

  const busy =
    (step.kind === 'passphrase' && step.unlocking) ||
    step.kind === 'reading' ||
    step.kind === 'checking' ||
    (step.kind === 'preview' && step.importing)
  return (
    <div className="import-screen">
      <p>
        Import a review a co-reviewer sent you, or restore a full backup. The whole file is checked and you see what
        would change before anything is stored. Importing never deletes anything on this device.
      </p>
      <ImportFileDropZone
        disabled={busy}
        onFile={(file) => void importer.chooseFile(file)}
        onRefuse={importer.refuse}
      />
      {/* Announced once per stage; the progress bar is outside the live region so each percent is not read out. */}
      <div role="status" aria-live="polite">
        {step.kind === 'passphrase' && step.unlocking && <p>Opening {step.fileName} with the passphrase…</p>}
        {step.kind === 'reading' && <p>Reading {step.fileName}…</p>}
        {(step.kind === 'checking' || (step.kind === 'preview' && plan === null)) && <p>Checking the file…</p>}
      </div>
      {step.kind === 'passphrase' && (
        <ImportPassphrase
          fileName={step.fileName}
          unlocking={step.unlocking}
          problem={step.problem}
          onUnlock={(passphrase) => void importer.unlock(passphrase)}
          onCancel={importer.reset}
        />
      )}
      {step.kind === 'reading' && <ReadingProgress loaded={step.loaded} total={step.total} />}
      {step.kind === 'rejected' && (
        <ImportRejection fileName={step.fileName} reason={step.reason} problems={step.problems} headingRef={heading} />
      )}
      {step.kind === 'failed' && (
        <div className="problems" role="alert">
          <h2 ref={heading} tabIndex={-1}>
            {step.fileName} was not imported
          </h2>
          <p>{step.message}</p>
          <p>Nothing was changed on this device.</p>
        </div>
      )}
      {step.kind === 'preview' && plan && (
        <ImportPreview
          loaded={step.loaded}
          plan={plan}
          choices={importer.choices}
          teamLinks={importer.teamLinks}
          importing={step.importing}
          failure={step.failure}
          headingRef={heading}
          failureRef={failureHeading}
          onChoose={importer.choose}
          onImport={() => void importer.confirmImport()}
          onCheckAgain={() => void importer.checkAgain()}
          onCancel={importer.reset}
        />
      )}
      {step.kind === 'imported' && (
        <ImportResult
          loaded={step.loaded}
          plan={step.plan}
          choices={step.choices}
          headingRef={heading}
          onAnother={importer.reset}
        />
      )}
    </div>
  )
}

/** Where focus belongs for this step; null while something is still under way. */
function focusTarget(step: ImportStep, planned: boolean): 'heading' | 'failure' | null {
  switch (step.kind) {
    case 'rejected':
    case 'failed':
    case 'imported':
      return 'heading'
    case 'preview':
      if (step.failure) return 'failure'
      return planned && !step.importing ? 'heading' : null
    default:
      return null
  }
}

function ReadingProgress({ loaded, total }: { loaded: number; total: number }) {
  const percent = total > 0 ? Math.round((loaded / total) * 100) : 0
  return (
    <div className="import-progress">
      <progress aria-label="Reading the file" max={total || 1} value={loaded} />
      <span aria-hidden="true">{percent}%</span>
    </div>
  )
}
