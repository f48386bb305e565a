import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  AGE_HEADER,
  ageErrorMessages,
  decryptFile,
  encryptFile,
  isAgeFile,
  passphraseProblem,
} from '../../../src/app/files/age-file'
import { ageDecrypt, ageEncrypt, requireAgeTool } from './age-cli'

const encode = (text: string) => new TextEncoder().encode(text)
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
// A low scrypt work factor keeps these tests quick; the app's files use the package's default (18).
const FAST = { workFactor: 4 }
const PASSPHRASE = 'kettle lantern orchard'
const content = encode('{"format":"ips-fidelity-review-exchange","note":"Said: “I got the job” 😀"}\n')

/** What a successful open gave, as text: Uint8Arrays from the package and the test's own do not compare as equal. */
function openedText(result: Awaited<ReturnType<typeof decryptFile>>): string {
  if (!result.ok) throw new Error(result.message)
  return decode(result.bytes)
}
const text = decode(content)

async function encrypted(bytes = content, passphrase = PASSPHRASE): Promise<Uint8Array> {
  const result = await encryptFile(bytes, passphrase, FAST)
  if (!result.ok) throw new Error(result.message)
  return result.bytes
}

describe('encryptFile and decryptFile', () => {
  it('give back exactly the bytes protected, in an age file that names itself', async () => {
    const file = await encrypted()
    expect(decode(file.slice(0, AGE_HEADER.length + 1))).toBe(`${AGE_HEADER}\n`)
    expect(decode(file)).toContain('-> scrypt ')
    expect(decode(file)).not.toContain('I got the job')
    expect(openedText(await decryptFile(file, PASSPHRASE))).toBe(text)
  })

  it('refuse a wrong passphrase in words', async () => {
    const opened = await decryptFile(await encrypted(), 'kettle lantern orchard ')
    expect(opened).toEqual({ ok: false, code: 'wrong-passphrase', message: ageErrorMessages['wrong-passphrase'] })
  })

  it('refuse an empty passphrase, whether protecting or opening', async () => {
    expect(await encryptFile(content, '', FAST)).toMatchObject({ ok: false, code: 'empty-passphrase' })
    expect(await encryptFile(content, '   ', FAST)).toMatchObject({ ok: false, code: 'empty-passphrase' })
    expect(await decryptFile(await encrypted(), '')).toMatchObject({
      ok: false,
      code: 'empty-passphrase',
      message: 'Enter the passphrase.',
    })
  })

  it('call a file cut short damaged, wherever it was cut', async () => {
    // Larger than one 64 KiB chunk, so a cut can fall between chunks as well as inside one.
    const file = await encrypted(encode('y'.repeat(70_000)))
    for (const length of [30, 80, file.length - 70_000, 65_536 + 200, file.length - 1]) {
      expect(await decryptFile(file.slice(0, length), PASSPHRASE), `cut at ${length}`).toMatchObject({
        ok: false,
        code: 'damaged',
      })
    }
  })

  it('call a file with any one byte changed after the header damaged', async () => {
    const file = await encrypted()
    const headerEnd = decode(file).indexOf('\n---') + 1
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: headerEnd, max: file.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (at, flip) => {
          const tampered = file.slice()
          tampered[at] = tampered[at]! ^ flip
          const opened = await decryptFile(tampered, PASSPHRASE)
          expect(opened).toMatchObject({ ok: false, code: 'damaged' })
        },
      ),
      { numRuns: 40, seed: 20261205 },
    )
  })

  it('refuse a file that is not an age file, or one made for a key rather than a passphrase', async () => {
    expect(await decryptFile(content, PASSPHRASE)).toMatchObject({ ok: false, code: 'damaged' })
    const { Encrypter, generateIdentity, identityToRecipient } = await import('age-encryption')
    const encrypter = new Encrypter()
    encrypter.addRecipient(await identityToRecipient(await generateIdentity()))
    const forKey = await encrypter.encrypt(content)
    expect(await decryptFile(forKey, PASSPHRASE)).toMatchObject({ ok: false, code: 'not-passphrase' })
  })

  it('open an armored (text) age file', async () => {
    const { armor } = await import('age-encryption')
    const armored = encode(armor.encode(await encrypted()))
    expect(isAgeFile(armored)).toBe(true)
    expect(openedText(await decryptFile(armored, PASSPHRASE))).toBe(text)
  })
})

describe('isAgeFile', () => {
  it('tells an age file by its first line, not its name', async () => {
    expect(isAgeFile(await encrypted())).toBe(true)
    expect(isAgeFile(encode('age-encryption.org/v1'))).toBe(false)
    expect(isAgeFile(encode('{"format":"ips-fidelity-review-exchange"}'))).toBe(false)
    expect(isAgeFile(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(false)
    expect(isAgeFile(new Uint8Array())).toBe(false)
  })
})

describe('passphraseProblem', () => {
  it.each([
    ['', '', 'Enter a passphrase to protect the file.'],
    ['        ', '        ', 'Enter a passphrase to protect the file.'],
    ['seven77', 'seven77', 'Use at least 8 characters: a few unrelated words are easy to say and hard to guess.'],
    ['kettle lantern', 'kettle lanterns', 'The two passphrases are not the same. Type them again.'],
    ['kettle lantern', 'kettle lantern', null],
    ['eight888', 'eight888', null],
  ])('for %j and %j says %j', (passphrase, confirmation, expected) => {
    expect(passphraseProblem(passphrase, confirmation)).toBe(expected)
  })
})

describe('the age command-line tool (Debian’s age package)', () => {
  const version = requireAgeTool()

  it(`opens a file this app protected (age ${version})`, async () => {
    const file = await encryptFile(content, PASSPHRASE)
    if (!file.ok) throw new Error(file.message)
    // The package's default work factor, the same as the age tool's own.
    expect(decode(file.bytes).split('\n')[1]).toMatch(/^-> scrypt \S+ 18$/)
    const opened = ageDecrypt(file.bytes, PASSPHRASE)
    expect(opened.ok).toBe(true)
    expect(decode(opened.output)).toBe(text)
    expect(ageDecrypt(file.bytes, 'not the passphrase').ok).toBe(false)
  }, 30_000)

  it('makes files this app opens, binary and armored', async () => {
    for (const armor of [false, true]) {
      const file = ageEncrypt(content, PASSPHRASE, { armor })
      expect(isAgeFile(file)).toBe(true)
      expect(openedText(await decryptFile(file, PASSPHRASE))).toBe(text)
      if (!armor) expect(await decryptFile(file, 'Kettle lantern orchard')).toMatchObject({ code: 'wrong-passphrase' })
    }
  }, 60_000)
})
