// @vitest-environment node
import { ESLint } from 'eslint'
import { readdirSync, readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

// The first lint loads the config and its plugins: seconds on a busy machine, not part of any one case.
beforeAll(() => eslint.lintText('', { filePath: 'src/x.ts' }), 60_000)

/** The messages `rule` gives for `code` as if it lived at `filePath`. */
async function errorsOf(rule: string, filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message)
}

const importErrors = (filePath: string, code: string) => errorsOf('no-restricted-imports', filePath, code)

describe('the walls between the rooms', () => {
  it.each([
    ['src/domain/review/x.ts', "import { useState } from 'react'\nexport const x = useState", 'no React'],
    ['src/domain/review/x.ts', "import Dexie from 'dexie'\nexport const x = Dexie", 'dexie'],
    ['src/domain/review/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF", 'jspdf'],
    ['src/domain/review/x.ts', "import { db } from '../../storage/database'\nexport const x = db", 'nothing of ours'],
    ['src/domain/review/x.ts', "import { Scale } from '../scale/schema'\nexport const x = Scale", '#domain/<folder>'],
    [
      'src/domain/scale/x.ts',
      "import { r } from '#domain/scoring/results'\nexport const x = r",
      'may import only domain/text',
    ],
    ['src/domain/text/x.ts', "import { S } from '#domain/scale/schema'\nexport const x = S", 'may import only itself'],
    ['src/domain/report-model/x.ts', "import { f } from '#domain/exchange/file'\nexport const x = f", 'one-way'],
    ['src/features/teams/x.tsx', "import Dexie from 'dexie'\nexport const x = Dexie", 'dexie'],
    ['src/routes/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery", 'dexie'],
    ['src/storage/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF", 'jspdf'],
    ['src/ui/x.ts', "import autoTable from 'jspdf-autotable'\nexport const x = autoTable", 'jspdf'],
    ['src/ui/x.ts', "import Dexie from 'dexie'\nexport const x = Dexie", 'dexie'],
    [
      'src/ui/x.ts',
      "import { describeStorageError } from '../storage/storage-error'\nexport const x = describeStorageError",
      'may not import storage/',
    ],
    [
      'src/ui/forms/x.tsx',
      "import { db } from '../../storage/database'\nexport const x = db",
      'may not import storage/',
    ],
    ['src/ui/x.tsx', "import { paths } from '../app/paths'\nexport const x = paths", 'may not import app/'],
    [
      'src/features/teams/x.tsx',
      "import { ScaleCatalogue } from '../scales/scale-catalogue'\nexport const x = ScaleCatalogue",
      'another feature',
    ],
    [
      'src/features/teams/x.tsx',
      "import { S } from '../../features/settings/storage-status'\nexport const x = S",
      'another feature',
    ],
  ])('%s: rejects %s', async (filePath, code, expected) => {
    const errors = await importErrors(filePath, code)
    expect(errors.join('\n')).toContain(expected)
  })

  it.each([
    [
      'src/domain/scale/x.ts',
      "import { z } from 'zod'\nimport { bandForTotal } from './bands'\nexport const x = [z, bandForTotal]",
    ],
    [
      'src/domain/scoring/x.ts',
      "import { r } from '#domain/review/rating'\nimport { s } from './results'\nexport const x = [r, s]",
    ],
    ['src/storage/x.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
    ['src/report/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF"],
    [
      'src/ui/x.tsx',
      "import { Link } from 'react-router'\nimport { formatDate } from './format'\nexport const x = [Link, formatDate]",
    ],
    [
      'src/features/teams/x.tsx',
      "import { TeamDetails } from './team-details'\nimport { paths } from '../../app/paths'\nexport const x = [TeamDetails, paths]",
    ],
    [
      'src/routes/x.tsx',
      "import { TeamList } from '../features/teams/team-list'\nimport { StorageStatus } from '../features/settings/storage-status'\nexport const x = [TeamList, StorageStatus]",
    ],
  ])('%s: allows its own imports', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([])
  })

  // A new domain folder missing from eslint.config.js's order would have no walls at all.
  const domainFolders = readdirSync('src/domain', { withFileTypes: true }).filter((d) => d.isDirectory())
  it.each(domainFolders.map((d) => d.name))('src/domain/%s/ is walled like the rest of domain/', async (folder) => {
    const errors = await importErrors(
      `src/domain/${folder}/x.ts`,
      "import { useState } from 'react'\nexport const x = useState",
    )
    expect(errors.join('\n')).toContain('no React')
  })

  it('keeps domain files in subject folders', async () => {
    const [result] = await eslint.lintText('export const x = 1\n', { filePath: 'src/domain/x.ts' })
    expect(result?.messages.map((m) => m.message)).toContain('domain/ files live in a subject folder.')
  })
})

describe('the walls of storage/, report/ and features/ towards the rooms above them', () => {
  it.each([
    [
      'src/storage/x.ts',
      "import { TeamList } from '../features/teams/team-list'\nexport const x = TeamList",
      'storage/ may not import',
    ],
    [
      'src/storage/x.ts',
      "import { HomeRoute } from '../routes/home'\nexport const x = HomeRoute",
      'storage/ may not import',
    ],
    [
      'src/report/x.ts',
      "import { getDatabase } from '../storage/database'\nexport const x = getDatabase",
      'report/ imports only domain/',
    ],
    [
      'src/report/x.ts',
      "import { ReportScreen } from '../features/report/report-screen'\nexport const x = ReportScreen",
      'report/ imports only domain/',
    ],
    [
      'src/report/x.ts',
      "import { formatDate } from '../ui/format'\nexport const x = formatDate",
      'report/ imports only domain/',
    ],
    [
      'src/features/teams/x.tsx',
      "import { TeamRoute } from '../../routes/team'\nexport const x = TeamRoute",
      'routes compose',
    ],
  ])('%s: rejects %s', async (filePath, code, expected) => {
    expect((await importErrors(filePath, code)).join('\n')).toContain(expected)
  })

  it.each([
    [
      'src/storage/x.ts',
      "import type { Review } from '#domain/review/review'\nimport { getDatabase } from './database'\nexport const x = (r: Review) => [r, getDatabase]",
    ],
    [
      'src/report/x.ts',
      "import type { ReportModel } from '#domain/report-model/model'\nimport { MARGIN } from './pdf-writer'\nexport const x = (m: ReportModel) => [m, MARGIN]",
    ],
  ])('%s: allows its own imports', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([])
  })
})

describe('no import cycles', () => {
  const cycleErrors = (filePath: string, code: string) => errorsOf('local/no-import-cycle', filePath, code)

  // Each plants an import back into a real module that imports the planted file.
  it.each([
    [
      'src/storage/draft.ts',
      "import { getDatabase } from './database'\nexport const x = getDatabase",
      'src/storage/draft.ts -> src/storage/database.ts -> src/storage/draft.ts',
    ],
    [
      'src/domain/text/plural.ts',
      "import { summariseRecords } from '#domain/review/record-review-inputs'\nexport const x = summariseRecords",
      'src/domain/text/plural.ts -> src/domain/review/record-review-inputs.ts -> src/domain/text/plural.ts',
    ],
    [
      'src/app/paths.ts',
      "export const x = () => import('./app')",
      'src/app/paths.ts -> src/app/app.tsx -> src/app/paths.ts',
    ],
  ])('%s: rejects an import that comes back (%s)', async (filePath, code, cycle) => {
    expect(await cycleErrors(filePath, code)).toEqual([expect.stringContaining(`Import cycle: ${cycle}.`)])
  })

  it('allows the same file as it is', async () => {
    expect(await cycleErrors('src/storage/draft.ts', readFileSync('src/storage/draft.ts', 'utf8'))).toEqual([])
  })
})
