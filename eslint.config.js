import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { readdirSync, existsSync } from 'node:fs'
import { defineConfig, globalIgnores } from 'eslint/config'
import { noImportCycle } from './scripts/eslint/no-import-cycle.js'

// The walls between the rooms (see docs/decisions/0001-layout-and-walls.md).
const dexieOnlyInStorage = { name: 'dexie', message: 'Only src/storage/ may import dexie.' }
const dexieHooksOnlyInStorage = {
  name: 'dexie-react-hooks',
  message: 'Only src/storage/ may import dexie-react-hooks.',
}
const jspdfOnlyInReport = { group: ['jspdf', 'jspdf-autotable'], message: 'Only src/report/ may import jspdf.' }
const docxOnlyInWordRenderer = {
  group: ['docx', 'docx/*'],
  message: 'Only src/report/docx-*.ts may import docx: it loads in the report worker when a Word file is asked for.',
}

/** A pattern for a room's files that refuses imports from the named rooms of src/, e.g. `../features/x`. */
const noImportsFrom = (rooms, message) => ({ regex: `^(\\.\\./)+(${rooms.join('|')})/`, message })

const featureNames = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []

/**
 * The domain's subject folders and what each may import, lowest first: a folder imports only folders
 * listed before it that it names here, so the order is one-way and a circle cannot form between folders.
 */
const domainFolders = {
  text: [],
  settings: ['text'],
  scale: ['text'],
  calculators: ['text', 'scale'],
  review: ['text', 'scale', 'calculators'],
  practice: ['text', 'scale', 'calculators', 'review'],
  visit: ['text', 'scale', 'review'],
  scoring: ['text', 'scale', 'calculators', 'review', 'practice', 'visit'],
  'report-model': ['text', 'scale', 'calculators', 'review', 'scoring', 'visit'],
  // Before exchange: a backup carries the teams' outcomes (docs/decisions/0026-outcomes.md).
  network: ['text', 'settings', 'scale', 'calculators', 'review', 'scoring', 'visit'],
  exchange: ['text', 'settings', 'scale', 'calculators', 'review', 'practice', 'scoring', 'visit', 'network'],
  import: ['text', 'settings', 'scale', 'calculators', 'review', 'practice', 'scoring', 'exchange', 'visit', 'network'],
  training: ['text', 'scale', 'calculators', 'review', 'practice', 'scoring', 'exchange', 'visit'],
}

/** Restricted imports for one folder; `extra` adds patterns for that folder only. */
function restrict({ paths = [], patterns = [] }) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] }
}

export default defineConfig([
  globalIgnores(['dist', 'dev-dist', 'bench-dist', 'coverage', 'artifacts', 'node_modules']),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite],
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.{ts,js}', 'vitest.*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // No import circles, whatever the room (docs/decisions/0008-walls-on-every-room.md).
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'local/no-import-cycle': 'error' },
  },
  // Everywhere in src: no dexie outside storage, no jspdf outside report.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/report/**'],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [jspdfOnlyInReport, docxOnlyInWordRenderer],
    }),
  },
  // report/ renders in a Web Worker from the domain's report model: no React, storage or screens.
  ...[false, true].map((word) => ({
    files: word ? ['src/report/docx-*.ts'] : ['src/report/**/*.{ts,tsx}'],
    ignores: word ? [] : ['src/report/docx-*.ts'],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        ...(word ? [] : [docxOnlyInWordRenderer]),
        noImportsFrom(
          ['storage', 'features', 'routes', 'ui', 'app'],
          'report/ imports only domain/ and itself: it renders the report model in a Web Worker.',
        ),
      ],
    }),
  })),
  // storage/ serves the screens; it never reaches up into them.
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: restrict({
      patterns: [
        jspdfOnlyInReport,
        docxOnlyInWordRenderer,
        noImportsFrom(['features', 'routes'], 'storage/ may not import features/ or routes/: they import storage.'),
      ],
    }),
  },
  // ui/ is app-agnostic: nothing of storage/ or app/; a feature hands a component what it needs.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        jspdfOnlyInReport,
        docxOnlyInWordRenderer,
        { regex: '^(\\.\\./)+storage(/|$)', message: 'ui/ is app-agnostic: it may not import storage/.' },
        { regex: '^(\\.\\./)+app(/|$)', message: 'ui/ is app-agnostic: it may not import app/.' },
      ],
    }),
  },
  // domain/ is pure: nothing of ours but itself, and no React, Dexie, jsPDF or router.
  // Its subject folders import one way only (docs/decisions/0007-domain-folders.md).
  ...Object.entries(domainFolders).map(([folder, mayImport]) => ({
    files: [`src/domain/${folder}/**/*.ts`],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        jspdfOnlyInReport,
        docxOnlyInWordRenderer,
        {
          group: ['react', 'react-*', 'react/*', 'react-dom/*', '@hookform/*'],
          message: 'domain/ is pure TypeScript: no React.',
        },
        {
          regex: '^\\.\\./',
          message: 'domain/ imports nothing of ours but itself; another domain folder is #domain/<folder>/<file>.',
        },
        {
          regex: `^#domain/(?!(${[folder, ...mayImport].join('|')})/)`,
          message: `domain/${folder} may import only ${mayImport.length ? mayImport.map((f) => `domain/${f}`).join(', ') : 'itself'} (one-way order of the domain folders).`,
        },
      ],
    }),
  })),
  {
    files: ['src/domain/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: 'domain/ files live in a subject folder.' }],
    },
  },
  // features/x never imports features/y: compose them in routes/.
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        jspdfOnlyInReport,
        docxOnlyInWordRenderer,
        {
          regex: `^(\\.\\./(?!\\.\\.|${name}/)[^/]+/|.*features/(?!${name}/))`,
          message: `features/${name} may not import another feature; compose features in routes/.`,
        },
        noImportsFrom(['routes'], 'features/ may not import routes/: routes compose features.'),
      ],
    }),
  })),
])
