// Records as the bodies that would create them, for every engine: the SQL (with each engine's
// JSON aggregates) and how its rows become bodies. What a merge patch applies to, and what an
// export writes.
import type { ArticleInput } from '../entities/articles/inputs.js'
import type { RecordType } from '../entities/deletions/vocabulary.js'
import type { EventInput } from '../entities/events/inputs.js'
import type { ParticipantInput } from '../entities/participants/inputs.js'
import type { StatementInput } from '../entities/statements/inputs.js'
import { locationOf, sourceOf } from './records.js'
import { jsonList, type Row } from './list.js'

/** How an engine builds JSON in SQL. */
export interface JsonDialect {
  /** A JSON array of `value` over the rows of a subquery, in `orderBy` order. */
  agg: (value: string, orderBy: string) => string
  /** A JSON object of these keys and values. */
  object: (members: Record<string, string>) => string
}

/** Who made a record and when: what an export adds to its create body. */
export interface Stamps { createdAt: string, updatedAt: string, updatedBy: string | null }

/** A record as the body that would create it (what a merge patch applies to), and its stamps. */
export interface CreateBody<T> { input: T, stamps: Stamps }

/** Which records: a condition on the table's alias (`a`, `p`, `e`, `s`) with its values, in id order. */
export interface Selection { where: string, params: readonly unknown[], limit?: number }

const STAMPS = (alias: string) => `${alias}.created_at, ${alias}.updated_at, ${alias}.updated_by`
const stampsOf = ([createdAt, updatedAt, updatedBy]: Row): Stamps => ({ createdAt, updatedAt, updatedBy } as Stamps)

/** How to read one record type as create bodies: its table's alias, its columns (with links as JSON), and a row as a body. */
export interface BodyKind<T> {
  alias: string
  from: string
  columns: (json: JsonDialect) => string
  toBody: (row: Row) => CreateBody<T>
}

// Links come in their primary key's order.
const article: BodyKind<ArticleInput> = {
  alias: 'a',
  from: 'from articles a',
  columns: () => 'a.id, a.title, a.publisher, a.language, a.published, a.url, a.body, a.enriched_fields',
  toBody: ([id, title, publisher, language, published, url, body, enrichedFields, ...stamps]) => ({
    input: { id, title, publisher, language, published, url, body, enrichedFields: jsonList(enrichedFields) } as ArticleInput,
    stamps: stampsOf(stamps)
  })
}

const participant: BodyKind<ParticipantInput> = {
  alias: 'p',
  from: 'from participants p',
  columns: (json) => `p.id, p.kind, p.name, p.description, p.country_code, p.wikidata_id,
      (select ${json.agg(json.object({ name: 'a.name', language: 'a.language' }), 'a.language, a.name')} from participant_aliases a where a.participant_id = p.id),
      p.origin, p.enriched_fields`,
  toBody: ([id, kind, name, description, countryCode, wikidataId, aliases, origin, enrichedFields, ...stamps]) => ({
    input: { id, kind, name, description, countryCode, wikidataId, aliases: jsonList(aliases), origin, enrichedFields: jsonList(enrichedFields) } as ParticipantInput,
    stamps: stampsOf(stamps)
  })
}

const event: BodyKind<EventInput> = {
  alias: 'e',
  from: 'from events e',
  columns: (json) => `e.id, e.title, e.summary, e.type, e.start_date, e.end_date, e.location_name, e.location_country, e.latitude, e.longitude,
      e.parent_id, (select ${json.agg('ea.article_id', 'ea.article_id')} from event_articles ea where ea.event_id = e.id),
      (select ${json.agg(json.object({ id: 'ep.participant_id', role: 'ep.role' }), 'ep.participant_id, ep.role')} from event_participants ep where ep.event_id = e.id),
      e.origin, e.confidence, e.cameo, e.source_article_id, e.source_start, e.source_end, e.enriched_fields`,
  toBody: ([id, title, summary, type, startDate, endDate, locationName, locationCountry, latitude, longitude, parentId, articles, participants,
    origin, confidence, cameo, sourceArticle, sourceStart, sourceEnd, enrichedFields, ...stamps]) => ({
    input: {
      id,
      title,
      summary,
      type,
      startDate,
      endDate,
      location: locationOf(locationName as string | null, locationCountry as string | null, latitude as number | null, longitude as number | null),
      parentId,
      articles: jsonList(articles),
      participants: jsonList(participants),
      origin,
      confidence,
      cameo,
      source: sourceOf(sourceArticle as string | null, sourceStart as number | null, sourceEnd as number | null),
      enrichedFields: jsonList(enrichedFields)
    } as EventInput,
    stamps: stampsOf(stamps)
  })
}

const statement: BodyKind<StatementInput> = {
  alias: 's',
  from: 'from statements s',
  columns: (json) => `s.id, s.event_id, s.speaker_id, s.text, s.kind, s.language, s.cue, s.audience, s.relayed_by, s.article_id, s."start", s."end",
      (select ${json.agg('m.participant_id', 'm.participant_id')} from statement_mentions m where m.statement_id = s.id), s.origin, s.confidence`,
  toBody: ([id, eventId, speakerId, text, kind, language, cue, audience, relayedBy, source, start, end, mentions, origin, confidence, ...stamps]) => ({
    input: {
      id, eventId, speakerId, text, kind, language, cue, audience, relayedBy, source: { article: source, start, end }, mentions: jsonList(mentions), origin, confidence
    } as StatementInput,
    stamps: stampsOf(stamps)
  })
}

export const BODIES = { article, participant, event, statement } satisfies Record<RecordType, BodyKind<{ id?: string }>>

/** The query that reads the selected records of a kind as create bodies, in id order. */
export function bodiesQuery (json: JsonDialect, kind: BodyKind<unknown>, selection: Selection): { text: string, params: readonly unknown[] } {
  const limit = selection.limit === undefined ? '' : ` limit ${selection.limit}`
  return {
    text: `select ${kind.columns(json)}, ${STAMPS(kind.alias)} ${kind.from} where ${selection.where} order by ${kind.alias}.id${limit}`,
    params: selection.params
  }
}
