import { describe, expect, it } from 'vitest'
import { networkSummary } from '#domain/exchange/network-summary'
import { emptyReviewData, type ExchangeFile, type ReviewExchangeFile } from '#domain/exchange/file'
import {
  emptyImportWrites,
  planImport,
  resolveImport,
  type ExistingRecords,
  type ImportPlan,
} from '#domain/import/plan'
import { recordKey, tableNames } from '#domain/exchange/tables'
import type { EvidenceEntry } from '#domain/review/evidence'
import type { Rating } from '#domain/review/rating'
import { defaultSettings } from '#domain/settings/settings'
import { ALEX, SAM, validBackupFile, validReviewFile } from '../exchange/fixtures'

const bundled = (id: string, version: string) => id === 'ips-uk' && version === '1.0.0'
const later = '2026-11-25T08:00:00.000Z'
const ITEM_6 = 'employment-agency-collaboration'

/** What exchangeRepo.readExisting gives: the device's rows with the same keys as the file's rows. */
function existingFor(file: ExchangeFile, device: ExistingRecords): ExistingRecords {
  const existing = emptyImportWrites()
  const incoming = file.kind === 'backup' ? file.data : { ...file.data, importedScales: [], outcomes: [] }
  for (const table of tableNames) {
    if (table === 'settings') continue
    const keys = new Set((incoming[table] as Record<string, unknown>[]).map((row) => recordKey(table, row)))
    ;(existing[table] as unknown[]) = (device[table] as Record<string, unknown>[]).filter((row) =>
      keys.has(recordKey(table, row)),
    )
  }
  existing.settings = file.kind === 'backup' ? device.settings : null
  return existing
}

/** A device holding `data` (and nothing else). */
const device = (data: Partial<ExistingRecords>): ExistingRecords => ({ ...emptyImportWrites(), ...data })
const plan = (file: ExchangeFile, on: ExistingRecords) => planImport(file, existingFor(file, on), bundled)

function reviewFile(change: (file: ReviewExchangeFile) => void = () => {}): ReviewExchangeFile {
  const file = validReviewFile()
  change(file)
  return file
}
const byReviewer = (ratings: Rating[], reviewerId: string) => ratings.filter((r) => r.reviewerId === reviewerId)
const onlyConflict = (p: ImportPlan) => {
  expect(p.conflicts).toHaveLength(1)
  return p.conflicts[0]!
}

describe('importing onto a device that has none of it', () => {
  it('adds every row, with nothing to decide', () => {
    const file = validReviewFile()
    const p = plan(file, device({}))
    expect(p.title).toBe('Review of Northgate Community Recovery Team (20-21 November 2026)')
    expect(p.conflicts).toEqual([])
    expect(p.blockers).toEqual([])
    expect(p.counts.ratings).toEqual({ added: 50, unchanged: 0, merged: 0, conflicts: 0 })
    expect(resolveImport(p, {})).toEqual({ ...file.data, importedScales: [], outcomes: [], settings: null })
  })

  it('restores a whole backup, settings and imported scales included', () => {
    const file = validBackupFile()
    const p = plan(file, device({}))
    expect(p.title).toBe('Backup made on 22 November 2026: 1 review of 1 team')
    expect(resolveImport(p, {})).toEqual(file.data)
    expect(p.counts.settings.added).toBe(1)
  })
})

describe('importing what the device already has', () => {
  it('changes nothing when the same file is imported twice', () => {
    const file = validBackupFile()
    const p = plan(file, device(file.data))
    expect(p.conflicts).toEqual([])
    expect(resolveImport(p, {})).toEqual(emptyImportWrites())
    expect(p.counts.evidence).toEqual({ added: 0, unchanged: 3, merged: 0, conflicts: 0 })
  })

  it('does not count a later save of the same content as a change', () => {
    const mine = validReviewFile().data
    const file = reviewFile((f) => {
      for (const rating of f.data.ratings) rating.updatedAt = later
      f.data.evidence[0]!.updatedAt = later
    })
    const p = plan(file, device(mine))
    expect(p.conflicts).toEqual([])
    expect(p.counts.ratings.unchanged).toBe(50)
  })
})

describe('combining two reviewers’ copies of one review', () => {
  // Sam's device: Sam has rated and finished; Alex's ratings are not here yet.
  function samsDevice() {
    const data = validReviewFile().data
    data.reviews[0] = { ...data.reviews[0]!, status: 'scoring', ratingsFinishedBy: [SAM.id], agreement: null }
    return device({ ...data, ratings: byReviewer(data.ratings, SAM.id) })
  }
  // Alex's copy, sent back with Alex's ratings only (the co-reviewer file leaves Sam's out on Alex's device).
  const alexsFile = () =>
    reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, status: 'scoring', ratingsFinishedBy: [ALEX.id], agreement: null }
      f.data.ratings = byReviewer(f.data.ratings, ALEX.id)
    })

  it('adds a co-reviewer’s ratings beside mine and leaves mine untouched', () => {
    const mine = samsDevice()
    const p = plan(alexsFile(), mine)
    expect(p.conflicts).toEqual([])
    const writes = resolveImport(p, {})
    expect(writes.ratings).toEqual(byReviewer(alexsFile().data.ratings, ALEX.id))
    expect(writes.ratings.some((r) => r.reviewerId === SAM.id)).toBe(false)
    expect(p.counts.ratings).toEqual({ added: 25, unchanged: 0, merged: 0, conflicts: 0 })
  })

  it('records that both have finished rating, without asking', () => {
    const p = plan(alexsFile(), samsDevice())
    expect(p.counts.reviews).toEqual({ added: 0, unchanged: 0, merged: 1, conflicts: 0 })
    expect(resolveImport(p, {}).reviews[0]!.ratingsFinishedBy).toEqual([SAM.id, ALEX.id])
  })

  it('keeps the preparation steps ticked on either device, without asking', () => {
    const data = validReviewFile().data
    data.reviews[0] = { ...data.reviews[0]!, checklistDone: ['data-request-sent'] }
    const file = reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, checklistDone: ['gather-caseload-list'] }
    })
    const p = plan(file, device(data))
    expect(p.conflicts).toEqual([])
    expect(resolveImport(p, {}).reviews[0]!.checklistDone).toEqual(['data-request-sent', 'gather-caseload-list'])
  })

  it('takes the further stage, its finalised time, reopenings from both sides and the later agreement', () => {
    const mine = validReviewFile().data
    const finalisedAt = '2026-11-24T15:00:00.000Z'
    const reopened = { reopenedAt: '2026-11-24T10:00:00.000Z', reason: 'Item 6 evidence added', by: ALEX.name }
    const newerAgreement = { ...mine.reviews[0]!.agreement!, exactCount: 23, exactPercent: 92, computedAt: later }
    const file = reviewFile((f) => {
      f.data.reviews[0] = {
        ...f.data.reviews[0]!,
        status: 'final',
        finalisedAt,
        reopenings: [reopened],
        agreement: newerAgreement,
      }
    })
    const p = plan(file, device(mine))
    expect(p.conflicts).toEqual([])
    expect(resolveImport(p, {}).reviews[0]).toMatchObject({
      status: 'final',
      finalisedAt,
      reopenings: [reopened],
      agreement: newerAgreement,
    })
  })

  it('treats an older copy of my own review as nothing new', () => {
    const mine = validReviewFile().data
    const file = reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, status: 'scoring', ratingsFinishedBy: [SAM.id], agreement: null }
    })
    const p = plan(file, device(mine))
    expect(p.counts.reviews).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
    expect(resolveImport(p, {}).reviews).toEqual([])
  })
})

describe('records edited on both sides', () => {
  const mine = () => validReviewFile().data
  const editedRating = () =>
    reviewFile((f) => {
      const rating = f.data.ratings.find((r) => r.itemId === ITEM_6 && r.reviewerId === SAM.id)!
      rating.score = 2
      rating.rationale = 'No joint caseload review.'
    })

  it('shows a rating edited on both sides as a conflict with both scores, in users’ words', () => {
    const conflict = onlyConflict(plan(editedRating(), device(mine())))
    expect(conflict.label).toBe(
      'Rating of item 6 Collaboration between employment specialists and Jobcentre Plus / DWP by Sam Patel',
    )
    expect(conflict.fields).toEqual([
      { name: 'score', label: 'Score', local: '4', incoming: '2' },
      {
        name: 'rationale',
        label: 'Rationale',
        local: `Based on the interviews and the records for ${ITEM_6}.`,
        incoming: 'No joint caseload review.',
      },
    ])
  })

  it('shows a record-review row edited on both sides with the full record review’s fields in words', () => {
    const data = mine()
    const file = reviewFile((f) => {
      f.data.recordReviewRows[0] = {
        ...f.data.recordReviewRows[0]!,
        entryDate: '2026-09-01',
        careerProfile: 'updated-after-each-job',
        supportDuration: 'a-year-or-more',
        disclosureDiscussed: true,
        updatedAt: later,
      }
    })
    expect(onlyConflict(plan(file, device(data))).fields).toEqual([
      { name: 'entryDate', label: 'Date of entry to the service', local: 'None', incoming: '1 September 2026' },
      { name: 'careerProfile', label: 'Vocational profile', local: 'None', incoming: 'Updated after each job' },
      { name: 'disclosureDiscussed', label: 'Disclosure discussed', local: 'None', incoming: 'Yes' },
      { name: 'supportDuration', label: 'In-work support has lasted', local: 'None', incoming: 'A year or more' },
    ])
  })

  it('shows the report narrative, a finding and an action’s follow-up edited on both sides in words', () => {
    const data = mine()
    const file = reviewFile((f) => {
      f.data.reportNarratives[0] = {
        ...f.data.reportNarratives[0]!,
        executiveSummary: 'Rewritten on the other laptop',
        topRecommendations: [],
        updatedAt: later,
      }
      f.data.itemFindings[0] = { ...f.data.itemFindings[0]!, kind: 'area-to-develop', updatedAt: later }
      f.data.actionPlan[0] = {
        ...f.data.actionPlan[0]!,
        reviewPointMonths: 3,
        statusUpdates: [{ date: '2027-02-01', status: 'done', note: 'Meetings running', by: 'Team leader' }],
        updatedAt: later,
      }
    })
    const conflicts = plan(file, device(data)).conflicts
    expect(conflicts.map((c) => c.fields.map((f) => [f.label, f.local, f.incoming]))).toEqual([
      [
        ['Status updates', expect.any(String) as string, '1 February 2027, Done (Team leader): Meetings running'],
        ['Review point', '6 months after the report', '3 months after the report'],
      ],
      [
        [
          'Executive summary',
          'Northgate’s IPS service is well established and growing.',
          'Rewritten on the other laptop',
        ],
        ['Top recommendations', expect.stringMatching(/^item 6 Collaboration/) as string, 'None'],
      ],
      [['Finding', 'Recommendation', 'Area to develop']],
    ])
  })

  it('keeps my rating unless I choose the file’s', () => {
    const p = plan(editedRating(), device(mine()))
    const conflict = onlyConflict(p)
    // Keeping mine writes nothing over it; choosing the file's writes the file's.
    expect(resolveImport(p, {}).ratings).toEqual([])
    expect(resolveImport(p, { [conflict.id]: 'local' }).ratings).toEqual([])
    expect(resolveImport(p, { [conflict.id]: 'incoming' }).ratings).toEqual([conflict.incoming])
    expect(resolveImport(p, { [conflict.id]: 'incoming' }).ratings[0]!.score).toBe(2)
  })

  it('shows a review edited on both sides with the differing fields only, dates in words', () => {
    const data = mine()
    data.reviews[0] = { ...data.reviews[0]!, ratingsFinishedBy: [SAM.id] }
    const file = reviewFile((f) => {
      f.data.reviews[0] = {
        ...f.data.reviews[0]!,
        visitEnd: '2026-11-22',
        ratingsFinishedBy: [ALEX.id],
        updatedAt: later,
      }
    })
    const p = plan(file, device(data))
    const conflict = onlyConflict(p)
    expect(conflict.label).toBe('Review of Northgate Community Recovery Team (20-21 November 2026)')
    expect(conflict.fields).toEqual([
      { name: 'visitEnd', label: 'Last day of the visit', local: '21 November 2026', incoming: '22 November 2026' },
    ])
    // Whichever version is kept, what merges without asking is merged: both have finished rating.
    expect(resolveImport(p, {}).reviews).toEqual([
      expect.objectContaining({ visitEnd: '2026-11-21', ratingsFinishedBy: [SAM.id, ALEX.id] }),
    ])
    expect(resolveImport(p, { [conflict.id]: 'incoming' }).reviews).toEqual([
      expect.objectContaining({ visitEnd: '2026-11-22', ratingsFinishedBy: [SAM.id, ALEX.id] }),
    ])
  })

  it('names the key dates of a review edited on both sides in words, a default date as the default', () => {
    const file = reviewFile((f) => {
      f.data.reviews[0] = {
        ...f.data.reviews[0]!,
        reportDueDate: null,
        actionPlanDueDate: '2027-01-08',
        nextReviewDate: '2027-12-01',
        updatedAt: later,
      }
    })
    expect(onlyConflict(plan(file, device(mine()))).fields).toEqual([
      {
        name: 'reportDueDate',
        label: 'Report due',
        local: '11 December 2026',
        incoming: 'The default, counted from the visit',
      },
      {
        name: 'actionPlanDueDate',
        label: 'Action plan due',
        local: 'The default, counted from the visit',
        incoming: '8 January 2027',
      },
      { name: 'nextReviewDate', label: 'Next review', local: '30 November 2027', incoming: '1 December 2027' },
    ])
  })

  it('names evidence, consensus and calculator conflicts by item, and labels choices', () => {
    const file = reviewFile((f) => {
      f.data.evidence[1]!.note = 'Meets the work coach weekly.'
      f.data.evidence[1]!.source = 'document'
      f.data.consensus[0]!.score = null
      f.data.calculatorInputs[0]!.values = { activeClients: 90, specialistFte: 3.6 }
    })
    const conflicts = plan(file, device(mine())).conflicts
    expect(conflicts.map((c) => c.label)).toEqual([
      'Evidence for item 6 Collaboration between employment specialists and Jobcentre Plus / DWP (Interview)',
      'Calculator figures for item 1 Caseload size',
      'Consensus on item 6 Collaboration between employment specialists and Jobcentre Plus / DWP',
    ])
    expect(conflicts[0]!.fields.find((f) => f.name === 'source')).toMatchObject({
      local: 'Interview',
      incoming: 'Document',
    })
    expect(conflicts[1]!.fields[0]).toMatchObject({
      local: 'activeClients: 81; specialistFte: 3.6',
      incoming: 'activeClients: 90; specialistFte: 3.6',
    })
    expect(conflicts[2]!.fields[0]).toMatchObject({ label: 'Score', local: '3', incoming: 'Not agreed' })
    expect(new Set(conflicts.map((c) => c.id)).size).toBe(3)
  })

  it('names the review too when a backup holds the conflict', () => {
    const file = validBackupFile()
    file.data.actionPlan[0]!.owner = 'Employment lead'
    const conflict = onlyConflict(plan(file, device(validBackupFile().data)))
    expect(conflict.label).toBe(
      'Action plan entry for item 6 Collaboration between employment specialists and Jobcentre Plus / DWP, ' +
        'in the review of Northgate Community Recovery Team (20-21 November 2026)',
    )
  })
})

describe('a review whose two copies list different reviewers', () => {
  const CASEY = { id: 'reviewer-casey', name: 'Casey Brown' }
  // On this device Sam reviews with Alex; the file's copy has Casey instead of Alex, with Casey's ratings.
  const file = () =>
    reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, reviewers: [SAM, CASEY], ratingsFinishedBy: [SAM.id, CASEY.id] }
      f.data.ratings = [
        ...byReviewer(f.data.ratings, SAM.id),
        ...byReviewer(f.data.ratings, ALEX.id).map((r) => ({ ...r, reviewerId: CASEY.id })),
      ]
    })

  it('holds the new reviewer’s ratings back until the file’s version of the review is chosen', () => {
    const p = plan(file(), device(validReviewFile().data))
    const conflict = onlyConflict(p)
    expect(conflict.fields.find((f) => f.name === 'reviewers')).toMatchObject({
      local: 'Sam Patel, Alex Jones',
      incoming: 'Sam Patel, Casey Brown',
    })
    expect(conflict.fields.at(-1)).toMatchObject({ local: 'None', incoming: '25 ratings by Casey Brown' })
    expect(resolveImport(p, {}).ratings).toEqual([])
    const taken = resolveImport(p, { [conflict.id]: 'incoming' })
    expect(taken.ratings).toHaveLength(25)
    expect(taken.reviews[0]!.reviewers).toEqual([SAM, CASEY])
  })
})

describe('settings in a backup', () => {
  it('keeps this device’s backup date and storage request, which are not conflicts', () => {
    const file = validBackupFile()
    const mine = { ...file.data.settings, lastBackupAt: later, persistenceRequested: true }
    const p = plan(file, device({ ...validBackupFile().data, settings: mine }))
    expect(p.counts.settings).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
    expect(resolveImport(p, {}).settings).toBeNull()
  })

  it('asks when settings differ, and taking the file’s keeps the device’s own facts', () => {
    const file = validBackupFile()
    const mine = { ...defaultSettings, backupReminderDays: 30, lastBackupAt: later, persistenceRequested: true }
    const p = plan(file, device({ ...validBackupFile().data, settings: mine }))
    const conflict = onlyConflict(p)
    expect(conflict.fields).toEqual([
      { name: 'backupReminderDays', label: 'Backup reminder (days)', local: '30', incoming: '7' },
    ])
    expect(resolveImport(p, {}).settings).toBeNull()
    expect(resolveImport(p, { [conflict.id]: 'incoming' }).settings).toEqual({
      ...file.data.settings,
      lastBackupAt: later,
      persistenceRequested: true,
    })
  })
})

describe('remembered team links in a backup', () => {
  it('travel with the settings and read in words when they differ', () => {
    const file = validBackupFile()
    file.data.settings.teamLinks = { 'team-a': 'team-b', 'team-c': 'team-b' }
    const mine = { ...file.data.settings, teamLinks: {} }
    const conflict = onlyConflict(plan(file, device({ ...validBackupFile().data, settings: mine })))
    expect(conflict.fields).toEqual([
      {
        name: 'teamLinks',
        label: 'Teams linked on import',
        local: 'None',
        incoming: '2 teams from other devices’ files',
      },
    ])
  })
})

describe('reviews on a scale this device does not have', () => {
  it('blocks the import and says which scale to import first', () => {
    const file = reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, scaleVersion: '2.0.0' }
    })
    expect(plan(file, device({})).blockers).toEqual([
      'The review of Northgate Community Recovery Team (20-21 November 2026) uses scale ips-uk version 2.0.0, ' +
        'which is not on this device. Import that scale first.',
    ])
  })

  it('does not block when the backup brings the scale or the device has it', () => {
    const file = validBackupFile()
    file.data.reviews[0] = { ...file.data.reviews[0]!, scaleVersion: '1.1.0' }
    expect(plan(file, device({})).blockers).toEqual([])
    const onDevice = reviewFile((f) => {
      f.data.reviews[0] = { ...f.data.reviews[0]!, scaleId: 'ips-northgate' }
    })
    expect(planImport(onDevice, emptyImportWrites(), (id) => id === 'ips-northgate').blockers).toEqual([])
  })
})

describe('speed', () => {
  it('plans a backup with 75,000 evidence entries in well under a second', { timeout: 30_000 }, () => {
    const file = validBackupFile()
    const template = file.data.evidence[0]!
    const evidence: EvidenceEntry[] = Array.from({ length: 75_000 }, (_, i) => ({ ...template, id: `evidence-${i}` }))
    file.data.evidence = evidence
    // Half already on the device, a tenth of those edited there.
    const mine = evidence
      .filter((_, i) => i % 2 === 0)
      .map((entry, i) => (i % 10 === 0 ? { ...entry, note: `${entry.note} (edited)` } : entry))
    const existing = existingFor(file, device({ ...emptyReviewData(), evidence: mine }))
    // The best of three runs, so other work on a busy machine does not fail a linear plan.
    const times = [0, 1, 2].map(() => {
      const started = performance.now()
      planImport(file, existing, bundled)
      return performance.now() - started
    })
    expect(Math.min(...times)).toBeLessThan(1000)
    expect(planImport(file, existing, bundled).counts.evidence).toEqual({
      added: 37_500,
      unchanged: 33_750,
      merged: 0,
      conflicts: 3_750,
    })
  })
})

describe('imported scales in a backup', () => {
  it('refuses a different scale under an id and version the device already holds: a version never changes', () => {
    const file = validBackupFile()
    const mine = validBackupFile().data
    const scale = mine.importedScales[0]!.data as { notes: string[] }
    scale.notes = [...scale.notes, 'A note added on this device']
    const planned = plan(file, device(mine))
    expect(planned.conflicts).toEqual([])
    expect(planned.writes.importedScales).toEqual([])
    expect(planned.blockers).toEqual([
      'The file holds a different scale under id ips-uk version 1.1.0 than this device. ' +
        'A scale version never changes: give one of them a new version number, then import again.',
    ])
  })

  it('does not count a later import time as a difference', () => {
    const file = validBackupFile()
    const mine = validBackupFile().data
    mine.importedScales[0]!.importedAt = later
    expect(plan(file, device(mine)).counts.importedScales).toEqual({ added: 0, unchanged: 1, merged: 0, conflicts: 0 })
  })
})

describe('a review that is final on this device', () => {
  const finalOnDevice = () => {
    const data = validReviewFile().data
    data.reviews = data.reviews.map((review) => ({ ...review, status: 'final', finalisedAt: later }))
    return data
  }
  const blocker =
    'The review of Northgate Community Recovery Team (20-21 November 2026) is final on this device, and the file ' +
    'would change its evidence or scores. Reopen it on this device first (the reopening is recorded), then import again.'

  it('refuses a file that would change one of its agreed scores, until it is reopened', () => {
    const file = reviewFile((f) => {
      f.data.consensus[0]!.score = f.data.consensus[0]!.score === 5 ? 4 : 5
    })
    expect(plan(file, device(finalOnDevice())).blockers).toEqual([blocker])
  })

  it('refuses a file that would add a co-reviewer’s ratings to it', () => {
    const mine = finalOnDevice()
    mine.ratings = byReviewer(mine.ratings, SAM.id)
    expect(plan(validReviewFile(), device(mine)).blockers).toEqual([blocker])
  })

  it('still takes a new action-plan entry: the plan is agreed after the report', () => {
    const mine = finalOnDevice()
    const file = reviewFile((f) => {
      f.data.actionPlan.push({ ...f.data.actionPlan[0]!, id: 'action-after-report', action: 'Weekly job club' })
    })
    const p = plan(file, device(mine))
    expect(p.blockers).toEqual([])
    expect(p.counts.actionPlan.added).toBe(1)
  })

  it('imports the same final review again as unchanged, without a blocker', () => {
    const mine = finalOnDevice()
    const file = reviewFile((f) => {
      f.data.reviews = mine.reviews
    })
    const p = plan(file, device(mine))
    expect(p.blockers).toEqual([])
    expect(p.conflicts).toEqual([])
  })
})

describe('a summary for the network meeting the full review', () => {
  const finalData = () => {
    const data = validReviewFile().data
    data.reviews = data.reviews.map((r) => ({ ...r, status: 'final', finalisedAt: '2026-11-22T10:00:00.000Z' }))
    return data
  }

  it('never overwrites the full review on this device: its rows are left out, and the preview says so', () => {
    const full = finalData()
    const summary = reviewFile((file) => {
      file.data = networkSummary(finalData())
      file.data.consensus = file.data.consensus.map((c) => ({ ...c, rationale: `${c.rationale} (edited)` }))
    })
    const p = plan(summary, device(full))
    expect(p.writes.reviews).toEqual([])
    expect(p.writes.consensus).toEqual([])
    expect(p.conflicts).toEqual([])
    expect(p.notes).toEqual([expect.stringMatching(/holds that review in full.*the full review is kept/)])
  })

  it('is replaced by the full review when only the summary is on this device', () => {
    const summary = networkSummary(finalData())
    const full = reviewFile((file) => {
      file.data = finalData()
    })
    const p = plan(full, device(summary))
    expect(p.writes.reviews.map((r) => r.source)).toEqual(['full-review'])
    expect(p.blockers).toEqual([])
    expect(p.notes).toEqual([expect.stringMatching(/the full review in the file replaces it/)])
  })
})
