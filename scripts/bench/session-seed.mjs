// Fills the app's IndexedDB with one review whose visit has SESSIONS sessions and NOTES session notes between
// them (each tagged to one to three items), for the session-notes typing benchmark. Runs inside the page
// (passed to page.evaluate), after the app has created its database; rows match the schemas of database version 4.
export async function seedSessionNotes({ sessions, notes, itemIds, noteLength }) {
  const open = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('ips-fidelity-review')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const db = await open()
  const at = '2026-03-02T08:00:00.000Z'
  const teamId = 'bench-visit-team'
  const reviewId = 'bench-visit-review'
  const text = 'Said in the session, in the reviewer’s words. '.repeat(Math.ceil(noteLength / 46)).slice(0, noteLength)
  const kinds = [
    ['interview', 'team-leader'],
    ['group-interview', 'employment-specialist'],
    ['observation', 'clinician'],
    ['group-interview', 'service-user'],
    ['interview', 'senior-manager'],
  ]
  const tables = {
    teams: [
      {
        id: teamId,
        name: 'Bench Visit Team',
        organisation: 'Bench NHS Foundation Trust',
        serviceType: 'community-recovery',
        locality: 'Benchshire',
        teamLeader: 'Team leader',
        specialistCount: 3,
        specialistFte: 2.5,
        notes: '',
        archivedAt: null,
        createdAt: at,
        updatedAt: at,
      },
    ],
    reviews: [
      {
        id: reviewId,
        teamId,
        type: 'independent',
        scaleId: 'ips-uk',
        scaleVersion: '1.0.0',
        visitStart: '2026-03-02',
        visitEnd: '2026-03-03',
        reviewers: [
          { id: 'a', name: 'Reviewer A' },
          { id: 'b', name: 'Reviewer B' },
        ],
        status: 'collecting-evidence',
        checklistDone: [],
        createdAt: at,
        updatedAt: at,
        finalisedAt: null,
        reopenings: [],
      },
    ],
    visitSessions: [],
    sessionNotes: [],
  }
  for (let s = 0; s < sessions; s++) {
    const [kind, role] = kinds[s % kinds.length]
    const hour = 9 + (s % 8)
    tables.visitSessions.push({
      id: `bench-visit-session-${s}`,
      reviewId,
      position: s,
      date: s < sessions / 2 ? '2026-03-02' : '2026-03-03',
      start: `${String(hour).padStart(2, '0')}:00`,
      end: `${String(hour).padStart(2, '0')}:50`,
      kind,
      role,
      otherRoleLabel: '',
      people: 2,
      place: 'Team base',
      itemIds: itemIds.filter((_, i) => (i + s) % 3 === 0),
      unplanned: false,
      createdAt: at,
      updatedAt: at,
    })
  }
  for (let n = 0; n < notes; n++) {
    const first = n % itemIds.length
    const tagged = [
      ...new Set([itemIds[first], itemIds[(first + 7) % itemIds.length], itemIds[(first + 13) % itemIds.length]]),
    ]
    const when = new Date(Date.parse(at) + n * 60_000).toISOString()
    tables.sessionNotes.push({
      id: `bench-visit-note-${String(n).padStart(3, '0')}`,
      reviewId,
      sessionId: `bench-visit-session-${n % sessions}`,
      itemIds: tagged.slice(0, 1 + (n % 3)),
      note: text,
      createdAt: when,
      updatedAt: when,
    })
  }
  for (const [name, rows] of Object.entries(tables)) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(name, 'readwrite')
      const store = tx.objectStore(name)
      for (const row of rows) store.put(row)
      tx.oncomplete = resolve
      tx.onerror = () => reject(tx.error)
    })
  }
  db.close()
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]))
}
