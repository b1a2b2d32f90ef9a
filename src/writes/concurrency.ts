import type { FastifyRequest } from 'fastify'
import { PreconditionFailedError } from '../lib/errors.js'
import { strongEtag } from '../plugins/http-caching.js'

/**
 * A record's version, as the ETag of its plain JSON answer: what a client reads with GET and
 * sends back in `If-Match` to change it.
 */
export function recordEtag (record: object): string {
  return strongEtag(JSON.stringify(record))
}

/** Refuses a change made from a stale read (RFC 9110 §13.1.1: strong comparison, `*` matches). */
export function checkIfMatch (request: FastifyRequest, current: object): void {
  const header = request.headers['if-match']
  if (header === undefined || header.trim() === '*') return
  const etag = recordEtag(current)
  if (!header.split(',').some((tag) => tag.trim() === etag)) throw new PreconditionFailedError(header, etag)
}
