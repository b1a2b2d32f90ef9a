import type {} from '@fastify/accepts'
import { Readable } from 'node:stream'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { csvColumns, csvHeader, csvRecord, type ObjectSchema } from '../formats/csv.js'
import { jsonLdDocument, jsonLdGraph, type JsonLdNode } from '../formats/jsonld.js'
import { ndjsonLine } from '../formats/ndjson.js'
import { NotAcceptableError } from './errors.js'
import { recordEtag } from './concurrency.js'
import { isSerialized, serializedBody, withLinks, type Page, type SerializedPage } from './pagination.js'

export const FORMATS = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
  jsonld: 'application/ld+json'
} as const
export type Format = keyof typeof FORMATS
const ALL_FORMATS = Object.keys(FORMATS) as Format[]
const contentType = (format: Format) => format === 'csv' ? `${FORMATS.csv}; charset=utf-8` : FORMATS[format]

/** How a record type looks in the formats other than JSON. */
export interface Representation<T> {
  /** The JSON schema of one record: CSV columns follow it. */
  schema: ObjectSchema
  jsonLd: (item: T, base: string) => JsonLdNode
}

/**
 * What the client asked for: `format=` wins over `Accept`; no acceptable type is a 406. The answer
 * varies with Accept, which caches must know.
 */
export function negotiate (request: FastifyRequest, reply: FastifyReply, format: Format | undefined, offered: readonly Format[] = ALL_FORMATS): Format {
  reply.header('vary', 'Accept')
  if (format !== undefined && offered.includes(format)) return format
  const types = offered.map((f) => FORMATS[f])
  const type = format === undefined ? request.accepts().type(types) : false
  if (type === false) throw new NotAcceptableError(types.join(', '))
  return offered.find((f) => FORMATS[f] === type) ?? 'json'
}

/** Only the named fields, and always the id: `fields=title,startDate`. */
function project<T extends object> (item: T, fields: readonly string[]): Partial<T> {
  const picked: Record<string, unknown> = {}
  for (const field of ['id', ...fields]) {
    if (field in item) picked[field] = (item as Record<string, unknown>)[field]
  }
  return picked as Partial<T>
}

// Embedded records and snippets do not flatten into one row; ask for them with fields= in JSON.
const NOT_IN_CSV = new Set(['embedded', 'snippet'])

function columnsFor (schema: ObjectSchema, fields: readonly string[] | undefined): string[] {
  const all = csvColumns(schema)
  if (fields === undefined) return all.filter((c) => !NOT_IN_CSV.has(c.split('.')[0] as string))
  const wanted = new Set(['id', ...fields])
  return all.filter((c) => wanted.has(c.split('.')[0] as string))
}

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`

export interface PresentOptions {
  format?: Format
  fields?: readonly string[]
  /** Stream every page from the cursor on (CSV and NDJSON). */
  all?: boolean
  cursor?: string
  limit?: number
}

/** Which page to read: the list verbs take it beside the client's own query. */
export interface PageWanted {
  cursor?: string
  limit?: number
  /** The answer is whole records in JSON: the engine may write them itself (SerializedPage). */
  json?: boolean
}

/** A page asked for without `json`: records, whatever the engine. */
function records<T> (page: Page<T> | SerializedPage): Page<T> {
  if (isSerialized(page)) throw new Error('A page asked for as records came serialised')
  return page
}

/** Streams text lines as the answer: memory stays bounded whatever the size of the whole. */
export function streamLines (reply: FastifyReply, type: string, lines: Iterable<string> | AsyncIterable<string>) {
  return reply.type(type).send(Readable.from(lines))
}

/**
 * Rows fetched per query while streaming a whole list: bounded memory whatever the list's size.
 * More than a list may visit on the event loop (READ_LOOP_ROWS), so read workers read the batches.
 */
const STREAM_BATCH = 500

/**
 * Answers a list in the negotiated format. Whole records in JSON are asked of the engine as JSON
 * (written by the database where it can, else through the route's response schema); the others
 * are written here. With `all`, CSV and NDJSON stream every page.
 */
export async function presentPage<T extends object> (
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation<T>,
  options: PresentOptions,
  fetch: (page: PageWanted) => Promise<Page<T> | SerializedPage>
) {
  const format = negotiate(request, reply, options.format)
  const { fields } = options
  if ((format === 'csv' || format === 'ndjson') && options.all === true) {
    const columns = columnsFor(representation.schema, fields)
    const line = format === 'csv'
      ? (item: T) => csvRecord(columns, item)
      : (item: T) => ndjsonLine(fields === undefined ? item : project(item, fields))
    // The first page is read before the answer starts, so a bad request is still a clean 400.
    const first = records(await fetch({ cursor: options.cursor, limit: STREAM_BATCH }))
    async function * lines () {
      if (format === 'csv') yield csvHeader(columns)
      let page = first
      for (;;) {
        // The next page is asked for before this one is written: a read worker reads it meanwhile.
        const next = page.nextCursor === null ? undefined : fetch({ cursor: page.nextCursor, limit: STREAM_BATCH }).then(records)
        next?.catch(() => {}) // a client that leaves first never reads it
        yield page.data.map(line).join('')
        if (next === undefined) return
        // A turn of the event loop between pages: other requests are served while a long list streams.
        await new Promise((resolve) => setImmediate(resolve))
        page = await next
      }
    }
    return streamLines(reply, contentType(format), lines())
  }
  const json = format === 'json' && fields === undefined
  const page = withLinks(request, reply, await fetch({ cursor: options.cursor, limit: options.limit, json }))
  if (isSerialized(page)) return reply.type('application/json; charset=utf-8').send(serializedBody(page))
  switch (format) {
    case 'json':
      if (fields === undefined) return page
      // A projection does not match the full record schema: serialise it as it is.
      return reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send({ ...page, data: page.data.map((item) => project(item, fields)) })
    case 'jsonld':
      return reply.type(FORMATS.jsonld).send(JSON.stringify(jsonLdGraph(page.data.map((item) => representation.jsonLd(item, origin(request))))))
    case 'csv': {
      const columns = columnsFor(representation.schema, fields)
      return reply.type(contentType('csv')).send(csvHeader(columns) + page.data.map((item) => csvRecord(columns, item)).join(''))
    }
    case 'ndjson':
      return reply.type(FORMATS.ndjson).send(page.data.map((item) => ndjsonLine(fields === undefined ? item : project(item, fields))).join(''))
  }
}

/** Answers one record in the negotiated format. */
export function presentItem<T extends object> (
  request: FastifyRequest,
  reply: FastifyReply,
  representation: Representation<T>,
  options: PresentOptions,
  item: T
) {
  const { fields } = options
  switch (negotiate(request, reply, options.format)) {
    case 'json':
      // The plain record's ETag is its version, which If-Match on PATCH and DELETE compares.
      if (fields === undefined && !('embedded' in item)) reply.header('etag', recordEtag(item))
      return fields === undefined ? item : reply.type('application/json; charset=utf-8').serializer(JSON.stringify).send(project(item, fields))
    case 'jsonld':
      return reply.type(FORMATS.jsonld).send(JSON.stringify(jsonLdDocument(representation.jsonLd(item, origin(request)))))
    case 'csv': {
      const columns = columnsFor(representation.schema, fields)
      return reply.type(contentType('csv')).send(csvHeader(columns) + csvRecord(columns, item))
    }
    case 'ndjson':
      return reply.type(FORMATS.ndjson).send(ndjsonLine(fields === undefined ? item : project(item, fields)))
  }
}
