import { and, eq } from 'drizzle-orm'
import { UnprocessableError } from '../../../lib/errors.js'
import type { Created, Once } from '../../../storage/storage.js'
import type { Tx } from '../connection.js'
import { idempotencyKeys } from '../tables/idempotency.js'

/**
 * Runs a creation once per `Idempotency-Key` (per API key), inside the caller's serializable
 * transaction: the write and the record of its answer commit together, and of two requests with
 * the same key at once, one commits and the other is retried and finds the first answer.
 */
export async function createOnce<T extends object> (tx: Tx, once: Once | undefined, create: () => Promise<T>): Promise<Created<T>> {
  if (once === undefined) return { record: await create(), replayed: false }
  const [stored] = await tx.orm.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.apiKey, once.owner), eq(idempotencyKeys.key, once.key)))
  if (stored !== undefined) {
    if (stored.fingerprint !== once.fingerprint) {
      throw new UnprocessableError([{ in: 'headers', name: 'Idempotency-Key', reason: 'was already used for a different request' }])
    }
    return { record: JSON.parse(stored.body) as T, replayed: true }
  }
  const record = await create()
  await tx.orm.insert(idempotencyKeys).values({
    apiKey: once.owner, key: once.key, fingerprint: once.fingerprint, status: 201, location: null, body: JSON.stringify(record)
  })
  return { record, replayed: false }
}
