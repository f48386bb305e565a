// Text for the report, spelled out by hand rather than with Intl, so a PDF reads the same on every device.

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

interface CalendarDate {
  year: number
  month: number // 1-12
  day: number
}

function parseIsoDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`)
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
}

const monthName = (month: number) => months[month - 1] ?? ''

/** "22 November 2026" from an ISO date ("2026-11-22"). */
export function formatReportDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  return `${day} ${monthName(month)} ${year}`
}

/** "March 2025" from an ISO date. */
export function formatMonthYear(iso: string): string {
  const { year, month } = parseIsoDate(iso)
  return `${monthName(month)} ${year}`
}

/** "20-21 November 2026", "30 November - 2 December 2026", "30 December 2026 - 2 January 2027", or one day. */
export function formatVisitDates(start: string, end: string): string {
  const a = parseIsoDate(start)
  const b = parseIsoDate(end)
  if (start.slice(0, 10) === end.slice(0, 10)) return formatReportDate(start)
  if (a.year !== b.year) return `${formatReportDate(start)} - ${formatReportDate(end)}`
  if (a.month !== b.month) return `${a.day} ${monthName(a.month)} - ${formatReportDate(end)}`
  return `${a.day}-${b.day} ${monthName(b.month)} ${b.year}`
}

/** The ISO calendar date of a moment on the device's own calendar (a reviewer's "today"). */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
}

// Team types written out in full in most NHS team names; the file name uses the acronym people say.
const shortenings: [RegExp, string][] = [
  [/\bcommunity mental health team\b/g, 'cmht'],
  [/\bcommunity recovery team\b/g, 'crt'],
  [/\bearly intervention in psychosis\b/g, 'eip'],
]

/**
 * A file-name-safe slug: only a-z, 0-9 and single hyphens, at most `max` characters, cut at a word
 * boundary where it can be. Accents are dropped ("Zoë" → "zoe"), apostrophes join ("Zoë's" → "zoes").
 */
export function slugify(text: string, max: number): string {
  let slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
  for (const [pattern, short] of shortenings) slug = slug.replace(pattern, short)
  slug = slug.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

export const MAX_FILE_NAME_LENGTH = 80

/** "northgate-crt-fidelity-review-2026-11-22.pdf"; drafts say so: "...-fidelity-review-draft-2026-11-22.pdf". */
export function reportFileName(teamName: string, isoDate: string, draft: boolean): string {
  const tail = `-fidelity-review${draft ? '-draft' : ''}-${isoDate.slice(0, 10)}.pdf`
  const team = slugify(teamName, MAX_FILE_NAME_LENGTH - tail.length) || 'team'
  return `${team}${tail}`
}

/** "1 record", "3 records": a count with its noun. */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
