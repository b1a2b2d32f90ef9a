// What both engines store of the events the extractor finds in an article: each as an event to
// create (or a stored one to link the article to), and the event each extracted statement belongs to.
import type { EventInput } from '../entities/events/inputs.js'
import { CAMEO_ROOTS, type ParticipantRole } from '../entities/events/vocabulary.js'
import type { ParticipantInput } from '../entities/participants/inputs.js'
import { extractStatements } from '../extraction/extract.js'
import { extractEvents } from '../extraction/events/extract.js'
import type { ActorRole, ExtractedActor, ExtractedEvent } from '../extraction/events/types.js'
import type { ExtractedStatement, KnownParticipant, Language, Span } from '../extraction/types.js'
import { isPartialDate, LATEST } from '../lib/partial-date.js'
import { jsonList, type ListDialect, type Row } from './list.js'

/** What the extractors found in an article, before the write transaction stores it. */
export interface Findings {
  statements: ExtractedStatement[]
  events: ExtractedEvent[]
}

/** How an actor's role is stored: CAMEO's source and target as they are, anyone else as mentioned. */
const ROLES: Record<ActorRole, ParticipantRole> = { source: 'source', target: 'target', other: 'mentioned' }

const TITLE_LENGTH = 500

/** What the extractors read of an article. */
export interface ArticleText { body: string, language: string, published: string, title: string }

/** Only what the extractors read of an article: what is sent to a worker thread. */
export const articleText = ({ body, language, published, title }: ArticleText): ArticleText => ({ body, language, published, title })

/** What an extraction worker serves (extraction-worker.ts): extractFindings, off the event loop. */
export interface ExtractionVerbs {
  extractFindings: (article: ArticleText, language: Language | undefined, participants: readonly KnownParticipant[]) => Promise<Findings>
}

/**
 * Both extractors on an article (CPU only), given the known participants its candidate names
 * found: what each engine's `findInArticle` returns once it has read those participants.
 */
export function extractFindings (article: ArticleText, language: Language | undefined, participants: readonly KnownParticipant[]): Findings {
  return {
    statements: extractStatements({ body: article.body, language, participants }),
    events: extractEvents({ body: article.body, language, published: article.published, title: article.title, participants })
  }
}

/**
 * The events to store, the main one first (so its sub-events can name it as their parent), each
 * with its named actors only: a description (`le gouvernement`, `officials`) names no participant,
 * and one participant made of it would join unrelated events and merge their reports.
 */
export function mainFirst (found: readonly ExtractedEvent[]): ExtractedEvent[] {
  const main = found.find((e) => e.main) ?? found[0]
  const named = (event: ExtractedEvent): ExtractedEvent => ({ ...event, participants: event.participants.filter((a) => a.generic !== true) })
  return main === undefined ? [] : [main, ...found.filter((e) => e !== main)].map(named)
}

/** The extractor's date as a partial date as precise as it says (`2024-06` for a month), else the publication's. */
export function partialDateOf (event: ExtractedEvent, published: string): string {
  const length = { day: 10, month: 7, year: 4 }[event.startPrecision ?? 'day']
  const date = event.startDate?.slice(0, length)
  return date !== undefined && isPartialDate(date) ? date : published
}

/** An actor no participant matched, as a new `extracted` participant of the kind the extractor gave. */
export function extractedActor (actor: ExtractedActor, articleId: string): ParticipantInput {
  return { kind: actor.kind, name: actor.name, description: `Found by the event extractor in ${articleId}`, origin: 'extracted' }
}

/**
 * An extracted event as a create body: `extracted`, with its confidence, CAMEO root and trigger
 * slice, reported by the article; `actorIds` are its actors resolved to participants, in order.
 */
export function extractedEventInput (event: ExtractedEvent, article: { id: string, published: string }, actorIds: readonly string[], parentId: string | null): EventInput {
  const links = event.participants.map((actor, i) => ({ id: actorIds[i] as string, role: ROLES[actor.role] }))
  const participants = links.filter((link, i) => links.findIndex((l) => l.id === link.id && l.role === link.role) === i)
  const { location, trigger } = event
  return {
    title: event.title.trim().slice(0, TITLE_LENGTH) || event.type,
    type: event.type,
    startDate: partialDateOf(event, article.published),
    location: location === null
      ? null
      : { name: location.name, countryCode: location.countryCode, latitude: location.latitude, longitude: location.longitude },
    parentId,
    articles: [article.id],
    participants,
    origin: 'extracted',
    confidence: Math.round(Math.min(1, Math.max(0, event.confidence)) * 1000) / 1000,
    cameo: CAMEO_ROOTS.includes(event.cameo as typeof CAMEO_ROOTS[number]) ? event.cameo : null,
    source: trigger === null || trigger.end <= trigger.start ? null : { article: article.id, start: trigger.start, end: trigger.end }
  }
}

/** A stored event as the merge test needs it. */
export interface StoredEvent {
  id: string
  type: string
  startDate: string
  endDate: string | null
  locationCountry: string | null
  participants: string[]
}

/**
 * The stored events that could be `event` reported again, in one query on either engine: of its
 * type, in a year it overlaps, in its country or with one of its actors, and not reported by the
 * article already (its own events, just stored). `agg` is the engine's JSON array aggregate.
 */
export function twinCandidates (lists: ListDialect, agg: string, event: EventInput, articleId: string): { text: string, params: unknown[] } {
  const year = event.startDate.slice(0, 4)
  const country = event.location?.countryCode?.toUpperCase() ?? null
  const actors = (event.participants ?? []).map((p) => p.id)
  return {
    text: `select e.id, e.type, e.start_date, e.end_date, e.location_country,
        (select ${agg} from event_participants ep where ep.event_id = e.id)
      from events e
      where e.type = ? and e.start_date <= ? and e.end_bound >= ?
        and (e.location_country = ? or e.id in (select ep.event_id from event_participants ep where ${lists.anyOf('ep.participant_id')}))
        and not exists (select 1 from event_articles ea where ea.event_id = e.id and ea.article_id = ?)
      order by e.start_date, e.id limit 100`,
    params: [event.type, year + LATEST, year, country, lists.value(actors), articleId]
  }
}

/** The first of the candidates' rows that is a twin of `event` (see isTwin). */
export function twinOf (candidates: readonly Row[], event: EventInput): StoredEvent | undefined {
  return candidates.map(([id, type, startDate, endDate, locationCountry, participants]) => ({
    id, type, startDate, endDate, locationCountry, participants: jsonList(participants)
  }) as StoredEvent).find((stored) => isTwin(stored, event))
}

/**
 * What a new report adds to the stored event it is linked to: its actors the event does not have
 * yet, in any role (a role the stored event gives an actor is kept, not contradicted).
 */
export function newActorsOf (stored: StoredEvent, event: EventInput): Array<{ eventId: string, participantId: string, role: ParticipantRole }> {
  const known = new Set(stored.participants)
  return (event.participants ?? []).filter((p) => !known.has(p.id)).map((p) => ({ eventId: stored.id, participantId: p.id, role: p.role }))
}

/** `date` cut to `length` characters (a year is 4, a month 7). */
const cut = (date: string, length: number) => date.slice(0, length)

/**
 * Whether a stored event is the one an article reports again: the same type, dates that overlap
 * when compared at the coarser precision of the two (`2024-06` and `2024-06-19` overlap), and at
 * least one shared actor or the same country.
 */
export function isTwin (stored: StoredEvent, event: EventInput): boolean {
  if (stored.type !== event.type) return false
  const length = Math.min(event.startDate.length, stored.startDate.length, (stored.endDate ?? stored.startDate).length)
  const date = cut(event.startDate, length)
  if (date < cut(stored.startDate, length) || date > cut(stored.endDate ?? stored.startDate, length)) return false
  const country = event.location?.countryCode?.toUpperCase()
  const sameCountry = country != null && country === stored.locationCountry
  return sameCountry || (event.participants ?? []).some((p) => stored.participants.includes(p.id))
}

/**
 * The event a statement belongs to: the one whose scope (the sentence it was found in) holds it,
 * the narrowest if several do, else `fallback` (the main event).
 */
export function eventOfStatement (statement: Span, events: ReadonlyArray<{ scope: Span, id: string }>, fallback: string): string {
  let best: { scope: Span, id: string } | undefined
  for (const event of events) {
    const { scope } = event
    if (scope.start > statement.start || scope.end < statement.end) continue
    if (best === undefined || scope.end - scope.start < best.scope.end - best.scope.start) best = event
  }
  return best?.id ?? fallback
}

/** Where the events found in an article went, and so where its statements go. */
export interface Placed {
  /** The article's main event: where the statements no other event holds go. */
  main: string
  /** The events found, each with the sentence it was found in. */
  scopes: Array<{ scope: Span, id: string }>
  created: string[]
  linked: string[]
  participantsCreated: string[]
}

export const placedAt = (main: string, scopes: Placed['scopes'] = []): Placed => ({ main, scopes, created: [], linked: [], participantsCreated: [] })

/** A stored event that reports the article, as placeReported needs it. */
export interface ReportedEvent { id: string, parentId: string | null, sourceArticleId: string | null, start: number | null, end: number | null }

/**
 * An article extracted again, which events already report (in date order): the events found again
 * are the stored ones with the same trigger; the main event is the main one found again, else the
 * top one.
 */
export function placeReported (reported: readonly ReportedEvent[], found: readonly ExtractedEvent[], articleId: string): Placed {
  const ids = new Set(reported.map((e) => e.id))
  const top = reported.find((e) => e.parentId === null || !ids.has(e.parentId)) ?? reported[0]
  const byTrigger = new Map(reported.filter((e) => e.sourceArticleId === articleId).map((e) => [`${e.start}:${e.end}`, e.id]))
  const scopes = found.flatMap((e) => {
    const id = e.trigger === null ? undefined : byTrigger.get(`${e.trigger.start}:${e.trigger.end}`)
    return id === undefined ? [] : [{ scope: e.scope, id, main: e.main }]
  })
  return placedAt(scopes.find((s) => s.main)?.id ?? top?.id ?? '', scopes.map(({ scope, id }) => ({ scope, id })))
}
