// Reads that span entities, for every engine: embedding related records, a participant's roles,
// the timelines. Each engine answers the few queries underneath (RelatedSource); what is done
// with their rows is written once, here.
import type { Article } from '../entities/articles/schemas.js'
import type { Event, ParticipantEvent } from '../entities/events/schemas.js'
import type { ParticipantRole } from '../entities/events/vocabulary.js'
import type { EventParticipant, Participant } from '../entities/participants/schemas.js'
import type { Statement } from '../entities/statements/schemas.js'
import { decodeCursor, encodeCursor, groupBy, isSerialized, type Page, type SerializedPage } from '../lib/pagination.js'
import type { EventInclude, PageRequest, StatementInclude, StatementPage, TimelineEntry } from '../storage/storage.js'
import { limitOf } from './list.js'

export interface Link { eventId: string, participantId: string, role: ParticipantRole }
export interface TimelineKey { date: string, type: 'event' | 'statement', id: string }

/** What an engine answers for the reads below. Records by id come in the order asked, missing ones skipped. */
export interface RelatedSource {
  events: (ids: readonly string[]) => Promise<Event[]>
  participants: (ids: readonly string[]) => Promise<Participant[]>
  statements: (ids: readonly string[]) => Promise<Statement[]>
  articles: (ids: readonly string[]) => Promise<Article[]>
  /** The participant links of these events (of these participants only, when given), by role. */
  links: (eventIds: readonly string[], participantIds?: readonly string[]) => Promise<Link[]>
  /** The ids of the first `perEvent` statements of each event, by id. */
  firstStatements: (eventIds: readonly string[], perEvent: number) => Promise<Array<{ id: string, eventId: string }>>
  /** A participant's events and statements in (date, type, id) order, after `after`, `limit` of them. */
  timeline: (participantId: string, after: TimelineKey | undefined, limit: number) => Promise<TimelineKey[]>
}

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]))

/** The roles held by each participant in each event given, keyed `event participant`. */
async function rolesHeld (source: RelatedSource, eventIds: readonly string[], participantIds: readonly string[]): Promise<Map<string, ParticipantRole[]>> {
  if (eventIds.length === 0 || participantIds.length === 0) return new Map()
  return groupBy(await source.links(eventIds, participantIds), (r) => `${r.eventId} ${r.participantId}`, (r) => r.role)
}

/** Each event of a participant's page with the participant's roles in it. */
export async function withRolesOfParticipant (source: RelatedSource, participantId: string, page: Page<Event>): Promise<Page<ParticipantEvent>> {
  const roles = await rolesHeld(source, page.data.map((e) => e.id), [participantId])
  return { ...page, data: page.data.map((event) => ({ ...event, roles: roles.get(`${event.id} ${participantId}`) ?? [] })) }
}

/** Each participant of an event's page with their roles in it. */
export async function withRolesInEvent (source: RelatedSource, eventId: string, page: Page<Participant>): Promise<Page<EventParticipant>> {
  const roles = await rolesHeld(source, [eventId], page.data.map((p) => p.id))
  return { ...page, data: page.data.map((p) => ({ ...p, roles: roles.get(`${eventId} ${p.id}`) ?? [] })) }
}

/**
 * Embeds the related records asked for, with one query per kind of record, not per statement. A
 * serialised page is never asked to embed anything (listStatements).
 */
export async function embedInStatements<P extends StatementPage> (source: RelatedSource, page: P, include: readonly StatementInclude[] | undefined): Promise<P | Page<Statement>> {
  if (include === undefined || include.length === 0 || isSerialized(page) || page.data.length === 0) return page
  const wants = new Set(include)
  const list = page.data
  const people = byId(await source.participants([...new Set(list.flatMap((s) => [
    ...(wants.has('speaker') ? [s.speaker.id] : []),
    ...(wants.has('mentions') ? s.mentions.map((m) => m.id) : [])
  ]))]))
  const events = wants.has('event') ? byId(await source.events([...new Set(list.map((s) => s.event.id))])) : new Map<string, Event>()
  const articles = wants.has('article') ? byId(await source.articles([...new Set(list.map((s) => s.source.article))])) : new Map()
  return {
    ...page,
    data: list.map((s) => ({
      ...s,
      embedded: {
        ...(wants.has('speaker') ? { speaker: people.get(s.speaker.id) } : {}),
        ...(wants.has('event') ? { event: events.get(s.event.id) } : {}),
        ...(wants.has('article') ? { article: articles.get(s.source.article) } : {}),
        ...(wants.has('mentions') ? { mentions: s.mentions.flatMap((m) => people.get(m.id) ?? []) } : {})
      }
    }))
  }
}

/** The participants of each event, with their roles, by name: one query for the links, one for the people. */
async function participantsOfEvents (source: RelatedSource, ids: readonly string[]): Promise<Map<string, Array<Participant & { roles: ParticipantRole[] }>>> {
  const links = await source.links(ids)
  const people = byId(await source.participants([...new Set(links.map((l) => l.participantId))]))
  const roles = groupBy(links, (l) => `${l.eventId} ${l.participantId}`, (l) => l.role)
  return new Map(ids.map((eventId) => {
    const taking = [...new Set(links.filter((l) => l.eventId === eventId).map((l) => l.participantId))]
      .flatMap((id) => { const p = people.get(id); return p === undefined ? [] : [{ ...p, roles: roles.get(`${eventId} ${id}`) ?? [] }] })
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    return [eventId, taking]
  }))
}

/** The first statements of each event, by id. */
async function statementsOfEvents (source: RelatedSource, ids: readonly string[], perEvent: number): Promise<Map<string, Statement[]>> {
  const picked = await source.firstStatements(ids, perEvent)
  const said = byId(await source.statements(picked.map((p) => p.id)))
  return groupBy(picked.filter((p) => said.has(p.id)), (p) => p.eventId, (p) => said.get(p.id) as Statement)
}

/**
 * Embeds the related records asked for, with one query per kind of record, not per event. A
 * serialised page is never asked to embed anything (listEvents).
 */
export async function embedInEvents<E extends Event, P extends Page<E> | SerializedPage> (source: RelatedSource, page: P, include: readonly EventInclude[] | undefined,
  statementsPerEvent: number): Promise<P | Page<E>> {
  if (include === undefined || include.length === 0 || isSerialized(page) || page.data.length === 0) return page
  const wants = new Set(include)
  const ids = page.data.map((e) => e.id)
  const participants = wants.has('participants') ? await participantsOfEvents(source, ids) : new Map()
  const statements = wants.has('statements') ? await statementsOfEvents(source, ids, statementsPerEvent) : new Map()
  const articles = wants.has('articles') ? byId(await source.articles([...new Set(page.data.flatMap((e) => e.articles))])) : new Map()
  return {
    ...page,
    data: page.data.map((e) => ({
      ...e,
      embedded: {
        ...(wants.has('participants') ? { participants: participants.get(e.id) ?? [] } : {}),
        ...(wants.has('statements') ? { statements: statements.get(e.id) ?? [] } : {}),
        ...(wants.has('articles') ? { articles: e.articles.flatMap((id) => articles.get(id) ?? []) } : {})
      }
    }))
  }
}

/**
 * A participant's events and statements in one date order (a statement dated by its event),
 * paged by (date, type, id).
 */
export async function participantTimeline (source: RelatedSource, participantId: string, request: PageRequest): Promise<Page<TimelineEntry>> {
  const limit = limitOf(request.limit)
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, 3)
  const entries = await source.timeline(participantId,
    after === undefined ? undefined : { date: String(after[0]), type: after[1] as TimelineKey['type'], id: String(after[2]) }, limit + 1)
  const page = entries.slice(0, limit)
  const last = page.at(-1)
  const events = byId(await source.events(page.filter((e) => e.type === 'event').map((e) => e.id)))
  const statements = byId(await source.statements(page.filter((e) => e.type === 'statement').map((e) => e.id)))
  return {
    data: page.map((entry) => entry.type === 'event'
      ? { type: 'event', date: entry.date, event: events.get(entry.id) }
      : { type: 'statement', date: entry.date, statement: statements.get(entry.id) }),
    nextCursor: entries.length > limit && last !== undefined ? encodeCursor([last.date, last.type, last.id]) : null
  }
}
