import createClient, { type Client, type ClientOptions } from 'openapi-fetch'
import type { components, paths } from './schema.js'

/**
 * The media types the client reads as typed values: records in JSON, and errors as problem details.
 * Reads also answer CSV, NDJSON and JSON-LD; ask for one with `format` (or `Accept`) and
 * `parseAs: 'text'`, and `data` is the text. By default openapi-fetch types `data` as the union of
 * every documented format; its JSON shortcut (`${string}/json`) leaves out `application/problem+json`,
 * so `error` would be the map of media types instead of the problem.
 */
export type TypedMedia = 'application/json' | 'application/problem+json'

export type NewsEventsClient = Client<paths, TypedMedia>

/** A typed client of the news-events API: `client.GET('/events', { params: { query: { type: 'meeting' } } })`. */
export function createNewsEventsClient (options: ClientOptions): NewsEventsClient {
  return createClient<paths, TypedMedia>(options)
}

type Schemas = components['schemas']
export type Problem = Schemas['Problem']
/** One refused parameter or field of a 400 or 422: where (`querystring`, `body`…), which, and why. */
export type FieldError = NonNullable<Problem['errors']>[number]
export type Event = Schemas['Event']
export type Participant = Schemas['Participant']
export type Statement = Schemas['Statement']
export type Article = Schemas['Article']
export type Tombstone = Schemas['Tombstone']
export type { components, paths }
