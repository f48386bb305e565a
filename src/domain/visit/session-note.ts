import * as z from 'zod/mini'
import '#domain/text/zod-messages'
import type { ScaleItem } from '#domain/scale/schema'

/**
 * A note taken during one session of the visit, tagged to the items it speaks to. It is stored once
 * however many items it is tagged to, and each item's workspace shows it with its session.
 * A note may be untagged for a while: reviewers often tag after the conversation.
 */
export const SessionNoteSchema = z
  .object({
    id: z.string().check(z.minLength(1)),
    reviewId: z.string().check(z.minLength(1)),
    sessionId: z.string().check(z.minLength(1)),
    itemIds: z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)),
    note: z.string().check(z.maxLength(50_000, { error: 'This note is too long; split it into several notes' })),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .check(
    z.superRefine((note, ctx) => {
      if (new Set(note.itemIds).size !== note.itemIds.length) {
        ctx.addIssue({ code: 'custom', path: ['itemIds'], message: 'Each item is tagged once' })
      }
    }),
  )
export type SessionNote = z.infer<typeof SessionNoteSchema>

export type ItemTags = { ok: true; itemIds: string[] } | { ok: false; message: string }

/**
 * The items a reviewer typed as tags, by number ("4, 5 9"), as item ids in the scale's order. Anything that
 * is not a number of one of this scale's items is refused with the reason, so a note is never tagged to an
 * item the review cannot score.
 */
export function parseItemTags(text: string, items: readonly Pick<ScaleItem, 'id' | 'number'>[]): ItemTags {
  const words = text.split(/[\s,;]+/).filter((word) => word !== '')
  const byNumber = new Map(items.map((item) => [String(item.number), item]))
  const wanted = new Set<string>()
  for (const word of words) {
    const number = word.replace(/^#/, '')
    const item = /^\d{1,3}$/.test(number) ? byNumber.get(String(Number(number))) : undefined
    if (!item) {
      return {
        ok: false,
        message: `"${word}" is not an item of this scale: type item numbers from 1 to ${items.length}, such as 4, 5, 9`,
      }
    }
    wanted.add(item.id)
  }
  return { ok: true, itemIds: items.filter((item) => wanted.has(item.id)).map((item) => item.id) }
}

/** "4, 5, 9": a note's tags as the item numbers a reviewer types. */
export function itemTagText(itemIds: readonly string[], items: readonly Pick<ScaleItem, 'id' | 'number'>[]): string {
  const wanted = new Set(itemIds)
  return items
    .filter((item) => wanted.has(item.id))
    .map((item) => String(item.number))
    .join(', ')
}
