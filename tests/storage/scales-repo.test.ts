import { describe, expect, it } from 'vitest'
import { scalesRepo } from '../../src/storage/scales-repo'
import { later, now, useFreshDatabase } from './fresh-database'

useFreshDatabase()

const scale = { id: 'ips-fidelity-uk-official', version: '1.0.0', data: { title: 'Official text', items: [1, 2] } }

describe('scalesRepo', () => {
  it('keeps each version of an imported scale, and removes one version', async () => {
    await scalesRepo.saveImported(scale, now)
    await scalesRepo.saveImported({ ...scale, version: '1.1.0', data: { title: 'Changed' } }, now)
    expect((await scalesRepo.listImported()).map((s) => s.version).sort()).toEqual(['1.0.0', '1.1.0'])
    await scalesRepo.removeImported(scale.id, '1.0.0')
    expect((await scalesRepo.listImported()).map((s) => s.version)).toEqual(['1.1.0'])
  })

  it('treats importing the same file twice as harmless', async () => {
    const first = await scalesRepo.saveImported(scale, now)
    expect(await scalesRepo.saveImported(scale, later)).toEqual(first)
    expect(await scalesRepo.listImported()).toEqual([first])
  })

  it('refuses different content under a version already held, since a released version never changes', async () => {
    await scalesRepo.saveImported(scale, now)
    const changed = scalesRepo.saveImported({ ...scale, data: { title: 'Edited' } }, later)
    await expect(changed).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/new version number/),
    })
    expect((await scalesRepo.listImported())[0]?.data).toEqual(scale.data)
  })

  it('refuses a scale without an id', async () => {
    await expect(scalesRepo.saveImported({ ...scale, id: '' })).rejects.toMatchObject({ code: 'invalid' })
  })
})
