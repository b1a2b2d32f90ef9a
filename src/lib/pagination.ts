import type { FastifyReply, FastifyRequest } from 'fastify'
import { InvalidParameterError } from './errors.js'

export type CursorKey = Array<string | number>

export interface Page<T> {
  data: T[]
  nextCursor: string | null
  /** The number of matching rows, when the request asked for it (`count=true`). */
  total?: number
}

/**
 * A page whose records the database wrote as JSON itself, each as the JSON representation shows
 * it: for an answer of whole records in JSON, no objects are built only to be serialised again.
 */
export interface SerializedPage {
  json: string[]
  nextCursor: string | null
  total?: number
}

export const isSerialized = (page: object): page is SerializedPage => 'json' in page

/** A serialised page with its links as the body of the answer, in the order of the page schema (schemas.ts PageOf). */
export function serializedBody ({ json, total, nextCursor, links }: SerializedPage & { links: { next: string | null } }): string {
  return `{"data":[${json.join(',')}],${JSON.stringify({ total, nextCursor, links }).slice(1)}`
}

export const DEFAULT_LIMIT = 20

/** Cursors are the sort key of the last row seen, opaque to clients (base64url JSON). */
export function encodeCursor (key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

export function decodeCursor (cursor: string, arity: number): CursorKey {
  let key: unknown
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    key = undefined
  }
  const valid = Array.isArray(key) && key.length === arity &&
    key.every((part) => typeof part === 'string' || (typeof part === 'number' && Number.isFinite(part)))
  if (!valid) throw new InvalidParameterError('querystring', 'cursor', 'is not a cursor issued by this list')
  return key as CursorKey
}

/** Adds the `next` link to a page, in the body and as an RFC 8288 `Link` header. */
export function withLinks<P extends { nextCursor: string | null }> (request: FastifyRequest, reply: FastifyReply, page: P) {
  let next: string | null = null
  if (page.nextCursor !== null) {
    // The query is kept as the client wrote it, but for the cursor: re-encoding it would turn the
    // commas between values (`speaker=a,b`) into %2C, which means a comma inside one value.
    const [path, query = ''] = request.url.split('?', 2) as [string, string?]
    const kept = query.split('&').filter((pair) => pair !== '' && !/^cursor(=|$)/.test(pair))
    next = `${path}?${[...kept, `cursor=${encodeURIComponent(page.nextCursor)}`].join('&')}`
    reply.header('link', `<${next}>; rel="next"`)
  }
  return { ...page, links: { next } }
}

/** Groups rows under a key, keeping their order: for attaching children to a page in one query. */
export function groupBy<Row, V> (rows: Row[], keyOf: (row: Row) => string, valueOf: (row: Row) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(valueOf(row))
    else groups.set(key, [valueOf(row)])
  }
  return groups
}
