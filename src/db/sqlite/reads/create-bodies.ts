import type { ArticleInput } from '../../../entities/articles/inputs.js'
import type { RecordType } from '../../../entities/deletions/vocabulary.js'
import type { EventInput } from '../../../entities/events/inputs.js'
import type { ParticipantInput } from '../../../entities/participants/inputs.js'
import type { StatementInput } from '../../../entities/statements/inputs.js'
import { rows, type Database, type Row } from '../connection.js'
import { locationOf } from '../../records.js'
import { jsonList } from '../../list.js'

/** Who made a record and when: what an export adds to its create body. */
export interface Stamps { createdAt: string, updatedAt: string, updatedBy: string | null }

/** A record as the body that would create it (what a merge patch applies to), and its stamps. */
export interface CreateBody<T> { input: T, stamps: Stamps }

/** Which records: a condition on the table's alias (`a`, `p`, `e`, `s`) with its values, in id order. */
export interface Selection { where: string, params: readonly unknown[], limit?: number }

const STAMPS = (alias: string) => `${alias}.created_at, ${alias}.updated_at, ${alias}.updated_by`
const stampsOf = ([createdAt, updatedAt, updatedBy]: Row): Stamps => ({ createdAt, updatedAt, updatedBy } as Stamps)

function select (db: Database, columns: string, from: string, alias: string, selection: Selection): Row[] {
  const limit = selection.limit === undefined ? '' : ` limit ${selection.limit}`
  return rows(db, `select ${columns}, ${STAMPS(alias)} ${from} where ${selection.where} order by ${alias}.id${limit}`, selection.params)
}

export function articleBodies (db: Database, selection: Selection): Array<CreateBody<ArticleInput>> {
  return select(db, 'a.id, a.title, a.publisher, a.language, a.published, a.url, a.body, a.enriched_fields', 'from articles a', 'a', selection)
    .map(([id, title, publisher, language, published, url, body, enrichedFields, ...stamps]) => ({
      input: { id, title, publisher, language, published, url, body, enrichedFields: jsonList(enrichedFields) } as ArticleInput,
      stamps: stampsOf(stamps)
    }))
}

// Links come in their primary key's order, as the tables hand them out.
export function participantBodies (db: Database, selection: Selection): Array<CreateBody<ParticipantInput>> {
  return select(db, `p.id, p.kind, p.name, p.description, p.country_code, p.wikidata_id,
      (select json_group_array(json_object('name', a.name, 'language', a.language)) from participant_aliases a where a.participant_id = p.id),
      p.origin, p.enriched_fields`, 'from participants p', 'p', selection)
    .map(([id, kind, name, description, countryCode, wikidataId, aliases, origin, enrichedFields, ...stamps]) => ({
      input: { id, kind, name, description, countryCode, wikidataId, aliases: jsonList(aliases), origin, enrichedFields: jsonList(enrichedFields) } as ParticipantInput,
      stamps: stampsOf(stamps)
    }))
}

export function eventBodies (db: Database, selection: Selection): Array<CreateBody<EventInput>> {
  return select(db, `e.id, e.title, e.summary, e.type, e.start_date, e.end_date, e.location_name, e.location_country, e.latitude, e.longitude,
      e.parent_id, (select json_group_array(ea.article_id) from event_articles ea where ea.event_id = e.id),
      (select json_group_array(json_object('id', ep.participant_id, 'role', ep.role)) from event_participants ep where ep.event_id = e.id),
      e.enriched_fields`, 'from events e', 'e', selection)
    .map(([id, title, summary, type, startDate, endDate, locationName, locationCountry, latitude, longitude, parentId, articles, participants,
      enrichedFields, ...stamps]) => ({
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
        enrichedFields: jsonList(enrichedFields)
      } as EventInput,
      stamps: stampsOf(stamps)
    }))
}

export function statementBodies (db: Database, selection: Selection): Array<CreateBody<StatementInput>> {
  return select(db, `s.id, s.event_id, s.speaker_id, s.text, s.kind, s.language, s.cue, s.audience, s.relayed_by, s.article_id, s."start", s."end",
      (select json_group_array(m.participant_id) from statement_mentions m where m.statement_id = s.id), s.origin, s.confidence`,
  'from statements s', 's', selection)
    .map(([id, eventId, speakerId, text, kind, language, cue, audience, relayedBy, article, start, end, mentions, origin, confidence, ...stamps]) => ({
      input: {
        id, eventId, speakerId, text, kind, language, cue, audience, relayedBy, source: { article, start, end }, mentions: jsonList(mentions), origin, confidence
      } as StatementInput,
      stamps: stampsOf(stamps)
    }))
}

export const CREATE_BODIES: Record<RecordType, (db: Database, selection: Selection) => Array<CreateBody<{ id?: string }>>> = {
  article: articleBodies,
  participant: participantBodies,
  event: eventBodies,
  statement: statementBodies
}

/** One record's create body, or undefined. */
export function createBodyOf<T> (bodies: (db: Database, selection: Selection) => Array<CreateBody<T>>, db: Database, alias: string, id: string): T | undefined {
  return bodies(db, { where: `${alias}.id = ?`, params: [id] })[0]?.input
}
