import { useId, useState, type ChangeEvent } from 'react'
import { MAX_LOGO_BYTES, type OrganisationLogo } from '#domain/settings/settings'
import { settingsRepo } from '../../storage/settings-repo'
import { readImageInfo, toBase64 } from './image-size'

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** The organisation logo for the report cover: imported from a file and kept on this device. */
export function LogoField({ logo }: { logo: OrganisationLogo | null }) {
  const inputId = useId()
  const hintId = useId()
  const [problem, setProblem] = useState<string | null>(null)

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    if (!file) return
    setProblem(null)
    try {
      if (file.size > MAX_LOGO_BYTES) {
        setProblem(`${file.name} is larger than 1 MB: choose a smaller PNG or JPEG.`)
        return
      }
      const bytes = new Uint8Array(await file.arrayBuffer())
      const info = readImageInfo(bytes)
      if (!info) {
        setProblem(`${file.name} is not a PNG or JPEG image.`)
        return
      }
      const dataUrl = `data:image/${info.type};base64,${toBase64(bytes)}`
      await settingsRepo.update({
        organisationLogo: { dataUrl, name: file.name, width: info.width, height: info.height },
      })
    } catch (error) {
      setProblem(`The logo could not be saved: ${message(error)}`)
    } finally {
      input.value = ''
    }
  }

  async function remove() {
    setProblem(null)
    try {
      await settingsRepo.update({ organisationLogo: null })
    } catch (error) {
      setProblem(`The logo could not be removed: ${message(error)}`)
    }
  }

  return (
    <fieldset className="report-logo">
      <legend>Organisation logo</legend>
      {logo ? (
        <div className="report-logo__current">
          <img src={logo.dataUrl} alt={`Organisation logo: ${logo.name}`} />
          <button type="button" className="button button--secondary" onClick={() => void remove()}>
            Remove logo
          </button>
        </div>
      ) : (
        <p>No logo: the cover shows the team and organisation names only.</p>
      )}
      <div className="field">
        <label htmlFor={inputId}>{logo ? 'Replace the logo' : 'Import a logo'}</label>
        <p id={hintId} className="field-hint">
          A PNG or JPEG of up to 1 MB. It stays on this device and is printed on the report’s cover.
        </p>
        <input
          id={inputId}
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={hintId}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  )
}
