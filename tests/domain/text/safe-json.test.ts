import { describe, expect, it } from 'vitest'
import { MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_JSON_STRING_LENGTH, parseSafeJson } from '#domain/text/safe-json'

const refused = (text: string) => {
  const result = parseSafeJson(text)
  if (result.ok) throw new Error(`expected ${text.slice(0, 60)} to be refused`)
  return result
}

describe('reading JSON from a file safely', () => {
  it('reads ordinary JSON as it is', () => {
    expect(parseSafeJson('{"team":"Northgate","scores":[4,5,null],"final":true}')).toEqual({
      ok: true,
      value: { team: 'Northgate', scores: [4, 5, null], final: true },
    })
  })

  it('says a file cut off while copying is not complete', () => {
    const result = refused('{"teams":[{"id":"team-1","name":"North')
    expect(result.code).toBe('truncated')
    expect(result.message).toMatch(/^The file is not complete JSON: it may have been cut off while copying \(.+\)\.$/)
  })

  it('tells a file that is not JSON at all from a cut-off one', () => {
    const result = refused('%PDF-1.7 not a review')
    expect(result.code).toBe('invalid')
    expect(result.message).toMatch(/not valid JSON/)
    expect(refused('').message).toBe('The file is empty.')
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key "%s" at any depth, naming it', (key) => {
    const nested = `{"data":{"reviews":[{"id":"r1","reviewers":[{"${key}":{"isAdmin":true}}]}]}}`
    for (const text of [`{"${key}":{"polluted":true}}`, nested]) {
      const result = refused(text)
      expect(result.code).toBe('unsafe')
      expect(result.message).toContain(`"${key}"`)
    }
    // Nothing leaked onto Object.prototype while reading.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts those words as text, where they do no harm', () => {
    expect(parseSafeJson('{"note":"__proto__ constructor prototype"}').ok).toBe(true)
  })

  it('refuses a text longer than any the app writes', () => {
    const long = 'x'.repeat(MAX_JSON_STRING_LENGTH + 1)
    expect(refused(`{"note":"${long}"}`).message).toMatch(/more than 2 million characters/)
    expect(parseSafeJson(`{"note":"${'x'.repeat(MAX_JSON_STRING_LENGTH)}"}`).ok).toBe(true)
  })

  it('refuses deep nesting before parsing, and allows the depth our files need', () => {
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    expect(parseSafeJson(deep(MAX_JSON_DEPTH)).ok).toBe(true)
    expect(refused(deep(MAX_JSON_DEPTH + 1)).message).toMatch(/nests data more than 64 levels/)
    // Deep enough to overflow a recursive reader: still a refusal, not a crash.
    expect(refused(deep(200_000)).code).toBe('unsafe')
  })

  it('refuses millions of objects before parsing them', () => {
    expect(parseSafeJson(`[${'{},'.repeat(MAX_JSON_CONTAINERS - 2)}{}]`).ok).toBe(true)
    expect(refused(`[${'[],'.repeat(MAX_JSON_CONTAINERS)}[]]`).message).toMatch(/more than 1 million records and lists/)
  })

  it('does not count brackets inside text towards nesting or completeness', () => {
    const text = JSON.stringify({ note: `${'['.repeat(100)} "quoted" \\ ${'{'.repeat(100)}` })
    expect(parseSafeJson(text).ok).toBe(true)
  })

  it('keeps a script in a text field as plain text', () => {
    const result = parseSafeJson('{"note":"<script>alert(1)</script><img src=x onerror=alert(2)>"}')
    expect(result).toEqual({ ok: true, value: { note: '<script>alert(1)</script><img src=x onerror=alert(2)>' } })
  })
})
