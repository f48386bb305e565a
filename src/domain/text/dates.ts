// Dates in words, spelled out by hand rather than with Intl, so a PDF reads the same on every device.

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

// Calendar arithmetic on ISO dates, as UTC midnights, so a change of clocks never makes a day 23 hours long.
const DAY_MS = 86_400_000

function dayNumber(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number)
  return Date.UTC(year, month - 1, day) / DAY_MS
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/** `days` calendar days after an ISO date (before it when negative). */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The same day `months` calendar months later, held to the month's last day (31 January + 1 month = 28 or
 * 29 February), so a due date never spills into the month after.
 */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}
