import type { FigureDifference, ItemFigures } from '#domain/training/figures'
import { plural } from '#domain/text/plural'

const sentence = (text: string) => text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)
const anchorWords = (anchor: number | null) => (anchor === null ? 'no anchor' : `anchor ${anchor}`)

function describeItem(entry: ItemFigures): string {
  const reference = anchorWords(entry.referenceSuggestion)
  if (entry.status === 'not-entered') {
    return `You entered no figures in this calculator. The reference figures suggest ${reference}:`
  }
  if (entry.status === 'same') return `Your figures are the reference’s; both suggest ${reference}.`
  const yours = anchorWords(entry.yourSuggestion)
  const anchors =
    entry.yourSuggestion === entry.referenceSuggestion
      ? `both still suggest ${reference}`
      : `yours suggest ${yours}, the reference’s ${reference}`
  return `Your figures differ from the reference’s in ${plural(entry.differences.length, 'input')}; ${anchors}:`
}

// Checklist elements are sentences with their own full stop; the list supplies one.
const listWords = (entries: readonly string[]) => entries.map((entry) => entry.replace(/\.$/, '')).join('; ')

function Difference({ difference }: { difference: FigureDifference }) {
  const { label, yours, reference, onlyYours, onlyReference } = difference
  return (
    <li>
      <strong>{sentence(label)}</strong>: yours {yours}; reference {reference}.
      {onlyReference.length > 0 && <> Only in the reference: {listWords(onlyReference)}.</>}
      {onlyYours.length > 0 && <> Only in yours: {listWords(onlyYours)}.</>}
    </li>
  )
}

/** Per calculator item, where the figures the trainee entered from the evidence differ from the reference's. */
export function ComparisonFigures({ figures }: { figures: readonly ItemFigures[] }) {
  if (figures.length === 0) return null
  const same = figures.filter((entry) => entry.status === 'same').length
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">Calculator figures</h2>
      <p>
        The figures you entered from the case’s evidence, beside the figures the reference worked from: your figures
        match on {same} of {plural(figures.length, 'item')} with a calculator. A different figure is worth a second look
        at the evidence even where the anchor comes out the same.
      </p>
      <ul className="training-figures">
        {figures.map((entry) => (
          <li key={entry.item.id} className={entry.status === 'same' ? undefined : 'training-figures--differ'}>
            <h3>
              {entry.item.number}. {entry.item.title}
            </h3>
            <p>{describeItem(entry)}</p>
            {entry.differences.length > 0 && (
              <ul>
                {entry.differences.map((difference) => (
                  <Difference key={difference.name} difference={difference} />
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
