import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { exchangeJsonSchema } from '#domain/exchange/json-schema'
import { validBackupFile, validReviewFile } from './fixtures'

const committedPath = resolve(process.cwd(), 'docs/exchange-format.schema.json')
const generated = JSON.stringify(exchangeJsonSchema())

// To regenerate after changing the exchange schema:
//   UPDATE_EXCHANGE_SCHEMA=1 npx vitest run tests/domain/exchange/json-schema.test.ts
describe('the committed JSON Schema of the exchange format', () => {
  it('matches the zod schema (regenerate with UPDATE_EXCHANGE_SCHEMA=1 npx vitest run tests/domain/exchange/json-schema.test.ts)', async () => {
    if (process.env.UPDATE_EXCHANGE_SCHEMA === '1') {
      // Written as Prettier would format it, so `npm run format` stays clean.
      const options = await resolveConfig(committedPath)
      writeFileSync(committedPath, await format(generated, { ...options, filepath: committedPath }))
    }
    expect(existsSync(committedPath), `${committedPath} is missing: regenerate it`).toBe(true)
    // Compared as data, so formatting the file never fails the test and any change to the schema does.
    expect(JSON.parse(readFileSync(committedPath, 'utf8'))).toEqual(JSON.parse(generated))
  })

  const schema = JSON.parse(generated) as Schema
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>

  it('accepts the files the app writes', () => {
    expect(violations(schema, plain(validReviewFile()))).toEqual([])
    expect(violations(schema, plain(validBackupFile()))).toEqual([])
  })

  it('names the format and requires the header and the data', () => {
    const review = plain(validReviewFile())
    const noFormat = { ...review }
    delete noFormat.format
    expect(violations(schema, noFormat)).not.toEqual([])
    expect(violations(schema, { ...review, format: 'something-else' })).not.toEqual([])
    expect(violations(schema, { ...review, kind: 'spreadsheet' })).not.toEqual([])
    expect(violations(schema, { ...review, data: {} })).not.toEqual([])
  })

  it('describes rows down to their values', () => {
    const review = plain(validReviewFile()) as { data: { ratings: { score: unknown }[] } }
    review.data.ratings[0]!.score = 9
    expect(violations(schema, review)).toEqual(expect.arrayContaining([expect.stringMatching(/ratings\.0\.score/)]))
  })
})

/** Just enough of JSON Schema 2020-12 to read our generated schema, to show another tool can use it. */
interface Schema {
  $ref?: string
  $defs?: Record<string, Schema>
  type?: string | string[]
  const?: unknown
  enum?: unknown[]
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: Schema | boolean
  items?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  minItems?: number
  maxItems?: number
  pattern?: string
}

function violations(root: Schema, value: unknown, schema: Schema = root, path = '(file)'): string[] {
  if (schema.$ref) {
    const target = root.$defs?.[schema.$ref.replace('#/$defs/', '')]
    if (!target) return [`${path}: unknown $ref ${schema.$ref}`]
    return violations(root, value, target, path)
  }
  const fail = (why: string) => [`${path}: ${why}`]
  if (schema.oneOf) {
    const results = schema.oneOf.map((s) => violations(root, value, s, path))
    const passing = results.filter((r) => r.length === 0).length
    // None passing: the nearest branch's violations say what is wrong.
    if (passing === 0) return results.sort((a, b) => a.length - b.length)[0] ?? fail('empty oneOf')
    if (passing > 1) return fail(`matches ${passing} of oneOf`)
  }
  if (schema.anyOf && !schema.anyOf.some((s) => violations(root, value, s, path).length === 0)) return fail('no anyOf')
  if ('const' in schema && value !== schema.const) return fail(`not ${JSON.stringify(schema.const)}`)
  if (schema.enum && !schema.enum.includes(value)) return fail('not in enum')
  const types = schema.type === undefined ? [] : [schema.type].flat()
  if (types.length > 0 && !types.some((type) => hasType(value, type))) return fail(`not ${types.join(' or ')}`)
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return fail('too short')
    if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail('too long')
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) return fail('pattern')
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return fail('below minimum')
    if (schema.maximum !== undefined && value > schema.maximum) return fail('above maximum')
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return fail('too few items')
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail('too many items')
    const items = schema.items
    return items ? value.flatMap((v, i) => violations(root, v, items, `${path}.${i}`)) : []
  }
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>
    const missing = (schema.required ?? []).filter((key) => !(key in object)).map((key) => `${path}.${key}: required`)
    const nested = Object.entries(object).flatMap(([key, v]) => {
      const property = schema.properties?.[key] ?? schema.additionalProperties
      return typeof property === 'object' ? violations(root, v, property, `${path}.${key}`) : []
    })
    return [...missing, ...nested]
  }
  return []
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value)
  if (type === 'array') return Array.isArray(value)
  if (type === 'null') return value === null
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  return typeof value === type
}
