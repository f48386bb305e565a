// Fills the app's IndexedDB with a large, valid data set for the storage benchmark:
// TEAMS teams, REVIEWS_PER_TEAM reviews each, and full evidence for every review.
// Runs inside the page (passed to page.evaluate), after the app has created its database.
export async function seedLargeDatabase({ teams, reviewsPerTeam, itemIds, noteLength }) {
  const open = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('ips-fidelity-review')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const db = await open()
  const at = '2026-01-15T10:00:00.000Z'
  const note = 'Evidence note from the site visit. '.repeat(Math.ceil(noteLength / 35)).slice(0, noteLength)
  const sources = ['interview', 'record-review', 'observation', 'management-data', 'document']
  const tables = { teams: [], reviews: [], evidence: [], calculatorInputs: [], recordReviewRows: [], ratings: [] }
  for (let t = 0; t < teams; t++) {
    const teamId = `bench-team-${t}`
    tables.teams.push({
      id: teamId,
      name: `Bench Team ${String(t).padStart(3, '0')}`,
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
    })
    for (let r = 0; r < reviewsPerTeam; r++) {
      const reviewId = `${teamId}-review-${r}`
      const day = String(1 + r).padStart(2, '0')
      // A self-assessment has one assessor (the app refuses two, in the form and in an import).
      const reviewers =
        r % 2
          ? [{ id: 'a', name: 'Reviewer A' }]
          : [
              { id: 'a', name: 'Reviewer A' },
              { id: 'b', name: 'Reviewer B' },
            ]
      tables.reviews.push({
        id: reviewId,
        teamId,
        type: r % 2 ? 'self-assessment' : 'independent',
        scaleId: 'ips-uk',
        scaleVersion: '1.0.0',
        visitStart: `2025-0${1 + (r % 9)}-${day}`,
        visitEnd: `2025-0${1 + (r % 9)}-${day}`,
        reviewers,
        status: 'collecting-evidence',
        planningChecklist: [],
        createdAt: at,
        updatedAt: at,
        finalisedAt: null,
        reopenings: [],
      })
      itemIds.forEach((itemId, i) => {
        for (let e = 0; e < 3; e++) {
          tables.evidence.push({
            id: `${reviewId}-${itemId}-${e}`,
            reviewId,
            itemId,
            source: sources[(i + e) % sources.length],
            intervieweeRole: 'employment specialist',
            note,
            createdAt: at,
            updatedAt: at,
          })
        }
        for (const { id: reviewerId } of reviewers) {
          tables.ratings.push({
            reviewId,
            itemId,
            reviewerId,
            score: 1 + ((i + e2(reviewerId)) % 5),
            rationale: 'Seen in records.',
            updatedAt: at,
          })
        }
      })
      tables.calculatorInputs.push({
        reviewId,
        itemId: itemIds[0],
        values: { activeClients: 60, specialistFte: 2.5 },
        updatedAt: at,
      })
      for (let k = 0; k < 10; k++) {
        tables.recordReviewRows.push({
          id: `${reviewId}-row-${k}`,
          reviewId,
          anonymousId: `R-${k + 1}`,
          daysToFirstEmployerContact: 10 + k * 7,
          jobType: 'Retail',
          employer: `Employer ${k}`,
          competitive: true,
          supportContactsAfterStart: 4,
          createdAt: at,
          updatedAt: at,
        })
      }
    }
  }
  function e2(reviewerId) {
    return reviewerId === 'a' ? 0 : 1
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
