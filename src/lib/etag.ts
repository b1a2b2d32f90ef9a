import { createHash } from 'node:crypto'

/** A strong validator: a hash of the exact bytes of the answer. */
export function strongEtag (payload: string | Buffer): string {
  return `"${createHash('sha1').update(payload).digest('base64url')}"`
}
