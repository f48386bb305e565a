import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { z } from 'zod'
import * as zm from 'zod/mini'
import {
  describeSaveFailure,
  describeStorageError,
  StorageError,
  toStorageError,
} from '../../src/storage/storage-error'
import { quotaExceeded } from './fresh-database'

describe('toStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', quotaExceeded(), 'quota-exceeded'],
    ['Dexie’s AbortError wrapping a quota error', new Dexie.AbortError('aborted', quotaExceeded()), 'quota-exceeded'],
    ['Dexie’s own QuotaExceededError', new Dexie.QuotaExceededError('full'), 'quota-exceeded'],
    ['an error whose cause is a quota error', new Error('write failed', { cause: quotaExceeded() }), 'quota-exceeded'],
    [
      'old Firefox’s quota error',
      Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      'quota-exceeded',
    ],
    ['IndexedDB missing (private browsing)', new Dexie.MissingAPIError('no IndexedDB'), 'unavailable'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    ['a key clash', new DOMException('exists', 'ConstraintError'), 'invalid'],
    ['a zod failure', z.string().safeParse(1).error, 'invalid'],
    ['a zod/mini failure', zm.safeParse(zm.string(), 1).error, 'invalid'],
    ['anything else', new TypeError('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ])('maps %s', (_label, error, code) => {
    const mapped = toStorageError(error)
    expect(mapped).toBeInstanceOf(StorageError)
    expect(mapped.code).toBe(code)
    expect(mapped.message.length).toBeGreaterThan(20)
  })

  it('passes a StorageError through unchanged and keeps the original as cause', () => {
    const original = new StorageError('not-found')
    expect(toStorageError(original)).toBe(original)
    const quota = quotaExceeded()
    expect(toStorageError(quota).cause).toBe(quota)
  })

  it('tells the user what to do when the device is full', () => {
    expect(describeStorageError(quotaExceeded())).toMatch(/out of storage space.*Export a backup/)
  })
})

describe('describeSaveFailure', () => {
  it.each([
    ['a full device', quotaExceeded(), /^Not saved - device storage is full\..*Export a backup/, true],
    [
      'a value storage refuses',
      new StorageError('invalid', 'Could not save team: Enter the team name'),
      /^Not saved - Could not save team: Enter the team name$/,
      false,
    ],
    [
      'anything else',
      new Error('disk on fire'),
      /^Not saved - Something went wrong.* What you typed is kept on this device\.$/,
      true,
    ],
  ])('words %s for the field and says whether a retry can help', (_, error, message, canRetry) => {
    const failure = describeSaveFailure(error)
    expect(failure.message).toMatch(message)
    expect(failure.canRetry).toBe(canRetry)
  })
})
