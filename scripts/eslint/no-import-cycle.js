// An ESLint rule: no module may import, however indirectly, a module that imports it back
// (docs/decisions/0008-walls-on-every-room.md). It follows relative imports and the package.json
// `imports` aliases (#domain/*); packages cannot import our files, so they end every path.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const CODE = /\.(ts|tsx|js|mjs|jsx)$/
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.jsx']

/** package.json `imports` with one `*` each, as [prefix, suffix, target] for the folder they are read in. */
const aliasCache = new Map()
function aliases(root) {
  if (!aliasCache.has(root)) {
    const file = path.join(root, 'package.json')
    const imports = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).imports ?? {}) : {}
    const list = Object.entries(imports)
      .filter(([key, target]) => typeof target === 'string' && key.split('*').length === 2)
      .map(([key, target]) => [...key.split('*'), path.resolve(root, target)])
    aliasCache.set(root, list)
  }
  return aliasCache.get(root)
}

/** The file of ours an import names, or null for a package, a stylesheet or a file that is not there. */
function resolve(specifier, fromFile, root) {
  const name = specifier.split('?')[0]
  let base = null
  if (name.startsWith('./') || name.startsWith('../')) base = path.resolve(path.dirname(fromFile), name)
  for (const [prefix, suffix, target] of aliases(root)) {
    if (
      base === null &&
      name.startsWith(prefix) &&
      name.endsWith(suffix) &&
      name.length >= prefix.length + suffix.length
    ) {
      base = target.replace('*', name.slice(prefix.length, name.length - suffix.length))
    }
  }
  if (base === null) return null
  const candidates = [
    ...(CODE.test(base) ? [base] : []),
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ]
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null
}

/** What a file on disk imports, read again only when the file changes. */
const importCache = new Map()
function importsOnDisk(file, root) {
  const { mtimeMs } = statSync(file)
  const cached = importCache.get(file)
  if (cached?.mtimeMs === mtimeMs) return cached.imports
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  const imports = importedFiles.map((f) => resolve(f.fileName, file, root)).filter((f) => f !== null)
  importCache.set(file, { mtimeMs, imports })
  return imports
}

/** The shortest chain of imports from `start` to `goal` (both included), or null. Breadth first. */
function chain(start, goal, root) {
  const cameFrom = new Map([[start, null]])
  const queue = [start]
  while (queue.length > 0) {
    const file = queue.shift()
    if (file === goal) {
      const steps = []
      for (let at = file; at !== null; at = cameFrom.get(at)) steps.unshift(at)
      return steps
    }
    for (const next of importsOnDisk(file, root)) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file)
        queue.push(next)
      }
    }
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No module imports, however indirectly, a module that imports it back.' },
    schema: [],
    messages: {
      cycle: 'Import cycle: {{cycle}}. Move what both need into a module that imports neither.',
    },
  },
  create(context) {
    const root = context.cwd
    const file = path.resolve(root, context.filename)
    const shown = (f) => path.relative(root, f).split(path.sep).join('/')
    function check(node) {
      const source = node.source
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return
      const target = resolve(source.value, file, root)
      // The file being linted is read from the editor's text (this AST), the rest from disk.
      const steps = target === null ? null : chain(target, file, root)
      if (steps)
        context.report({ node: source, messageId: 'cycle', data: { cycle: [file, ...steps].map(shown).join(' -> ') } })
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    }
  },
}
