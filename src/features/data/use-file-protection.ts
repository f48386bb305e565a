import { useState } from 'react'
import { AGE_FILE_EXTENSION, passphraseProblem, protectBytes } from '../../app/files/age-file'

/** A file ready to hand over: protected (name ending .age) or as it was. */
export type ProtectedFile =
  { ok: true; blob: Blob; fileName: string; protected: boolean } | { ok: false; message: string }

/**
 * The passphrase step every download of review data shares (export, co-reviewer file, backup). Protection
 * is on by default while the data holds evidence text, and while that is still being counted; the user's
 * own choice then stands. Problems with the passphrase show only once a download is asked for.
 */
export function useFileProtection(holdsEvidenceText: boolean | undefined) {
  const [chosen, setChosen] = useState<boolean | null>(null)
  const [passphrase, setPassphrase] = useState('')
  const [confirmation, setConfirmation] = useState('')
  const [asked, setAsked] = useState(false)
  const protect = chosen ?? holdsEvidenceText ?? true
  const problem = protect ? passphraseProblem(passphrase, confirmation) : null

  /** False (and the problem shown) when the passphrase will not do; call before reading anything. */
  function ready(): boolean {
    setAsked(true)
    return problem === null
  }

  /** Encrypts the file's bytes when protection is on; the passphrase fields are cleared once it is used. */
  async function protectFile(content: Blob, fileName: string): Promise<ProtectedFile> {
    if (!protect) return { ok: true, blob: content, fileName, protected: false }
    const result = await protectBytes(new Uint8Array(await content.arrayBuffer()), passphrase)
    if (!result.ok) return { ok: false, message: result.message }
    setPassphrase('')
    setConfirmation('')
    setAsked(false)
    return {
      ok: true,
      blob: new Blob([result.bytes], { type: 'application/octet-stream' }),
      fileName: `${fileName}${AGE_FILE_EXTENSION}`,
      protected: true,
    }
  }

  return {
    protect,
    setProtect: setChosen,
    passphrase,
    setPassphrase,
    confirmation,
    setConfirmation,
    problem: asked ? problem : null,
    holdsEvidenceText,
    ready,
    protectFile,
  }
}

export type FileProtection = ReturnType<typeof useFileProtection>
