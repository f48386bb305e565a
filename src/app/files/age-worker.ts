import { decryptFile, encryptFile, type AgeRequest, type AgeResult } from './age-file'

// The DOM lib types `self` as a Window; in this file it is a dedicated worker's scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AgeRequest>) => void) | null
  postMessage: (message: AgeResult, transfer?: Transferable[]) => void
}

/** scrypt takes a second or more by design: here it keeps the page's typing and progress moving meanwhile. */
scope.onmessage = async (event) => {
  const request = event.data
  const result =
    request.op === 'protect'
      ? await encryptFile(request.bytes, request.passphrase)
      : await decryptFile(request.bytes, request.passphrase)
  scope.postMessage(result, result.ok ? [result.bytes.buffer] : [])
}
