import Type, { type TSchema } from 'typebox'

/** Shared response and parameter schemas. Those with an `$id` are added once and referenced. */

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()])

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI reference that identifies the problem type; `about:blank` when the HTTP status says it all.' }),
  title: Type.String({ description: 'Short summary of the problem type.' }),
  status: Type.Integer({ description: 'The HTTP status code.' }),
  detail: Type.Optional(Type.String({ description: 'What went wrong with this request, for a person.' })),
  instance: Type.Optional(Type.String({ description: 'The request path the problem occurred on.' })),
  code: Type.String({ description: 'Stable machine-readable error code, e.g. `NEWS_EVENT_NOT_FOUND`.' }),
  errors: Type.Optional(Type.Array(Type.Object({
    in: Type.String({ description: 'Where the offending value was: `querystring`, `params`, `body` or `headers`.' }),
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
  400: 'A parameter is invalid; `errors` names it and says why.',
  404: 'No such resource.',
  503: 'Not ready to serve; retry later.',
  500: 'The server failed; details are logged, never sent.'
}

/** Response entries for the given error statuses, all as problem+json. */
export function problemResponses<const S extends readonly number[]> (...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, {
    description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem details.',
    content: { 'application/problem+json': { schema: Type.Ref('Problem') } }
  }])) as { [K in S[number]]: { description: string, content: { 'application/problem+json': { schema: ReturnType<typeof Type.Ref<'Problem'>> } } } }
}

export const IdParams = (description: string, example: string) => Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200, description, examples: [example] })
}, { additionalProperties: false })

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1 to 100.' })),
  cursor: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 500,
    description: 'Opaque position from a previous page (`nextCursor`, or the `next` link). Omit for the first page.'
  }))
}

/** A page of items referenced by schema `$id`, with the way to the next one. */
export const PageOf = (itemId: string, description: string) => Type.Object({
  data: Type.Array(Type.Ref(itemId)),
  nextCursor: Nullable(Type.String({ description: 'Pass as `cursor` for the next page; null on the last page.' })),
  links: Type.Object({
    next: Nullable(Type.String({ description: 'Relative URL of the next page, also sent as `Link: <…>; rel="next"`.' }))
  })
}, { description })

export const Timestamps = {
  createdAt: Type.String({ format: 'date-time', description: 'When the record was created (UTC).' }),
  updatedAt: Type.String({ format: 'date-time', description: 'When the record last changed (UTC).' })
}

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

/** The query of a sub-collection that takes no filter of its own. */
export const PageOnlyQuery = Type.Object(PageQuery, { additionalProperties: false })
