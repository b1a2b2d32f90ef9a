// Reads that span entities: embedding related records, a participant's roles, the timelines.
import { EMBEDDED_STATEMENTS_PER_EVENT, type Event, type ParticipantEvent } from '../../../entities/events/schemas.js'
import type { ParticipantRole } from '../../../entities/events/vocabulary.js'
import type { EventParticipant, Participant } from '../../../entities/participants/schemas.js'
import type { Statement } from '../../../entities/statements/schemas.js'
import { decodeCursor, encodeCursor, groupBy, type Page } from '../../../lib/pagination.js'
import type { EventInclude, EventList, PageRequest, ParticipantList, StatementInclude, TimelineEntry } from '../../../storage/storage.js'
import { all, type Database } from '../connection.js'
import { getArticles } from './articles.js'
import { getEvents, listEvents } from './events.js'
import { limitOf } from './list.js'
import { getParticipants, listParticipants } from './participants.js'
import { getStatements } from './statements.js'

const byId = <T extends { id: string }>(records: T[]) => new Map(records.map((r) => [r.id, r]))

/** The roles held by each participant in each event given, keyed `event participant`. */
function rolesHeld (db: Database, eventIds: readonly string[], participantIds: readonly string[]): Map<string, ParticipantRole[]> {
  if (eventIds.length === 0 || participantIds.length === 0) return new Map()
  const rows = all<{ eventId: string, participantId: string, role: ParticipantRole }>(db, `select event_id as eventId, participant_id as participantId, role
    from event_participants where event_id in (select value from json_each(?)) and participant_id in (select value from json_each(?))
    order by role`, [JSON.stringify(eventIds), JSON.stringify(participantIds)])
  return groupBy(rows, (r) => `${r.eventId} ${r.participantId}`, (r) => r.role)
}

/** One participant with their roles in one event; undefined when there is no such participant. */
export function participantInEvent (db: Database, eventId: string, participantId: string): EventParticipant | undefined {
  const [participant] = getParticipants(db, [participantId])
  return participant === undefined ? undefined : { ...participant, roles: rolesHeld(db, [eventId], [participantId]).get(`${eventId} ${participantId}`) ?? [] }
}

/** The events a participant took part in, each with the participant's roles in it. */
export function listParticipantEvents (db: Database, participantId: string, query: EventList): Page<ParticipantEvent> {
  const page = embedInEvents(db, listEvents(db, query, { participant: participantId }), query.include)
  const roles = rolesHeld(db, page.data.map((e) => e.id), [participantId])
  return { ...page, data: page.data.map((event) => ({ ...event, roles: roles.get(`${event.id} ${participantId}`) ?? [] })) }
}

/** The participants of an event, each with their roles in it. */
export function listEventParticipants (db: Database, eventId: string, query: ParticipantList): Page<EventParticipant> {
  const page = listParticipants(db, query, { event: eventId })
  const roles = rolesHeld(db, [eventId], page.data.map((p) => p.id))
  return { ...page, data: page.data.map((p) => ({ ...p, roles: roles.get(`${eventId} ${p.id}`) ?? [] })) }
}

/** Embeds the related records asked for, with one query per kind of record, not per statement. */
export function embedInStatements (db: Database, page: Page<Statement>, include: readonly StatementInclude[] | undefined): Page<Statement> {
  if (include === undefined || include.length === 0 || page.data.length === 0) return page
  const wants = new Set(include)
  const list = page.data
  const people = byId(getParticipants(db, [...new Set(list.flatMap((s) => [
    ...(wants.has('speaker') ? [s.speaker.id] : []),
    ...(wants.has('mentions') ? s.mentions.map((m) => m.id) : [])
  ]))]))
  const events = wants.has('event') ? byId(getEvents(db, [...new Set(list.map((s) => s.event.id))])) : new Map<string, Event>()
  const articles = wants.has('article') ? byId(getArticles(db, [...new Set(list.map((s) => s.source.article))])) : new Map()
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
function participantsOfEvents (db: Database, ids: readonly string[]): Map<string, Array<Participant & { roles: ParticipantRole[] }>> {
  const links = all<{ eventId: string, participantId: string, role: ParticipantRole }>(db, `select event_id as eventId, participant_id as participantId, role
    from event_participants where event_id in (select value from json_each(?)) order by role`, [JSON.stringify(ids)])
  const people = byId(getParticipants(db, [...new Set(links.map((l) => l.participantId))]))
  const roles = groupBy(links, (l) => `${l.eventId} ${l.participantId}`, (l) => l.role)
  return new Map(ids.map((eventId) => {
    const taking = [...new Set(links.filter((l) => l.eventId === eventId).map((l) => l.participantId))]
      .flatMap((id) => { const p = people.get(id); return p === undefined ? [] : [{ ...p, roles: roles.get(`${eventId} ${id}`) ?? [] }] })
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    return [eventId, taking]
  }))
}

/** The first statements of each event, by id, in one windowed query. */
function statementsOfEvents (db: Database, ids: readonly string[]): Map<string, Statement[]> {
  const picked = all<{ id: string, eventId: string }>(db, `select id, eventId from (
      select id, event_id as eventId, row_number() over (partition by event_id order by id) as n
      from statements where event_id in (select value from json_each(?)))
    where n <= ? order by id`, [JSON.stringify(ids), EMBEDDED_STATEMENTS_PER_EVENT])
  const said = byId(getStatements(db, picked.map((p) => p.id)))
  return groupBy(picked.filter((p) => said.has(p.id)), (p) => p.eventId, (p) => said.get(p.id) as Statement)
}

/** Embeds the related records asked for, with one query per kind of record, not per event. */
export function embedInEvents<E extends Event> (db: Database, page: Page<E>, include: readonly EventInclude[] | undefined): Page<E> {
  if (include === undefined || include.length === 0 || page.data.length === 0) return page
  const wants = new Set(include)
  const ids = page.data.map((e) => e.id)
  const participants = wants.has('participants') ? participantsOfEvents(db, ids) : new Map()
  const statements = wants.has('statements') ? statementsOfEvents(db, ids) : new Map()
  const articles = wants.has('articles') ? byId(getArticles(db, [...new Set(page.data.flatMap((e) => e.articles))])) : new Map()
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
export function participantTimeline (db: Database, participantId: string, request: PageRequest): Page<TimelineEntry> {
  const limit = limitOf(request.limit)
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, 3)
  const entries = all<{ date: string, type: 'event' | 'statement', id: string }>(db, `select date, type, id from (
      select e.start_date as date, 'event' as type, e.id as id from events e
        where e.id in (select event_id from event_participants where participant_id = ?)
      union all
      select e.start_date, 'statement', s.id from statements s join events e on e.id = s.event_id where s.speaker_id = ?)
    ${after === undefined ? '' : 'where (date, type, id) > (?, ?, ?)'}
    order by date, type, id limit ?`, [participantId, participantId, ...(after ?? []), limit + 1])
  const page = entries.slice(0, limit)
  const last = page.at(-1)
  const events = byId(getEvents(db, page.filter((e) => e.type === 'event').map((e) => e.id)))
  const statements = byId(getStatements(db, page.filter((e) => e.type === 'statement').map((e) => e.id)))
  return {
    data: page.map((entry) => entry.type === 'event'
      ? { type: 'event', date: entry.date, event: events.get(entry.id) }
      : { type: 'statement', date: entry.date, statement: statements.get(entry.id) }),
    nextCursor: entries.length > limit && last !== undefined ? encodeCursor([last.date, last.type, last.id]) : null
  }
}
