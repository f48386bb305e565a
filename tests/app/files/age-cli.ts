import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Debian's `age` command-line tool, driven as a person would drive it. age reads a passphrase only from a
 * terminal (it has no option or variable for one), so it runs inside a pseudo-terminal made by util-linux's
 * `script`, whose standard input is typed into that terminal.
 */

/** Fails loudly when the tool is missing: the interop tests must never pass by not running. */
export function requireAgeTool(): string {
  const found = spawnSync('age', ['--version'], { encoding: 'utf8' })
  if (found.error || found.status !== 0) {
    throw new Error(
      "Debian's age tool is missing, so the interop tests cannot run: install it with 'apt-get install -y age' (scripts/ensure-test-deps.sh does so as root).",
    )
  }
  return found.stdout.trim()
}

function inTempFolder<T>(work: (folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'ips-age-'))
  try {
    return work(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`

/** Runs `age` in a pseudo-terminal, typing each line given, and returns what it wrote to the output file. */
function ageInTerminal(
  args: string[],
  typed: string[],
  input: Uint8Array,
): { ok: boolean; output: Uint8Array<ArrayBuffer>; said: string } {
  return inTempFolder((folder) => {
    const inPath = join(folder, 'in')
    const outPath = join(folder, 'out')
    writeFileSync(inPath, input)
    const command = ['age', ...args, '-o', quote(outPath), quote(inPath)].join(' ')
    try {
      const said = execFileSync('script', ['-qec', command, '/dev/null'], {
        input: typed.map((line) => `${line}\n`).join(''),
        timeout: 30_000,
        encoding: 'utf8',
      })
      return { ok: true, output: Uint8Array.from(readFileSync(outPath)), said }
    } catch (error) {
      const said = (error as { stdout?: string }).stdout ?? String(error)
      return { ok: false, output: new Uint8Array(), said }
    }
  })
}

/** `age --decrypt`, typing the passphrase at its prompt. */
export function ageDecrypt(file: Uint8Array, passphrase: string) {
  return ageInTerminal(['--decrypt'], [passphrase], file)
}

/** `age --passphrase` (optionally `--armor`), typing the passphrase and its confirmation. */
export function ageEncrypt(
  content: Uint8Array,
  passphrase: string,
  options: { armor?: boolean } = {},
): Uint8Array<ArrayBuffer> {
  const result = ageInTerminal(
    ['--passphrase', ...(options.armor ? ['--armor'] : [])],
    [passphrase, passphrase],
    content,
  )
  if (!result.ok) throw new Error(`age --passphrase failed: ${result.said}`)
  return result.output
}
