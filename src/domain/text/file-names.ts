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

const visitDocumentNames = { 'data-request': 'data-request', agenda: 'visit-agenda' } as const

/** "northgate-crt-data-request-2026-03-02.pdf", "northgate-crt-visit-agenda-2026-03-02.pdf": named by the visit's first day. */
export function visitDocumentFileName(
  teamName: string,
  kind: keyof typeof visitDocumentNames,
  visitStart: string,
): string {
  const tail = `-${visitDocumentNames[kind]}-${visitStart.slice(0, 10)}.pdf`
  const team = slugify(teamName, MAX_FILE_NAME_LENGTH - tail.length) || 'team'
  return `${team}${tail}`
}

/** The Word file beside a PDF: the same name, ending ".docx" ("northgate-crt-fidelity-review-2026-11-22.docx"). */
export const wordFileName = (pdfFileName: string): string => `${pdfFileName.replace(/\.pdf$/i, '')}.docx`
