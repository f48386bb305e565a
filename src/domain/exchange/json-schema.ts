import * as z from 'zod/mini'
import { ExchangeFileSchema } from './file'
import { ImportedScaleSchema } from '#domain/scale/imported'
import { TeamSchema } from '#domain/review/team'
import { ReviewSchema } from '#domain/review/review'
import { CalculatorInputsSchema, EvidenceEntrySchema, RecordReviewRowSchema } from '#domain/review/evidence'
import { ConsensusSchema, RatingSchema } from '#domain/review/rating'
import { ActionPlanEntrySchema } from '#domain/scoring/action-plan'
import { SettingsSchema } from '#domain/settings/settings'

type Meta = { id: string; description: string }

// Named definitions, so the schema reads as the app's own words rather than "__schema12".
const rows: [z.ZodMiniType, Meta][] = [
  [TeamSchema, { id: 'Team', description: 'A team whose IPS service is reviewed.' }],
  [ReviewSchema, { id: 'Review', description: 'One fidelity review of a team, pinned to a scale id and version.' }],
  [EvidenceEntrySchema, { id: 'EvidenceEntry', description: 'A note of evidence for one item.' }],
  [CalculatorInputsSchema, { id: 'CalculatorInputs', description: 'The figures entered in one item’s calculator.' }],
  [RecordReviewRowSchema, { id: 'RecordReviewRow', description: 'One record reviewed, by anonymous code only.' }],
  [RatingSchema, { id: 'Rating', description: 'One reviewer’s independent rating of one item.' }],
  [ConsensusSchema, { id: 'Consensus', description: 'The score the reviewers agreed for one item.' }],
  [ActionPlanEntrySchema, { id: 'ActionPlanEntry', description: 'A recommendation and the team’s action on it.' }],
  [
    ImportedScaleSchema,
    { id: 'ImportedScale', description: 'A scale file imported by the user; data is the scale file.' },
  ],
  [SettingsSchema, { id: 'Settings', description: 'The device’s settings.' }],
]

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
