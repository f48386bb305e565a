/**
 * Files protected with a passphrase, in the age format (https://age-encryption.org/v1): scrypt from the
 * passphrase, ChaCha20-Poly1305 for the content, so the same file opens with the `age` command-line tool
 * (`age --decrypt file.age`). The age-encryption package is loaded only when a file is encrypted or opened,
 * so it stays out of the first screen's code. Never throws: every failure is a result with a code and words.
 */

/** The first line of every age file; an armored (text) age file starts with the second. */
export const AGE_HEADER = 'age-encryption.org/v1'
const AGE_ARMOR_HEADER = '-----BEGIN AGE ENCRYPTED FILE-----'

/** The file name's ending the age tool and its users expect. */
export const AGE_FILE_EXTENSION = '.age'

/** Shorter passphrases are refused when a file is protected: scrypt slows guessing, it cannot make "1234" safe. */
export const MIN_PASSPHRASE_LENGTH = 8

export type AgeErrorCode = 'empty-passphrase' | 'wrong-passphrase' | 'not-passphrase' | 'damaged' | 'failed'

export type AgeResult =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; code: AgeErrorCode; message: string }

export const ageErrorMessages: Record<AgeErrorCode, string> = {
  'empty-passphrase': 'Enter the passphrase.',
  'wrong-passphrase':
    'That passphrase does not open this file. Check it with the person who sent the file (capital letters and spaces count) and try again.',
  'not-passphrase':
    'This file is encrypted for a key, not with a passphrase, so this app cannot open it. Ask the sender to protect it with a passphrase instead.',
  damaged:
    'The file is damaged: it is cut short or has been changed since it was protected, so it cannot be opened. Copy it again from where it was saved, or ask for it again.',
  failed: 'The file could not be protected or opened on this device. Reload the page and try again.',
}

const failure = (code: AgeErrorCode): AgeResult => ({ ok: false, code, message: ageErrorMessages[code] })

const startsWith = (bytes: Uint8Array, text: string) =>
  bytes.length >= text.length && [...text].every((char, i) => bytes[i] === char.charCodeAt(0))

/** True when the bytes start like an age file (binary or armored), whatever the file's name says. */
export function isAgeFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, `${AGE_HEADER}\n`) || startsWith(bytes, AGE_ARMOR_HEADER)
}

/** Bytes enough for isAgeFile to tell. */
export const AGE_HEADER_BYTES = AGE_ARMOR_HEADER.length

/** What is wrong with a passphrase chosen to protect a file, in words; null when it will do. */
export function passphraseProblem(passphrase: string, confirmation: string): string | null {
  if (passphrase.trim() === '') return 'Enter a passphrase to protect the file.'
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return `Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few unrelated words are easy to say and hard to guess.`
  if (passphrase !== confirmation) return 'The two passphrases are not the same. Type them again.'
  return null
}

/**
 * Protects the bytes with the passphrase. `workFactor` (scrypt's log2 N) is for tests only: files the
 * app makes use the package's default, the same as the age tool's.
 */
export async function encryptFile(
  bytes: Uint8Array,
  passphrase: string,
  options: { workFactor?: number } = {},
): Promise<AgeResult> {
  if (passphrase.trim() === '') return failure('empty-passphrase')
  try {
    const { Encrypter } = await import('age-encryption')
    const encrypter = new Encrypter()
    encrypter.setPassphrase(passphrase)
    if (options.workFactor !== undefined) encrypter.setScryptWorkFactor(options.workFactor)
    return { ok: true, bytes: new Uint8Array(await encrypter.encrypt(bytes)) }
  } catch {
    return failure('failed')
  }
}

/** Opens an age file protected with a passphrase (binary or armored). */
export async function decryptFile(bytes: Uint8Array, passphrase: string): Promise<AgeResult> {
  if (passphrase === '') return failure('empty-passphrase')
  if (!isAgeFile(bytes)) return failure('damaged')
  let age: typeof import('age-encryption')
  try {
    age = await import('age-encryption')
  } catch {
    return failure('failed')
  }
  let binary: Uint8Array
  try {
    binary = startsWith(bytes, AGE_ARMOR_HEADER) ? age.armor.decode(new TextDecoder().decode(bytes)) : bytes
  } catch {
    return failure('damaged')
  }
  const stanzas = headerStanzas(binary)
  if (stanzas === null) return failure('damaged')
  if (!stanzas.some((line) => line.startsWith('-> scrypt '))) return failure('not-passphrase')
  try {
    const decrypter = new age.Decrypter()
    decrypter.addPassphrase(passphrase)
    return { ok: true, bytes: new Uint8Array(await decrypter.decrypt(binary)) }
  } catch (error) {
    // The package says so in words only: no passphrase stanza opened, i.e. the passphrase is wrong.
    // Anything else (a bad header MAC, a chunk that fails to authenticate, a file cut short) is damage.
    const wrong = error instanceof Error && error.message.includes('no identity matched')
    return failure(wrong ? 'wrong-passphrase' : 'damaged')
  }
}

/** The header's stanza lines ("-> scrypt …"), or null when the header is incomplete (the file is cut short). */
function headerStanzas(bytes: Uint8Array): string[] | null {
  // A header is a few hundred bytes; its MAC line ("--- …") ends it.
  const head = new TextDecoder().decode(bytes.subarray(0, 64 * 1024))
  if (!head.startsWith(`${AGE_HEADER}\n`)) return null
  const end = head.indexOf('\n---')
  return end < 0
    ? null
    : head
        .slice(0, end)
        .split('\n')
        .filter((line) => line.startsWith('-> '))
}

/** What the age worker is asked to do: protect bytes with a passphrase, or open a protected file. */
export type AgeRequest = { op: 'protect' | 'open'; bytes: Uint8Array; passphrase: string }

const inThisThread = (request: AgeRequest): Promise<AgeResult> =>
  request.op === 'protect'
    ? encryptFile(request.bytes, request.passphrase)
    : decryptFile(request.bytes, request.passphrase)

/**
 * Runs scrypt in a worker (it blocks for a second or more by design), so the page keeps drawing its progress.
 * Where there is no Worker (jsdom in tests) or the worker cannot start, the same code runs here instead.
 */
function inWorker(request: AgeRequest): Promise<AgeResult> {
  if (typeof Worker === 'undefined') return inThisThread(request)
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./age-worker.ts', import.meta.url), { type: 'module', name: 'age' })
    worker.onmessage = (event: MessageEvent<AgeResult>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      worker.terminate()
      resolve(inThisThread(request))
    }
    // A copy goes to the worker: the caller keeps its bytes (a wrong passphrase is tried again on the same file).
    worker.postMessage(request)
  })
}

/** encryptFile, off the page's thread. */
export const protectBytes = (bytes: Uint8Array, passphrase: string): Promise<AgeResult> =>
  passphrase.trim() === ''
    ? Promise.resolve(failure('empty-passphrase'))
    : inWorker({ op: 'protect', bytes, passphrase })

/** decryptFile, off the page's thread. */
export const openProtectedBytes = (bytes: Uint8Array, passphrase: string): Promise<AgeResult> =>
  passphrase === '' || !isAgeFile(bytes) ? decryptFile(bytes, passphrase) : inWorker({ op: 'open', bytes, passphrase })
