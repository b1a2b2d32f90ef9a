// Records as the API shows them, built from rows that every engine selects in the same column
// order (see each engine's reads/): the row mappers and where a row holds what the lists sort on.
import type { Article } from '../entities/articles/schemas.js'
import type { Event } from '../entities/events/schemas.js'
import type { Participant } from '../entities/participants/schemas.js'
import type { Statement } from '../entities/statements/schemas.js'
import { precisionOf } from '../lib/partial-date.js'
import { jsonList, type Row } from './list.js'

/** Where an event row holds the values the lists sort on, and the hit's rank and search row. */
export const EVENT_AT = { ID: 0, TITLE: 1, SUMMARY: 2, START_DATE: 4, LOCATION_NAME: 6, UPDATED_AT: 13, RANK: 22, HIT: 23 } as const
/** Where a statement row holds its id and last change, and the hit's rank and search row. */
export const STATEMENT_AT = { ID: 0, TEXT: 1, UPDATED_AT: 17, RANK: 20, HIT: 21 } as const
export const PARTICIPANT_AT = { ID: 0, NAME: 2, UPDATED_AT: 9 } as const
export const ARTICLE_AT = { ID: 0, TITLE: 1, PUBLISHED: 4, BODY: 6, UPDATED_AT: 9, RANK: 11, HIT: 12 } as const

// Control characters that never occur in text mark the matches, so the text can be HTML-escaped
// before they become <mark> tags.
export const SNIPPET_OPEN = '\u0002'
export const SNIPPET_CLOSE = '\u0003'

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** A snippet as safe HTML: the text escaped, the matched terms in <mark>…</mark>. */
export function snippetHtml (raw: string): string {
  return raw.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string).replaceAll(SNIPPET_OPEN, '<mark>').replaceAll(SNIPPET_CLOSE, '</mark>')
}

/** The stored location columns as the API's `location` object. */
export function locationOf (name: string | null, countryCode: string | null, latitude: number | null, longitude: number | null): Event['location'] {
  return name === null ? null : { name, countryCode, latitude, longitude }
}

/** An event's trigger in its article, when it was found in one (and the article is still there). */
export function sourceOf (article: string | null, start: number | null, end: number | null): Event['source'] {
  return article === null || start === null || end === null ? null : { article, start, end }
}

export function toEvent ([id, title, summary, type, startDate, endDate, locationName, locationCountry, latitude, longitude,
  parentId, enrichedFields, createdAt, updatedAt, updatedBy, origin, confidence, cameo, sourceArticle, sourceStart, sourceEnd, articles, , , snippet]: Row): Event {
  return {
    id,
    title,
    summary,
    type,
    startDate,
    startPrecision: precisionOf(startDate as string),
    endDate,
    endPrecision: endDate === null ? null : precisionOf(endDate as string),
    location: locationOf(locationName as string | null, locationCountry as string | null, latitude as number | null, longitude as number | null),
    parentId,
    articles: jsonList<string>(articles).sort(),
    origin,
    confidence,
    cameo,
    source: sourceOf(sourceArticle as string | null, sourceStart as number | null, sourceEnd as number | null),
    enrichedFields: jsonList(enrichedFields),
    createdAt,
    updatedAt,
    updatedBy,
    ...(snippet == null ? {} : { snippet: snippetHtml(snippet as string) })
  } as Event
}

/**
 * The columns of a statement row (`s`), in the order toStatement reads them. The names it shows are
 * the row's own copies (the tables' `shownNames`, kept by triggers): no join, no subquery per row.
 * An answer whose `fields` leave out the speaker, the event or the mentions does not read them.
 */
export function statementColumns (fields?: readonly string[]): string {
  const shown = (field: string, column: string) => fields === undefined || fields.includes(field) ? column : 'null'
  return `s.id, s.text, s.kind, s.language, s.cue, s.audience, s.relayed_by, s.speaker_id, ${shown('speaker', 's.speaker_name')}, s.event_id, ${shown('event', 's.event_title')},
  s.article_id, s."start", s."end", s.origin, s.confidence, s.created_at, s.updated_at, s.updated_by, ${shown('mentions', 's.mentions')}`
}

export function toStatement ([id, text, kind, language, cue, audience, relayedBy, speakerId, speakerName, eventId, eventTitle,
  articleId, start, end, origin, confidence, createdAt, updatedAt, updatedBy, mentions, , , snippet]: Row): Statement {
  return {
    id,
    text,
    kind,
    language,
    cue,
    audience,
    relayedBy,
    speaker: { id: speakerId, name: speakerName },
    event: { id: eventId, title: eventTitle },
    mentions: jsonList(mentions),
    source: { article: articleId, start, end },
    origin,
    confidence,
    createdAt,
    updatedAt,
    updatedBy,
    ...(snippet == null ? {} : { snippet: snippetHtml(snippet as string) })
  } as Statement
}

export function toParticipant ([id, kind, name, description, countryCode, wikidataId, origin, enrichedFields, createdAt, updatedAt, updatedBy, aliases]: Row): Participant {
  return {
    id, kind, name, description, countryCode, wikidataId, origin, enrichedFields: jsonList(enrichedFields), createdAt, updatedAt, updatedBy, aliases: jsonList(aliases)
  } as Participant
}

export function toArticle ([id, title, publisher, language, published, url, body, enrichedFields, createdAt, updatedAt, updatedBy, , , snippet]: Row): Article {
  return {
    id,
    title,
    publisher,
    language,
    published,
    url,
    body,
    enrichedFields: jsonList(enrichedFields),
    createdAt,
    updatedAt,
    updatedBy,
    ...(snippet == null ? {} : { snippet: snippetHtml(snippet as string) })
  } as Article
}
