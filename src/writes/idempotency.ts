import { createHash } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Database } from '../db/connection.js'
import { UnprocessableError } from '../lib/errors.js'
import { recordEtag } from './concurrency.js'
import { idempotencyKeys } from './idempotency-table.js'

export interface Answer {
  status: number
  location?: string
  etag?: string
  body: unknown
}

/**
 * Runs a POST once per `Idempotency-Key` (per API key): the write and the record of its answer
 * commit together, and a retry gets the first answer back (`Idempotent-Replayed: true`) without
 * writing again. The same key with a different request is refused.
 */
export function idempotent (db: Database, request: FastifyRequest, reply: FastifyReply, write: () => Answer) {
  const key = request.headers['idempotency-key']
  const answer = typeof key !== 'string' || key === ''
    ? db.transaction(() => write())
    : db.transaction((tx) => {
      const owner = request.apiKey?.name ?? ''
      const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body) ?? ''}`).digest('hex')
      const stored = tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.apiKey, owner), eq(idempotencyKeys.key, key))).get()
      if (stored !== undefined) {
        if (stored.fingerprint !== fingerprint) {
          throw new UnprocessableError([{ in: 'headers', name: 'Idempotency-Key', reason: 'was already used for a different request' }])
        }
        reply.header('idempotent-replayed', 'true')
        const body = JSON.parse(stored.body) as object
        return { status: stored.status, location: stored.location ?? undefined, etag: recordEtag(body), body }
      }
      const fresh = write()
      tx.insert(idempotencyKeys).values({
        apiKey: owner, key, fingerprint, status: fresh.status, location: fresh.location ?? null, body: JSON.stringify(fresh.body)
      }).run()
      return fresh
    })
  if (answer.location !== undefined) reply.header('location', answer.location)
  if (answer.etag !== undefined) reply.header('etag', answer.etag)
  return reply.code(answer.status).send(answer.body)
}
