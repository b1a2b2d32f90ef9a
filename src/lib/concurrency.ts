import { strongEtag, uncoded } from './etag.js'
import { PreconditionFailedError } from './errors.js'

/**
 * A record's version, as the ETag of its plain JSON answer: what a client reads with GET and
 * sends back in `If-Match` to change it.
 */
export function recordEtag (record: object): string {
  return strongEtag(JSON.stringify(record))
}

/** Refuses a change made from a stale read (RFC 9110 §13.1.1: strong comparison, `*` matches). */
export function checkIfMatch (ifMatch: string | undefined, current: object): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return
  const etag = recordEtag(current)
  if (!ifMatch.split(',').some((tag) => uncoded(tag) === etag)) throw new PreconditionFailedError(ifMatch, etag)
}
