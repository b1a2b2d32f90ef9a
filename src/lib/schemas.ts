import { STATUS_CODES } from 'node:http'
import Type, { type TSchema } from 'typebox'
import { SEARCH_SYNTAX } from './search-syntax.js'

/** Shared response and parameter schemas. Those with an `$id` are added once and referenced. */

// Null first: Ajv coerces types (for query strings), and would turn a null into "" or 0 to fit the first branch.
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema])

/** Where a refused value was, as Fastify's validation names the parts of a request. */
export const FIELD_LOCATIONS = ['querystring', 'params', 'body', 'headers'] as const

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI reference that identifies the problem type; `about:blank` when the HTTP status says it all.' }),
  title: Type.String({ description: 'Short summary of the problem type.' }),
  status: Type.Integer({ description: 'The HTTP status code.' }),
  detail: Type.Optional(Type.String({ description: 'What went wrong with this request, for a person.' })),
  instance: Type.Optional(Type.String({ description: 'The request path the problem occurred on.' })),
  code: Type.String({ description: 'Stable machine-readable error code, e.g. `NEWS_EVENT_NOT_FOUND`.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    in: Type.Enum(FIELD_LOCATIONS, { description: 'Where the offending value was: `querystring`, `params`, `body` or `headers`.' }),
    name: Type.String({ description: 'The parameter or field, as a dotted path for nested fields.' }),
    reason: Type.String({ description: 'Why it was refused.' })
  }), { description: 'One entry per invalid parameter or field.' }))
}, {
  $id: 'Problem',
  description: 'An error, as RFC 9457 problem details (`application/problem+json`).',
  examples: [{
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    detail: "querystring parameter 'limit' must be <= 100",
    instance: '/events?limit=500',
    code: 'NEWS_INVALID_PARAMETER',
    errors: [{ in: 'querystring', name: 'limit', reason: 'must be <= 100' }]
  }]
})

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter or the body is invalid; `errors` names the field and says why (a body that is not well-formed has none).',
  404: 'No such resource.',
  401: 'No valid API key: send `Authorization: Bearer <key>` (see `WWW-Authenticate`).',
  403: 'The API key does not have the scope this needs.',
  406: 'None of the formats in `Accept` can be produced; `detail` lists those that can.',
  409: 'The change conflicts with the data: a duplicate id, or records that depend on this one.',
  412: 'The record changed since the ETag in `If-Match` was read.',
  413: 'The body is larger than this service accepts.',
  415: 'The body\'s Content-Type is not one this route accepts.',
  422: 'The body is well-formed but cannot be applied; `errors` says which field and why.',
  429: 'Too many requests from this client (its API key, else its address) in the window; retry after `Retry-After` seconds.',
  503: 'Not ready to serve; retry later.',
  500: 'The server failed; details are logged, never sent.'
}

const PROBLEM_EXAMPLES: Record<number, { code: string, detail: string }> = {
  429: { code: 'NEWS_RATE_LIMITED', detail: 'Too many requests: 1200 in 1 minute; retry after the time in Retry-After' },
  400: { code: 'NEWS_INVALID_PARAMETER', detail: "querystring parameter 'limit' must be <= 100" },
  401: { code: 'NEWS_UNAUTHORIZED', detail: "This needs an API key with the 'write' scope: send Authorization: Bearer <key>" },
  403: { code: 'NEWS_FORBIDDEN', detail: "The key 'reader' has the 'read' scope; this needs 'write'" },
  404: { code: 'NEWS_EVENT_NOT_FOUND', detail: "No event with id 'evt_nope'" },
  406: { code: 'NEWS_NOT_ACCEPTABLE', detail: 'This resource can be answered as application/json, text/csv, application/x-ndjson, application/ld+json; use Accept or format= to pick one' },
  409: { code: 'NEWS_CONFLICT', detail: "Participant 'par_vladimir-putin' is the speaker of 5 statement(s); delete with ?cascade=true to delete them too" },
  412: { code: 'NEWS_PRECONDITION_FAILED', detail: 'The record changed since you read it (If-Match "a", now "b"): read it again, then retry' },
  413: { code: 'FST_ERR_CTP_BODY_TOO_LARGE', detail: 'Request body is too large' },
  415: { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', detail: 'Unsupported Media Type: text/xml' },
  422: { code: 'NEWS_UNPROCESSABLE', detail: "'speakerId' names no participant ('par_nobody')" },
  503: { code: 'NEWS_NOT_READY', detail: '1 database migration(s) not applied' }
}

/** What a route can say better than the general entry: why it answers this, with which example and headers. */
export interface ProblemResponseOptions {
  description?: string
  detail?: string
  headers?: Record<string, TSchema>
}

/** The response entry of an error status, as problem+json with its example. */
export function problemResponse (status: number, options: ProblemResponseOptions = {}) {
  const example = PROBLEM_EXAMPLES[status]
  return {
    description: options.description ?? PROBLEM_DESCRIPTIONS[status] ?? 'Problem details.',
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    content: {
      'application/problem+json': {
        schema: Type.Ref('Problem'),
        ...(example === undefined
          ? {}
          : { example: { type: 'about:blank', title: STATUS_CODES[status], status, ...example, ...(options.detail === undefined ? {} : { detail: options.detail }) } })
      }
    }
  }
}

/** Response entries for the given error statuses, all as problem+json, each with its own example. */
export function problemResponses<const S extends readonly number[]> (...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, problemResponse(status)])) as
    { [K in S[number]]: { description: string, content: { 'application/problem+json': { schema: ReturnType<typeof Type.Ref<'Problem'>> } } } }
}

export const IdParams = (description: string, example: string) => Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description, examples: [example] })
}, { additionalProperties: false })

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1 to 100; 20 when omitted.' })),
  cursor: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'Opaque position from a previous page (`nextCursor`, or the `next` link). Omit for the first page.'
  }))
}

/** A page of items referenced by schema `$id`, with the way to the next one. */
export const PageOf = (itemId: string, description: string) => Type.Object({
  data: Type.Array(Type.Ref(itemId)),
  total: Type.Optional(Type.Integer({ minimum: 0, description: 'How many rows match in all pages; only with `count=true`.' })),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' })),
  links: Type.Object({
    next: Nullable(Type.String({ description: 'Relative URL of the next page, also sent as `Link: <…>; rel="next"`.' }))
  })
}, { description })

export const Timestamps = {
  createdAt: Type.String({ format: 'date-time', description: 'When the record was created (UTC).' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When the record last changed (UTC).' }),
  updatedBy: Nullable(Type.String({ description: 'The API key (by name) that last changed it; null for seed data.' }))
}

export const OriginSchema = Type.Enum(['curated', 'extracted'], {
  description: '`curated`: entered or checked by an editor; `extracted`: found in an article by the extractors, not yet checked.'
})

export const EnrichedFields = Type.Array(Type.String(), {
  description: 'Fields whose values do not come from the source articles but from editors or outside references (e.g. the exact day, Wikidata ids).'
})

export const Language = (description = 'BCP 47 language tag.') =>
  Type.String({ pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', description, examples: ['fr'] })

export const CountryCode = (description = 'ISO 3166-1 alpha-2 country code.') =>
  Type.String({ pattern: '^[A-Za-z]{2}$', description, examples: ['KP'] })

/** A short reference to a related record: enough to show it and to follow it. */
export const RecordRef = (description: string) => Type.Object({
  id: Type.String(),
  name: Type.String()
}, { description })

const MAX_VALUES = 100

/**
 * A filter that takes several values, repeated (`a=1&a=2`) or comma-separated (`a=1,2`): any of
 * them matches. Its example goes in the description, not in `examples`: Swagger UI's "Try it out"
 * fills in every example, and filters that all apply at once would find nothing. The document also
 * says that one value alone may be given as is (see lib/openapi-document.ts).
 */
export const Multi = <T extends TSchema>(item: T, description: string, example?: string) => {
  const { examples: _unused, ...plain } = item as T & { examples?: unknown }
  return Type.Optional(Type.Array(plain as unknown as T, {
    maxItems: MAX_VALUES,
    description: `${description} Several values (repeated, or comma-separated, ${MAX_VALUES} at most) mean any of them.${example === undefined ? '' : ` For example \`${example}\`.`}`
  }))
}

export const SearchParam = {
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: `${SEARCH_SYNTAX} For example \`"nouvelle ère" OR défensif\`.` }))
}

export const SortParam = <const S extends readonly string[]>(sorts: S, defaultSort: string) => ({
  sort: Type.Optional(Type.Enum([...sorts, ...sorts.map((s) => `-${s}` as const)], {
    description: `Order of the list: ${sorts.map((s) => `\`${s}\``).join(', ')}; a leading \`-\` reverses it. ` +
      `Ties are broken by id. Default: \`${defaultSort}\`${sorts.includes('relevance') ? ', or `relevance` when `q` is given' : ''}.`
  }))
})

export const FieldsParam = <const F extends readonly string[]>(fields: F) => ({
  fields: Multi(Type.Enum(fields), 'Answer with only these fields of each record (`id` always comes too).', 'title')
})

export const ListParams = {
  updatedSince: Type.Optional(Type.String({
    format: 'date-time',
    description: 'Only records created or changed at or after this instant (ISO 8601, e.g. `2024-06-20T00:00:00Z`). With `GET /deleted?since=` a client can mirror the data exactly.'
  })),
  count: Type.Optional(Type.Boolean({ description: 'Add `total`, the number of matching records in all pages (costs a count; off by default).' })),
  format: Type.Optional(Type.Enum(['json', 'csv', 'ndjson', 'jsonld'], {
    description: 'Answer format, overriding `Accept`: JSON (default), CSV, newline-delimited JSON or schema.org JSON-LD.'
  })),
  all: Type.Optional(Type.Boolean({
    description: 'With `format=csv` or `ndjson` (or the matching `Accept`): stream every page, from `cursor` on, in one answer.'
  })),
  ...PageQuery
}

/** The query of a sub-collection that takes no filter of its own. */
export const PageOnlyQuery = Type.Object(PageQuery, { additionalProperties: false })

/** Every successful GET answer has an ETag (see plugins/http-caching.ts), so any of them can be a 304. */
export const NotModified = { description: 'Not Modified: the ETag in `If-None-Match` still matches.', type: 'null' } as const

/**
 * Answers of a GET data route: the record(s) in each format, ETag revalidation, and its own
 * problems (400, 401, 429… are documented by the plugins that answer them).
 */
function readResponses (json: TSchema, description: string, statuses: readonly number[]) {
  return {
    200: {
      description,
      headers: {
        ETag: Type.String({ description: 'Strong validator of this answer: send it back in `If-None-Match` to get a 304 while nothing changed.' }),
        'Cache-Control': Type.String({ description: '`no-cache`: caches may keep the answer but must revalidate it (cheaply, with the ETag).' })
      },
      content: {
        'application/json': { schema: json },
        'text/csv': { schema: Type.String({ description: 'RFC 4180, a header line then one line per record; nested fields as dotted columns.' }) },
        'application/x-ndjson': { schema: Type.String({ description: 'One JSON record per line.' }) },
        'application/ld+json': { schema: Type.Object({}, { additionalProperties: true, description: 'schema.org JSON-LD.' }) }
      }
    },
    304: NotModified,
    ...problemResponses(...statuses)
  }
}

/** A list's answers; a sub-collection (`/events/{id}/statements`) can also be a 404. */
export const listResponses = (itemId: string, description: string, options: { under?: 'a parent record' } = {}) =>
  readResponses(PageOf(itemId, description), description, options.under === undefined ? [406] : [404, 406])

export const itemResponses = (itemId: string, description: string) =>
  readResponses(Type.Ref(itemId), description, [404, 406])

/** The parameters of a single-record route: shape and format of the answer. */
export const ItemParams = <const F extends readonly string[]>(fields: F) => ({
  ...FieldsParam(fields),
  format: ListParams.format
})
