// Made on first use: building a date format costs tens of milliseconds on a cold load, which a screen that
// shows no date should not pay before its first paint.
let dateFormat: Intl.DateTimeFormat | undefined
let dateTimeFormat: Intl.DateTimeFormat | undefined

/** "22 November 2026" from an ISO date or date-time; the date part is read as a calendar date. */
export function formatDate(iso: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  const date = dateOnly ? new Date(`${iso}T12:00:00`) : new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : (dateFormat ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })).format(date)
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : (dateTimeFormat ??= new Intl.DateTimeFormat('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      })).format(date)
}
