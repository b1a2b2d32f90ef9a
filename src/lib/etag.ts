import { hash } from 'node:crypto'

/** A strong validator: a hash of the exact bytes of the answer (one-shot: no Hash object per answer). */
export function strongEtag (payload: string | Buffer): string {
  return `"${hash('sha1', payload, 'base64url')}"`
}

/** The content codings answers may be compressed with; each gives the ETag a suffix of its own. */
const CODED = /-(br|gzip|deflate)"$/

/**
 * An entity tag as it stood before a content coding was applied: a compressed answer's tag is its
 * identity tag with `-gzip` (or `-br`…) before the closing quote, so that the representations
 * differ (RFC 9110 §8.8.3) while any of them validates the same data.
 */
export function uncoded (tag: string): string {
  return tag.trim().replace(CODED, '"')
}

/** The tag of a compressed answer, from the tag of the identity one. */
export function coded (tag: string, encoding: string): string {
  return tag.replace(/"$/, `-${encoding}"`)
}
