import * as z from 'zod/mini'
import { ExchangeFileSchema } from './file'
import { tableNames, tables } from './tables'

type Meta = { id: string; description: string }

// Named definitions, so the schema reads as the app's own words rather than "__schema12".
const rows: [z.ZodMiniType, Meta][] = tableNames.map((table) => [tables[table].schema, tables[table].definition])

/**
 * The exchange format as JSON Schema, for people and tools outside the app (a support desk, a
 * script that reads backups). Generated from the zod schema so the two cannot drift apart; the
 * committed copy is docs/exchange-format.schema.json and a test fails when it is out of date.
 * It describes structure only: references between rows and scale files are checked by the app.
 */
export function exchangeJsonSchema(): object {
  const metadata = z.registry<Meta>()
  for (const [schema, meta] of rows) metadata.add(schema, meta)
  const generated = z.toJSONSchema(ExchangeFileSchema, { io: 'input', metadata })
  const { $schema, ...rest } = generated
  return {
    $schema,
    title: 'IPS Fidelity Review exchange file',
    description:
      'A review file (one review with its team and everything recorded for it) or a backup (everything on a device). ' +
      'Read by the IPS Fidelity Review app; files with a newer formatVersion are refused.',
    ...rest,
  }
}
