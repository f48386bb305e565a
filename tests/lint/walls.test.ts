// @vitest-environment node
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

/** The messages ESLint gives for `code` as if it lived at `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('the walls between the rooms', () => {
  it.each([
    ['src/domain/x.ts', "import { useState } from 'react'\nexport const x = useState", 'no React'],
    ['src/domain/x.ts', "import Dexie from 'dexie'\nexport const x = Dexie", 'dexie'],
    ['src/domain/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF", 'jspdf'],
    ['src/domain/x.ts', "import { db } from '../storage/database'\nexport const x = db", 'nothing of ours'],
    ['src/features/teams/x.tsx', "import Dexie from 'dexie'\nexport const x = Dexie", 'dexie'],
    ['src/routes/x.tsx', "import { useLiveQuery } from 'dexie-react-hooks'\nexport const x = useLiveQuery", 'dexie'],
    ['src/storage/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF", 'jspdf'],
    ['src/ui/x.ts', "import autoTable from 'jspdf-autotable'\nexport const x = autoTable", 'jspdf'],
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
      'src/domain/x.ts',
      "import { z } from 'zod'\nimport { bandForTotal } from './bands'\nexport const x = [z, bandForTotal]",
    ],
    ['src/storage/x.ts', "import Dexie from 'dexie'\nexport const x = Dexie"],
    ['src/report/x.ts', "import { jsPDF } from 'jspdf'\nexport const x = jsPDF"],
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
})
