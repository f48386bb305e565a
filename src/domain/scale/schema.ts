import * as z from 'zod/mini'
import '#domain/text/zod-messages'

/** Text that a reader will see: the invariants reject empty or whitespace-only values with a path. */
const Text = z.string()
const KebabId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Use lower-case words joined by hyphens' }))

export const AnchorScoreSchema = z.number().check(z.int(), z.gte(1), z.lte(5))
export type AnchorScore = 1 | 2 | 3 | 4 | 5

export const DataSourceCodeSchema = z.string().check(z.regex(/^[A-Z]{2,6}$/, { error: 'Use 2 to 6 capital letters' }))

/**
 * A range on the real line. `max: null` means no upper limit. Values are compared exactly
 * (never rounded first), so two neighbouring bands must meet at one number with exactly one
 * of them including it; the invariants check this.
 */
export const RangeBandSchema = z.object({
  anchor: AnchorScoreSchema,
  min: z.number().check(z.gte(0)),
  minInclusive: z.boolean(),
  max: z.nullable(z.number()),
  maxInclusive: z.boolean(),
})
export type RangeBand = z.infer<typeof RangeBandSchema>

const RatioBandsSchema = z.object({
  kind: z.literal('ratio-bands'),
  numeratorLabel: Text,
  denominatorLabel: Text,
  resultLabel: Text,
  bands: z.array(RangeBandSchema).check(z.minLength(1)),
  ruleNote: Text,
})

const PercentageOverallSchema = z.object({
  kind: z.literal('percentage-bands'),
  combine: z.literal('overall'),
  numeratorLabel: Text,
  denominatorLabel: Text,
  wholeCounts: z.boolean(),
  /** Below this denominator the item scores `anchor` whatever the percentage (item 21). */
  minimumDenominator: z.optional(z.object({ count: z.number().check(z.int(), z.gte(1)), anchor: AnchorScoreSchema })),
  bands: z.array(RangeBandSchema).check(z.minLength(1)),
  ruleNote: Text,
})

const PercentageEachSpecialistSchema = z.object({
  kind: z.literal('percentage-bands'),
  combine: z.literal('rate-each-specialist'),
  valueLabel: Text,
  bands: z.array(RangeBandSchema).check(z.minLength(1)),
  ruleNote: Text,
})

const DayBandsSchema = z.object({
  kind: z.literal('day-bands'),
  valueLabel: Text,
  bands: z.array(RangeBandSchema).check(z.minLength(1)),
  /** The anchor that also needs employer contacts to be tracked, and what it falls to without tracking. */
  trackingRequired: z.object({ anchor: AnchorScoreSchema, otherwise: AnchorScoreSchema }),
  ruleNote: Text,
})

export const NearestPointSchema = z.object({ value: z.number().check(z.gte(0)), anchor: AnchorScoreSchema })
export type NearestPoint = z.infer<typeof NearestPointSchema>

const PerSpecialistAverageSchema = z.object({
  kind: z.literal('per-specialist-average'),
  valueLabel: Text,
  wholeNumbersOnly: z.boolean(),
  /** Smallest and largest value one specialist can have (1 and 5 for a rating); maxValue null = no limit. */
  minValue: z.number().check(z.gte(0)),
  maxValue: z.nullable(z.number()),
  points: z.array(NearestPointSchema).check(z.minLength(2)),
  /** Anchor for an average below the lowest point; absent means the lowest point's anchor. */
  belowLowestPoint: z.nullable(AnchorScoreSchema),
  ruleNote: Text,
})

export const CountRangeSchema = z.object({
  min: z.number().check(z.int(), z.gte(0)),
  max: z.number().check(z.int(), z.gte(0)),
  /** null: the count alone cannot decide; `note` says what the reviewer must judge. */
  anchor: z.nullable(AnchorScoreSchema),
  note: z.optional(Text),
})
export type CountRange = z.infer<typeof CountRangeSchema>

const ChecklistSchema = z.object({
  kind: z.literal('checklist'),
  elements: z.array(z.object({ id: KebabId, text: Text })).check(z.minLength(1)),
  countToAnchor: z.array(CountRangeSchema).check(z.minLength(1)),
  ruleNote: Text,
})

const OrdinalSchema = z.object({
  kind: z.literal('ordinal'),
  explanation: Text,
})

export const CalculatorSchema = z.discriminatedUnion('kind', [
  RatioBandsSchema,
  z.discriminatedUnion('combine', [PercentageOverallSchema, PercentageEachSpecialistSchema]),
  DayBandsSchema,
  PerSpecialistAverageSchema,
  ChecklistSchema,
  OrdinalSchema,
])
export type Calculator = z.infer<typeof CalculatorSchema>
export type CalculatorKind = Calculator['kind']
export type RatioBandsCalculator = z.infer<typeof RatioBandsSchema>
export type PercentageOverallCalculator = z.infer<typeof PercentageOverallSchema>
export type PercentageEachSpecialistCalculator = z.infer<typeof PercentageEachSpecialistSchema>
export type DayBandsCalculator = z.infer<typeof DayBandsSchema>
export type PerSpecialistAverageCalculator = z.infer<typeof PerSpecialistAverageSchema>
export type ChecklistCalculator = z.infer<typeof ChecklistSchema>
export type OrdinalCalculator = z.infer<typeof OrdinalSchema>

export const AnchorSchema = z.object({ score: AnchorScoreSchema, text: Text })
export type Anchor = z.infer<typeof AnchorSchema>

export const EvidencePromptSchema = z.object({ source: DataSourceCodeSchema, prompt: Text })
export type EvidencePrompt = z.infer<typeof EvidencePromptSchema>

export const ProvenanceSchema = z.object({
  source: Text,
  /** 'verified': anchors checked against the cited source; 'recalled': not re-read, treat as unverified. */
  status: z.enum(['verified', 'recalled']),
  note: Text,
})
export type Provenance = z.infer<typeof ProvenanceSchema>

export const ScaleItemSchema = z.object({
  id: KebabId,
  number: z.number().check(z.int(), z.gte(1)),
  sectionId: KebabId,
  sectionNumber: z.number().check(z.int(), z.gte(1)),
  title: Text,
  criterion: Text,
  anchors: z.array(AnchorSchema),
  dataSources: z.array(DataSourceCodeSchema).check(z.minLength(1)),
  evidencePrompts: z.array(EvidencePromptSchema).check(z.minLength(1)),
  calculator: z.optional(CalculatorSchema),
  provenance: ProvenanceSchema,
})
export type ScaleItem = z.infer<typeof ScaleItemSchema>

export const ScaleSectionSchema = z.object({ id: KebabId, title: Text, itemCount: z.number().check(z.int(), z.gte(1)) })
export type ScaleSection = z.infer<typeof ScaleSectionSchema>

export const DataSourceSchema = z.object({ code: DataSourceCodeSchema, meaning: Text })
export type DataSource = z.infer<typeof DataSourceSchema>

/** A fidelity band for the total score; min and max are whole totals, both included. */
export const FidelityBandSchema = z.object({
  id: KebabId,
  label: Text,
  min: z.number().check(z.int()),
  max: z.number().check(z.int()),
})
export type FidelityBand = z.infer<typeof FidelityBandSchema>

/** The shape of a scale file; `ScaleFileSchema` in ./parse adds the invariants across fields. */
export const ScaleFileShape = z.object({
  formatVersion: z.literal(1),
  id: KebabId,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, { error: 'Use a version like 1.0.0' })),
  title: Text,
  publisher: Text,
  source: Text,
  locale: z.enum(['en-GB', 'en-US']),
  notes: z.array(Text).check(z.minLength(1)),
  sections: z.array(ScaleSectionSchema),
  dataSources: z.array(DataSourceSchema).check(z.minLength(1)),
  bands: z.array(FidelityBandSchema).check(z.minLength(1)),
  items: z.array(ScaleItemSchema),
})

export type ScaleFile = z.infer<typeof ScaleFileShape>

export interface ScaleProblem {
  path: string
  message: string
}
