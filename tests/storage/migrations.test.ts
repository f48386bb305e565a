import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { getDatabase, resetDatabaseForTests, versions } from '../../src/storage/database'
import { teamsRepo } from '../../src/storage/teams-repo'
import { reviewsRepo } from '../../src/storage/reviews-repo'
import { evidenceRepo } from '../../src/storage/evidence-repo'
import { ratingsRepo } from '../../src/storage/ratings-repo'
import { scalesRepo } from '../../src/storage/scales-repo'
import { settingsRepo } from '../../src/storage/settings-repo'
import { actionPlanRepo } from '../../src/storage/action-plan-repo'
import { draftJournal } from '../../src/storage/draft-journal'
import { visitRepo } from '../../src/storage/visit-repo'
import { reportNarrativeRepo } from '../../src/storage/report-narrative-repo'
import { networkRepo } from '../../src/storage/network-repo'
import { outcomesRepo } from '../../src/storage/outcomes-repo'

/**
 * For every schema version: rows exactly as that version wrote them (literal objects, never built
 * from today's types, so a changed schema cannot silently change the fixture), and what the
 * current code must read back. Adding a version without a fixture fails the coverage test below.
 */
interface Fixture {
  rows: Record<string, unknown[]>
  check: () => Promise<void>
}

const at = '2025-06-01T10:00:00.000Z'

const fixtures: Record<number, Fixture> = {
  1: {
    rows: {
      teams: [
        {
          id: 't1',
          name: 'Old Team',
          organisation: 'Old Trust',
          serviceType: 'early-intervention',
          locality: 'Westside',
          teamLeader: 'Lead',
          specialistCount: 2,
          specialistFte: 1.5,
          notes: 'Kept',
          archivedAt: null,
          createdAt: at,
          updatedAt: at,
        },
      ],
      reviews: [
        {
          id: 'r1',
          teamId: 't1',
          type: 'self-assessment',
          scaleId: 'ips-fidelity-uk',
          scaleVersion: '1.0.0',
          visitStart: '2025-06-02',
          visitEnd: '2025-06-03',
          reviewers: [{ id: 'a', name: 'Reviewer A' }],
          status: 'scoring',
          planningChecklist: [
            { id: 'p1', kind: 'observe-team-meeting', label: 'Team meeting', date: '2025-06-02', done: true },
          ],
          createdAt: at,
          updatedAt: at,
          finalisedAt: null,
          // Version 1 recorded when and why a review was reopened, not by whom.
          reopenings: [{ reopenedAt: at, reason: 'More evidence' }],
        },
      ],
      evidence: [
        {
          id: 'e1',
          reviewId: 'r1',
          itemId: 'caseload-size',
          source: 'interview',
          intervieweeRole: 'team leader',
          note: 'Twenty each',
          createdAt: at,
          updatedAt: at,
        },
      ],
      calculatorInputs: [{ reviewId: 'r1', itemId: 'caseload-size', values: { clients: 40, fte: 2 }, updatedAt: at }],
      recordReviewRows: [
        {
          id: 'rr1',
          reviewId: 'r1',
          anonymousId: 'R-01',
          daysToFirstEmployerContact: 10,
          jobType: 'Retail',
          employer: 'Shop',
          competitive: true,
          supportContactsAfterStart: null,
          createdAt: at,
          updatedAt: at,
        },
      ],
      ratings: [
        { reviewId: 'r1', itemId: 'caseload-size', reviewerId: 'a', score: 4, rationale: 'ok', updatedAt: at },
        { reviewId: 'r1', itemId: 'caseload-size', reviewerId: 'b', score: 3, rationale: 'hm', updatedAt: at },
      ],
      consensus: [{ reviewId: 'r1', itemId: 'caseload-size', score: 4, rationale: 'agreed', updatedAt: at }],
      importedScales: [{ id: 'custom', version: '2.0.0', importedAt: at, data: { title: 'Custom' } }],
      settings: [
        {
          id: 'app',
          backupReminderDays: 30,
          actionPlanWeeks: 6,
          largeText: true,
          lastBackupAt: null,
          persistenceRequested: false,
        },
      ],
    },
    async check() {
      expect(await teamsRepo.get('t1')).toMatchObject({ name: 'Old Team', specialistFte: 1.5 })
      expect((await reviewsRepo.listForTeam('t1')).map((r) => r.status)).toEqual(['scoring'])
      // The old planning checklist became the visit plan: the ticked team-meeting task is a session.
      expect(await reviewsRepo.get('r1')).toMatchObject({ checklistDone: [] })
      expect(await visitRepo.listSessions('r1')).toEqual([
        expect.objectContaining({
          id: 'r1:p1',
          date: '2025-06-02',
          kind: 'observation',
          role: 'clinician',
          itemIds: [],
        }),
      ])
      expect(await getDatabase().reviews.get('r1')).not.toHaveProperty('planningChecklist')
      // Fields added later read back with their defaults.
      expect(await reviewsRepo.get('r1')).toMatchObject({
        ratingsFinishedBy: [],
        agreement: null,
        reopenings: [{ reopenedAt: at, reason: 'More evidence', by: '' }],
      })
      expect((await evidenceRepo.listEntries('r1', 'caseload-size'))[0]?.note).toBe('Twenty each')
      expect((await evidenceRepo.getCalculatorInputs('r1', 'caseload-size'))?.values).toEqual({ clients: 40, fte: 2 })
      expect((await evidenceRepo.listRecordReviewRows('r1'))[0]?.anonymousId).toBe('R-01')
      expect((await ratingsRepo.listRatings('r1')).map((r) => r.score)).toEqual([4, 3])
      expect((await ratingsRepo.listConsensus('r1'))[0]?.score).toBe(4)
      expect((await scalesRepo.listImported())[0]?.data).toEqual({ title: 'Custom' })
      expect(await settingsRepo.get()).toMatchObject({ backupReminderDays: 30, largeText: true })
      // Fields and tables added later: the defaults, and an empty action plan.
      expect(await reviewsRepo.get('r1')).toMatchObject({ actionPlanThreshold: 3 })
      expect((await evidenceRepo.listEntries('r1', 'caseload-size'))[0]?.includeInReport).toBe(false)
      expect(await actionPlanRepo.listForReview('r1')).toEqual([])
    },
  },
}

const v2at = '2026-11-22T10:00:00.000Z'

// Version 2 added the action plan; every version-1 table is filled again so each version reads whole.
const version2: Fixture = {
  rows: {
    teams: [{ ...v1Rows('teams'), id: 't2', name: 'New Team', updatedAt: v2at }],
    reviews: [
      {
        ...v1Rows('reviews'),
        id: 'r2',
        teamId: 't2',
        status: 'final',
        finalisedAt: v2at,
        reopenings: [],
        ratingsFinishedBy: ['a'],
        agreement: null,
        actionPlanThreshold: 2,
      },
    ],
    evidence: [{ ...v1Rows('evidence'), id: 'e2', reviewId: 'r2', includeInReport: true }],
    calculatorInputs: [{ ...v1Rows('calculatorInputs'), reviewId: 'r2' }],
    recordReviewRows: [{ ...v1Rows('recordReviewRows'), id: 'rr2', reviewId: 'r2' }],
    ratings: [
      { reviewId: 'r2', itemId: 'caseload-size', reviewerId: 'a', score: 2, rationale: 'low', updatedAt: v2at },
    ],
    consensus: [{ reviewId: 'r2', itemId: 'caseload-size', score: 2, rationale: 'agreed', updatedAt: v2at }],
    importedScales: [{ id: 'custom', version: '3.0.0', importedAt: v2at, data: { title: 'Custom 3' } }],
    settings: [{ ...v1Rows('settings'), actionPlanWeeks: 8 }],
    actionPlan: [
      {
        id: 'ap1',
        reviewId: 'r2',
        itemId: 'caseload-size',
        recommendation: 'Reduce caseloads',
        action: 'Recruit a specialist',
        owner: 'Team leader',
        targetDate: '2027-01-03',
        createdAt: v2at,
        updatedAt: v2at,
      },
    ],
  },
  async check() {
    expect(await reviewsRepo.get('r2')).toMatchObject({ status: 'final', actionPlanThreshold: 2 })
    expect((await evidenceRepo.listEntries('r2', 'caseload-size'))[0]).toMatchObject({ includeInReport: true })
    expect((await evidenceRepo.listRecordReviewRows('r2'))[0]?.anonymousId).toBe('R-01')
    expect((await ratingsRepo.listConsensus('r2'))[0]?.score).toBe(2)
    expect(await settingsRepo.get()).toMatchObject({ actionPlanWeeks: 8 })
    expect(await actionPlanRepo.listForReview('r2')).toEqual([
      expect.objectContaining({ id: 'ap1', recommendation: 'Reduce caseloads', targetDate: '2027-01-03' }),
    ])
  },
}
fixtures[2] = version2

// Version 3 added the durable draft journal: an unsaved note kept through a crash is read back by the journal.
fixtures[3] = {
  rows: {
    ...version2.rows,
    drafts: [
      {
        reviewId: 'r2',
        record: 'evidence/e2',
        field: 'note',
        value: 'Typed before the crash',
        base: '',
        at: '2026-12-01T10:00:00.000Z',
      },
    ],
  },
  async check() {
    await version2.check()
    expect(await draftJournal.listForReview('r2')).toEqual([
      expect.objectContaining({ record: 'evidence/e2', field: 'note', value: 'Typed before the crash' }),
    ])
  },
}

// Version 4 turned the planning checklist into the visit plan: sessions and the notes taken in them.
fixtures[4] = {
  rows: {
    ...fixtures[3].rows,
    reviews: [
      {
        ...v1Rows('reviews'),
        id: 'r4',
        teamId: 't2',
        planningChecklist: undefined,
        checklistDone: ['data-request-sent'],
      },
    ],
    visitSessions: [
      {
        id: 's4',
        reviewId: 'r4',
        position: 0,
        date: '2025-06-02',
        start: '09:30',
        end: '10:30',
        kind: 'interview',
        role: 'team-leader',
        otherRoleLabel: '',
        people: 1,
        place: 'Room 2',
        itemIds: ['caseload-size', 'zero-exclusion'],
        unplanned: false,
        createdAt: at,
        updatedAt: at,
      },
    ],
    sessionNotes: [
      {
        id: 'n4',
        reviewId: 'r4',
        sessionId: 's4',
        itemIds: ['caseload-size', 'zero-exclusion'],
        note: 'Twenty each; anyone who wants work is referred',
        createdAt: at,
        updatedAt: at,
      },
    ],
  },
  async check() {
    expect(await reviewsRepo.get('r4')).toMatchObject({ checklistDone: ['data-request-sent'] })
    expect((await visitRepo.listSessions('r4'))[0]).toMatchObject({ id: 's4', place: 'Room 2' })
    // One note, shown on each item it is tagged to.
    expect((await visitRepo.listNotesForItem('r4', 'caseload-size')).map((n) => n.id)).toEqual(['n4'])
    expect((await visitRepo.listNotesForItem('r4', 'zero-exclusion')).map((n) => n.id)).toEqual(['n4'])
    expect(await visitRepo.listNotesForItem('r4', 'disclosure')).toEqual([])
  },
}

// Version 5 added what the reviewers write for the report: a narrative per review and findings per item.
fixtures[5] = {
  rows: {
    ...fixtures[4].rows,
    reportNarratives: [
      {
        reviewId: 'r4',
        executiveSummary: 'A steady service.',
        serviceContext: null,
        overallStrengths: 'Integrated with the team.',
        topRecommendations: ['caseload-size'],
        updatedAt: at,
      },
    ],
    itemFindings: [
      { reviewId: 'r4', itemId: 'caseload-size', kind: 'area-to-develop', text: 'Caseloads drift up', updatedAt: at },
    ],
  },
  async check() {
    await fixtures[4]!.check()
    expect(await reportNarrativeRepo.getNarrative('r4')).toMatchObject({
      executiveSummary: 'A steady service.',
      serviceContext: null,
      topRecommendations: ['caseload-size'],
    })
    expect(await reportNarrativeRepo.listFindings('r4')).toEqual([
      expect.objectContaining({ itemId: 'caseload-size', kind: 'area-to-develop', text: 'Caseloads drift up' }),
    ])
  },
}

// Version 6 added each final review's results snapshot (device-only); one written then is read as it was.
fixtures[6] = {
  rows: {
    ...fixtures[5].rows,
    finalScores: [
      {
        reviewId: 'r4',
        teamId: 't2',
        finalisedAt: at,
        scaleId: 'ips-uk',
        scaleVersion: '1.0.0',
        scores: { 'caseload-size': 4, 'zero-exclusion': null },
        total: 4,
        complete: false,
        band: null,
      },
    ],
  },
  async check() {
    await fixtures[5]!.check()
    // The review is not final, so the loader leaves the snapshot out rather than reading it as current.
    const loaded = await networkRepo.load()
    expect(loaded.finalScores).toEqual([])
    expect(await getDatabase().finalScores.get('r4')).toMatchObject({ total: 4, scores: { 'caseload-size': 4 } })
  },
}

// Version 7 added the teams' quarterly outcomes, one row per team per quarter.
fixtures[7] = {
  rows: {
    ...fixtures[6].rows,
    outcomes: [
      {
        teamId: 't2',
        quarter: '2026-Q3',
        caseload: 84,
        inCompetitiveWork: 31,
        outOfWorkAtEntry: 60,
        startedWork: 12,
        jobStarts: null,
        updatedAt: at,
      },
    ],
  },
  async check() {
    await fixtures[6]!.check()
    expect(await outcomesRepo.listForTeam('t2')).toEqual([
      expect.objectContaining({ quarter: '2026-Q3', caseload: 84, startedWork: 12, jobStarts: null }),
    ])
    expect(await outcomesRepo.listForTeam('t1')).toEqual([])
  },
}

/** The one version-1 row of a table, as a base for later fixtures (copied, so the v1 fixture stays as written). */
function v1Rows(table: string): Record<string, unknown> {
  const row = fixtures[1]?.rows[table]?.[0]
  if (!row) throw new Error(`No version-1 row for ${table}`)
  return { ...(row as Record<string, unknown>) }
}

/** Opens a plain Dexie at an old version, with only the versions that existed then, and writes the rows. */
async function writeAtVersion(name: string, version: number, rows: Record<string, unknown[]>) {
  const old = new Dexie(name)
  for (const v of versions.filter((entry) => entry.version <= version)) old.version(v.version).stores(v.stores)
  await old.open()
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows)
  })
  old.close()
}

afterEach(async () => {
  await getDatabase().delete()
})

describe('migrations', () => {
  it('has a fixture for every schema version, and no fixture for a version that does not exist', () => {
    expect(versions.length).toBeGreaterThan(0)
    expect(Object.keys(fixtures).map(Number)).toEqual(versions.map((v) => v.version))
  })

  it('fills every table in each fixture, so a new table cannot go untested', () => {
    for (const v of versions) {
      const tablesSoFar = new Set<string>()
      for (const earlier of versions.filter((e) => e.version <= v.version)) {
        for (const [table, spec] of Object.entries(earlier.stores)) {
          if (spec === null) tablesSoFar.delete(table)
          else tablesSoFar.add(table)
        }
      }
      expect(Object.keys(fixtures[v.version]?.rows ?? {}).sort()).toEqual([...tablesSoFar].sort())
    }
  })

  it.each(versions.map((v) => v.version))(
    'reads rows written at version %i through the current code',
    async (version) => {
      const fixture = fixtures[version]
      if (!fixture) throw new Error(`No migration fixture for version ${version}`)
      const name = `migration-test-v${version}-${crypto.randomUUID()}`
      await writeAtVersion(name, version, fixture.rows)
      resetDatabaseForTests(name)
      await fixture.check()
      expect(getDatabase().verno).toBe(versions.at(-1)?.version)
    },
  )
})
