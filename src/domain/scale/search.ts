import type { ScaleFile, ScaleItem } from './schema'

function searchableText(item: ScaleItem): string {
  return [
    item.title,
    item.criterion,
    ...item.anchors.map((anchor) => anchor.text),
    ...item.evidencePrompts.map((prompt) => prompt.prompt),
  ]
    .join(' ')
    .toLocaleLowerCase('en-GB')
}

/**
 * Items whose text contains every word of the query (any order, any case); a bare number finds that item.
 * Items whose title matches come first, then in scale order.
 */
export function searchItems(scale: Pick<ScaleFile, 'items'>, query: string): ScaleItem[] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  if (words.length === 1 && /^\d+$/.test(words[0]!)) {
    return scale.items.filter((item) => item.number === Number(words[0]))
  }
  const matches = scale.items.filter((item) => {
    const text = searchableText(item)
    return words.every((word) => text.includes(word))
  })
  const inTitle = (item: ScaleItem) => words.every((word) => item.title.toLocaleLowerCase('en-GB').includes(word))
  return [...matches.filter(inTitle), ...matches.filter((item) => !inTitle(item))]
}

/** The item with this sequential number (1-25), if the scale has it. */
export function itemByNumber(scale: Pick<ScaleFile, 'items'>, number: number): ScaleItem | undefined {
  return scale.items.find((item) => item.number === number)
}

/** The items before and after this one in scale order. */
export function neighbours(
  scale: Pick<ScaleFile, 'items'>,
  itemId: string,
): { previous?: ScaleItem; next?: ScaleItem } {
  const index = scale.items.findIndex((item) => item.id === itemId)
  if (index < 0) return {}
  return { previous: scale.items[index - 1], next: scale.items[index + 1] }
}

/** Where an item sits, for the line above its title: "Services 4 · item 15 of 25 · <scale>, version 1.0.0". */
export function describeItemPosition(
  scale: Pick<ScaleFile, 'sections' | 'items' | 'title' | 'version'>,
  item: ScaleItem,
): string {
  const section = scale.sections.find((candidate) => candidate.id === item.sectionId)
  const place = section ? `${section.title} ${item.sectionNumber} · ` : ''
  return `${place}item ${item.number} of ${scale.items.length} · ${scale.title}, version ${scale.version}`
}
