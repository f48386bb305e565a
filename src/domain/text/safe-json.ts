/** No text the app writes comes near this; a longer string is a crafted file meant to exhaust memory. */
export const MAX_JSON_STRING_LENGTH = 2_000_000

/** Our files nest about ten levels deep; deep nesting is only there to overflow a recursive reader. */
export const MAX_JSON_DEPTH = 64

/**
 * A full backup of a busy device has a few hundred thousand objects and lists. Millions in a file of
 * at most 20 MB means a crafted file that would take the browser's memory to read.
 */
export const MAX_JSON_CONTAINERS = 1_000_000

/**
 * Keys that reach an object's prototype when a parsed value is later spread, merged or assigned
 * (prototype pollution). JSON.parse itself makes them harmless own properties, but no file of ours
 * ever has them, so a file that does is refused rather than trusted to every later reader.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/** 'truncated' and 'invalid' are JSON syntax errors; 'unsafe' is valid JSON that we refuse to read. */
export type SafeJsonErrorCode = 'truncated' | 'invalid' | 'unsafe'

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | {
      ok: false
      code: SafeJsonErrorCode
      /** A sentence for the user. */
      message: string
      /** The parser's own words for a syntax error (e.g. "Unexpected end of JSON input"), else the message. */
      detail: string
    }

class UnsafeJsonError extends Error {}

/**
 * JSON.parse for files from outside the app: refuses prototype keys at any depth, overlong strings,
 * deep nesting and millions of objects, and says in plain words whether the file looks cut off or is not JSON at all.
 * Never throws.
 */
export function parseSafeJson(text: string): SafeJsonResult {
  const shape = scanShape(text)
  if (shape.tooDeep) {
    return unsafe(`The file nests data more than ${MAX_JSON_DEPTH} levels deep, which no file of this app does.`)
  }
  if (shape.tooMany) {
    return unsafe(
      `The file holds more than ${MAX_JSON_CONTAINERS / 1_000_000} million records and lists, which no file of this app does.`,
    )
  }
  try {
    return { ok: true, value: JSON.parse(text, refuseUnsafe) }
  } catch (error) {
    if (error instanceof UnsafeJsonError) return unsafe(error.message)
    const detail = error instanceof Error ? error.message : 'unreadable'
    if (text.trim() === '') {
      return { ok: false, code: 'invalid', message: 'The file is empty.', detail }
    }
    if (shape.incomplete) {
      return {
        ok: false,
        code: 'truncated',
        message: `The file is not complete JSON: it may have been cut off while copying (${detail}).`,
        detail,
      }
    }
    return {
      ok: false,
      code: 'invalid',
      message: `The file is not valid JSON: it may be damaged, or be another kind of file (${detail}).`,
      detail,
    }
  }
}

function unsafe(message: string): SafeJsonResult {
  return { ok: false, code: 'unsafe', message, detail: message }
}

// A reviver sees every key and string once, after parsing and before anything else reads the value.
function refuseUnsafe(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) {
    throw new UnsafeJsonError(
      `The file contains the key "${key}", which this app never writes; it is refused for safety.`,
    )
  }
  if (key.length > MAX_JSON_STRING_LENGTH || (typeof value === 'string' && value.length > MAX_JSON_STRING_LENGTH)) {
    throw new UnsafeJsonError(
      `The file contains a text of more than ${MAX_JSON_STRING_LENGTH / 1_000_000} million characters, which no file of this app has.`,
    )
  }
  return value
}

/**
 * One pass over the text, before parsing: how deep brackets nest (refused before a recursive reader
 * can overflow), how many objects and lists there are (refused before they fill memory) and whether
 * the text stops inside a string or an open bracket (a cut-off file).
 */
function scanShape(text: string): { tooDeep: boolean; tooMany: boolean; incomplete: boolean } {
  let depth = 0
  let containers = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) {
      inString = true
    } else if (c === 0x7b || c === 0x5b) {
      depth++
      containers++
      if (depth > MAX_JSON_DEPTH) return { tooDeep: true, tooMany: false, incomplete: false }
      if (containers > MAX_JSON_CONTAINERS) return { tooDeep: false, tooMany: true, incomplete: false }
    } else if (c === 0x7d || c === 0x5d) {
      depth--
    }
  }
  return { tooDeep: false, tooMany: false, incomplete: inString || depth > 0 }
}
