import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import tseslint from 'typescript-eslint'
import { readdirSync, existsSync } from 'node:fs'
import { defineConfig, globalIgnores } from 'eslint/config'

// The walls between the rooms (see docs/decisions/0001-layout-and-walls.md).
const dexieOnlyInStorage = { name: 'dexie', message: 'Only src/storage/ may import dexie.' }
const dexieHooksOnlyInStorage = { name: 'dexie-react-hooks', message: 'Only src/storage/ may import dexie-react-hooks.' }
const jspdfOnlyInReport = { group: ['jspdf', 'jspdf-autotable'], message: 'Only src/report/ may import jspdf.' }

const featureNames = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []

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
  // Everywhere in src: no dexie outside storage, no jspdf outside report.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/report/**'],
    rules: restrict({ paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage], patterns: [jspdfOnlyInReport] }),
  },
  {
    files: ['src/report/**/*.{ts,tsx}'],
    rules: restrict({ paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage] }),
  },
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: restrict({ patterns: [jspdfOnlyInReport] }),
  },
  // domain/ is pure: nothing of ours but itself, and no React, Dexie, jsPDF or router.
  {
    files: ['src/domain/**/*.ts'],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        jspdfOnlyInReport,
        { group: ['react', 'react-*', 'react/*', 'react-dom/*', '@hookform/*'], message: 'domain/ is pure TypeScript: no React.' },
        { regex: '^\\.\\./(?!\\.\\./scales/)', message: 'domain/ imports nothing of ours but itself (and scale files).' },
        { regex: '^(\\.\\./){3,}', message: 'domain/ imports nothing of ours but itself.' },
      ],
    }),
  },
  // features/x never imports features/y: compose them in routes/.
  ...featureNames.map((name) => ({
    files: [`src/features/${name}/**/*.{ts,tsx}`],
    rules: restrict({
      paths: [dexieOnlyInStorage, dexieHooksOnlyInStorage],
      patterns: [
        jspdfOnlyInReport,
        {
          regex: `^(\\.\\./(?!\\.\\.|${name}/)[^/]+/|.*features/(?!${name}/))`,
          message: `features/${name} may not import another feature; compose features in routes/.`,
        },
      ],
    }),
  })),
])
