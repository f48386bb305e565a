import * as z from 'zod/mini'
import type { Table } from 'dexie'
import { getDatabase, type ReviewDatabase } from './database'
import { invalid, StorageError, toStorageError } from './storage-error'
import { requestPersistence } from './persistence'
import { recordChange } from './change-marker'

export function newId(): string {
  return crypto.randomUUID()
}

/** Parses what a caller wants to store; a failure names the first problem for the user. */
export function parseInput<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value)
  if (!result.success) throw invalid(what, result.error)
  return result.data
}

/** Parses a row read back from the database; a failure means the stored data is damaged. */
export function parseRow<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = z.safeParse(schema, value)
  if (!result.success) {
    throw new StorageError('invalid', `A stored ${what} on this device is damaged and could not be read.`, {
      cause: result.error,
    })
  }
  return result.data
}

export function parseRows<S extends z.core.$ZodType>(schema: S, values: unknown[], what: string): z.output<S>[] {
  return values.map((value) => parseRow(schema, value, what))
}

/** Runs reads with every failure mapped to StorageError. Safe inside live queries. */
export async function read<T>(fn: (db: ReviewDatabase) => Promise<T>): Promise<T> {
  try {
    return await fn(getDatabase())
  } catch (e) {
    throw toStorageError(e)
  }
}

type Tables = (db: ReviewDatabase) => Table[]

/**
 * Runs writes in one read-write transaction, so a failure leaves nothing half-written. A committed
 * write is a change not yet in a backup, which the backup reminder counts from.
 */
export async function write<T>(tables: Tables, fn: (db: ReviewDatabase) => Promise<T>): Promise<T> {
  const db = getDatabase()
  let result: T
  try {
    result = await db.transaction('rw', tables(db), () => fn(db))
  } catch (e) {
    throw toStorageError(e)
  }
  recordChange(new Date())
  void requestPersistence()
  return result
}

/** Drops keys whose value is undefined, so a patch like `{ notes: undefined }` leaves the stored value alone. */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>
}
