import { and, eq } from 'drizzle-orm'
import { UnprocessableError } from '../../../lib/errors.js'
import type { Created, Once } from '../../../storage/storage.js'
import type { Database } from '../connection.js'
import { idempotencyKeys } from '../tables/idempotency.js'

/**
 * Runs a creation once per `Idempotency-Key` (per API key): the write and the record of its answer
 * commit together, in one transaction, and a retry gets the first answer back without writing
 * again. The same key with a different request is refused.
 */
export function createOnce<T extends object> (db: Database, once: Once | undefined, create: () => T): Created<T> {
  return db.transaction((tx) => {
    if (once === undefined) return { record: create(), replayed: false }
    const stored = tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.apiKey, once.owner), eq(idempotencyKeys.key, once.key))).get()
    if (stored !== undefined) {
      if (stored.fingerprint !== once.fingerprint) {
        throw new UnprocessableError([{ in: 'headers', name: 'Idempotency-Key', reason: 'was already used for a different request' }])
      }
      return { record: JSON.parse(stored.body) as T, replayed: true }
    }
    const record = create()
    tx.insert(idempotencyKeys).values({
      apiKey: once.owner, key: once.key, fingerprint: once.fingerprint, status: 201, location: null, body: JSON.stringify(record)
    }).run()
    return { record, replayed: false }
  })
}
