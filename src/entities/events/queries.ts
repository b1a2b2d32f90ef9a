import { and, asc, count, eq, inArray, lte, sql } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Database } from '../../db/connection.js'
import { idList, inIds, preparedQuery } from '../../db/prepared.js'
import { EventNotFoundError, InvalidParameterError } from '../../lib/errors.js'
import { anyOf, chooseSort, runListing, since, valueFilter, valuesFilter, type Filter, type Listing } from '../../lib/listing.js'
import { decodeCursor, DEFAULT_LIMIT, encodeCursor, groupBy, type Page } from '../../lib/pagination.js'
import { LATEST, precisionOf } from '../../lib/partial-date.js'
import { byRelevance, ftsTable, hitColumns, joinSearch, rankedWindow, searchFilter, searching, withSnippets } from '../../lib/search.js'
import { getArticles } from '../articles/queries.js'
import { getParticipants, participantIdsFor } from '../participants/queries.js'
import { getStatements } from '../statements/queries.js'
import { statements } from '../statements/table.js'
import { EMBEDDED_STATEMENTS_PER_EVENT, type Event, type EventQuery, type ParticipantEvent } from './schemas.js'
import { eventArticles, eventParticipants, events, participantEvents, spansYears } from './table.js'
import type { ParticipantRole } from './vocabulary.js'

type EventRow = typeof events.$inferSelect
const eventsFts = ftsTable('events_fts')

/** The stored location columns as the API's `location` object. */
export function locationOf (row: EventRow): Event['location'] {
  return row.locationName === null
    ? null
    : { name: row.locationName, countryCode: row.locationCountry, latitude: row.latitude, longitude: row.longitude }
}

function toEvent (row: EventRow, articles: string[]): Event {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    startDate: row.startDate,
    startPrecision: precisionOf(row.startDate),
    endDate: row.endDate,
    endPrecision: row.endDate === null ? null : precisionOf(row.endDate),
    location: locationOf(row),
    parentId: row.parentId,
    articles,
    enrichedFields: row.enrichedFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy
  }
}

const eventsById = preparedQuery((db) => db.select().from(events).where(inIds(events.id)).prepare())
const eventIdById = preparedQuery((db) => db.select({ id: events.id }).from(events).where(eq(events.id, sql.placeholder('id'))).prepare())
const articlesOfEvents = preparedQuery((db) => db.select().from(eventArticles)
  .where(inIds(eventArticles.eventId)).orderBy(asc(eventArticles.articleId)).prepare())

/** The article ids of many events in one query. */
function articlesOf (db: Database, eventIds: string[]): Map<string, string[]> {
  if (eventIds.length === 0) return new Map()
  return groupBy(articlesOfEvents(db).all(idList(eventIds)), (r) => r.eventId, (r) => r.articleId)
}

function toEvents (db: Database, rows: EventRow[]): Event[] {
  const articles = articlesOf(db, rows.map((r) => r.id))
  return rows.map((row) => toEvent(row, articles.get(row.id) ?? []))
}

export function eventExists (db: Database, id: string): boolean {
  return eventIdById(db).get({ id }) !== undefined
}

export function getEvent (db: Database, id: string): Event {
  const event = getEvents(db, [id])[0]
  if (event === undefined) throw new EventNotFoundError(id)
  return event
}

/** Events by id, in the order given (missing ids are skipped): for embedding. */
export function getEvents (db: Database, ids: string[]): Event[] {
  if (ids.length === 0) return []
  const found = new Map(toEvents(db, eventsById(db).all(idList(ids))).map((e) => [e.id, e]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

/**
 * Events whose span overlaps [from, to], each partial date covering its whole year or month
 * (`end_bound` is the last instant an event covers); no filter for a bound not given.
 */
export function eventsOverlapping (from: string | undefined, to: string | undefined, dates: { startDate: SQLiteColumn, endBound: SQLiteColumn } = events): Array<Filter | undefined> {
  if (from !== undefined && to !== undefined && from > to + LATEST) {
    throw new InvalidParameterError('querystring', 'to', `must not be before 'from' (${from})`)
  }
  return [
    valueFilter('from', from, (bound) => sql`${dates.endBound} >= ${bound}`),
    valueFilter('to', to === undefined ? undefined : to + LATEST, (bound) => sql`${dates.startDate} <= ${bound}`)
  ]
}

export type EventFilter = Omit<EventQuery, 'include' | 'fields' | 'format' | 'all'> & {
  /** Only this event and everything below it (for the timeline). */
  within?: string
}

/**
 * The filters of an event list. `participants` are the ids the participant filter names; with
 * `byParticipant`, that filter and the dates are read from participant_events' rows.
 */
function filters (filter: EventFilter, participants: string[] | undefined, byParticipant: boolean): Array<Filter | undefined> {
  return [
    searchFilter(eventsFts, filter.q),
    anyOf('type', events.type, filter.type),
    anyOf('country', events.locationCountry, filter.country?.map((c) => c.toUpperCase())),
    anyOf('location', events.locationName, filter.location),
    anyOf('parent', events.parentId, filter.parent),
    byParticipant
      ? anyOf('participant', participantEvents.participantId, participants)
      : valuesFilter('participant', participants, (matches) =>
        sql`${events.id} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${matches(eventParticipants.participantId)})`),
    ...eventsOverlapping(filter.from, filter.to, byParticipant ? participantEvents : events),
    since(events.updatedAt, filter.updatedSince, 'updatedSince'),
    valueFilter('within', filter.within, (root) => sql`${events.id} in (with recursive subtree(id) as (select ${root} union all
          select child.id from ${events} as child join subtree on child.parent_id = subtree.id) select id from subtree)`)
  ]
}

const earliestSpanning = preparedQuery((db) => db.select({ startDate: participantEvents.startDate }).from(participantEvents)
  .where(and(eq(participantEvents.participantId, sql.placeholder('participant')), spansYears(participantEvents),
    sql`${participantEvents.endBound} >= ${sql.placeholder('from')}`))
  .orderBy(asc(participantEvents.startDate)).limit(1).prepare())

/**
 * The earliest start date an event of this participant overlapping `from` can have: an event that
 * starts and ends in one year overlaps `from` only if it starts in `from`'s year or later, and the
 * few that span years are looked up. It bounds the walk of participant_events from below, instead of
 * reading every earlier event of someone with thousands.
 */
function earliestStart (db: Database, participant: string, from: string): string {
  const year = from.slice(0, 4)
  const spanning = earliestSpanning(db).get({ participant, from })?.startDate
  return spanning !== undefined && spanning < year ? spanning : year
}

/**
 * Events filtered with AND between fields and OR within one; chronological unless sorted otherwise.
 * One participant's events by date come from participant_events, walked in date order, so a page
 * costs the same for someone in three events or in thirty thousand.
 */
export function listEvents (db: Database, filter: EventFilter): Page<Event> {
  const q = filter.q
  const sort = chooseSort(filter.sort, q, 'startDate')
  const participants = filter.participant === undefined ? undefined : participantIdsFor(db, filter.participant)
  const byParticipant = participants?.length === 1 && sort.replace(/^-/, '') === 'startDate'
  const startsFrom = byParticipant && filter.from !== undefined ? earliestStart(db, participants[0] as string, filter.from) : undefined
  const select = () => {
    const columns = { event: events, ...hitColumns(eventsFts, q) }
    const from = byParticipant
      ? db.select(columns).from(participantEvents).innerJoin(events, eq(events.id, participantEvents.eventId))
      : db.select(columns).from(events)
    return joinSearch(from, eventsFts, events, q)
  }
  type Row = ReturnType<ReturnType<typeof select>['all']>[number]
  const listing: Listing<Row> = {
    db,
    name: byParticipant ? 'events-of-participant' : 'events',
    cached: q !== undefined,
    sorts: {
      startDate: { expression: byParticipant ? participantEvents.startDate : events.startDate, valueOf: (r) => r.event.startDate },
      title: { expression: events.title, valueOf: (r) => r.event.title },
      updatedAt: { expression: events.updatedAt, valueOf: (r) => r.event.updatedAt },
      relevance: byRelevance(eventsFts)
    },
    id: byParticipant ? participantEvents.eventId : events.id,
    idOf: (r) => r.event.id,
    fetch: (where, orderBy, limit) => select().where(where).orderBy(...orderBy).limit(limit).prepare(),
    count: (where) => {
      const from = byParticipant
        ? db.select({ n: count() }).from(participantEvents).innerJoin(events, eq(events.id, participantEvents.eventId))
        : db.select({ n: count() }).from(events)
      return joinSearch(from, eventsFts, events, q).where(where).prepare()
    }
  }
  const startsFromFilter = valueFilter('startsFrom', startsFrom, (bound) => sql`${participantEvents.startDate} >= ${bound}`)
  const page = searching(q, () => runListing(listing, [...filters(filter, participants, byParticipant), startsFromFilter, rankedWindow(db, eventsFts, q, sort)], { ...filter, sort }))
  const hits = withSnippets(db, eventsFts, events, q, page.data, (r) => r.event.id)
  const list = toEvents(db, hits.map((r) => r.event))
  return { ...page, data: list.map((e, i) => { const s = hits[i]?.snippet; return s == null ? e : { ...e, snippet: s } }) }
}

/** The events a participant took part in, each with the participant's roles in it. */
export function listEventsOfParticipant (db: Database, participantId: string, filter: EventFilter): Page<ParticipantEvent> {
  const page = listEvents(db, { ...filter, participant: [participantId] })
  const roles = rolesHeld(db, page.data.map((e) => e.id), [participantId])
  return { ...page, data: page.data.map((event) => ({ ...event, roles: roles.get(roleKey(event.id, participantId)) ?? [] })) }
}

export const roleKey = (eventId: string, participantId: string) => `${eventId}\u0000${participantId}`

/** The roles held, keyed by `roleKey`, for every pair of the given events and participants. */
export function rolesHeld (db: Database, eventIds: string[], participantIds: string[]): Map<string, ParticipantRole[]> {
  if (eventIds.length === 0 || participantIds.length === 0) return new Map()
  const rows = db.select().from(eventParticipants)
    .where(and(inArray(eventParticipants.eventId, eventIds), inArray(eventParticipants.participantId, participantIds)))
    .orderBy(asc(eventParticipants.role)).all()
  return groupBy(rows, (r) => roleKey(r.eventId, r.participantId), (r) => r.role)
}

export type EventInclude = NonNullable<EventQuery['include']>[number]

/** Embeds the related records asked for, with one query per kind of record, not per event. */
export function embedInEvents (db: Database, list: Event[], include: EventInclude[] | undefined): Event[] {
  if (include === undefined || include.length === 0 || list.length === 0) return list
  const wants = new Set(include)
  const ids = list.map((e) => e.id)
  let participantsOf = new Map<string, Array<ReturnType<typeof getParticipants>[number] & { roles: ParticipantRole[] }>>()
  if (wants.has('participants')) {
    const links = db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, ids))
      .orderBy(asc(eventParticipants.role)).all()
    const people = new Map(getParticipants(db, [...new Set(links.map((l) => l.participantId))]).map((p) => [p.id, p]))
    const roles = groupBy(links, (l) => roleKey(l.eventId, l.participantId), (l) => l.role)
    participantsOf = new Map(list.map((e) => {
      const taking = [...new Set(links.filter((l) => l.eventId === e.id).map((l) => l.participantId))]
        .flatMap((pid) => { const p = people.get(pid); return p ? [{ ...p, roles: roles.get(roleKey(e.id, pid)) ?? [] }] : [] })
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      return [e.id, taking]
    }))
  }
  let statementsOf = new Map<string, ReturnType<typeof getStatements>>()
  if (wants.has('statements')) {
    // The first statements of each event, by id, in one windowed query.
    const ranked = db.select({ id: statements.id, eventId: statements.eventId, n: sql<number>`row_number() over (partition by ${statements.eventId} order by ${statements.id})`.as('n') })
      .from(statements).where(inArray(statements.eventId, ids)).as('ranked')
    const picked = db.select({ id: ranked.id, eventId: ranked.eventId }).from(ranked)
      .where(lte(ranked.n, EMBEDDED_STATEMENTS_PER_EVENT)).orderBy(asc(ranked.id)).all()
    const said = new Map(getStatements(db, picked.map((p) => p.id)).map((s) => [s.id, s]))
    statementsOf = groupBy(picked.filter((p) => said.has(p.id)), (p) => p.eventId, (p) => said.get(p.id)!)
  }
  const articlesById = wants.has('articles') ? new Map(getArticles(db, [...new Set(list.flatMap((e) => e.articles))]).map((a) => [a.id, a])) : new Map()
  return list.map((e) => ({
    ...e,
    embedded: {
      ...(wants.has('participants') ? { participants: participantsOf.get(e.id) ?? [] } : {}),
      ...(wants.has('statements') ? { statements: statementsOf.get(e.id) ?? [] } : {}),
      ...(wants.has('articles') ? { articles: e.articles.flatMap((id) => articlesById.get(id) ?? []) } : {})
    }
  }))
}

export interface TimelineEntry {
  type: 'event' | 'statement'
  date: string
  event?: Event
  statement?: ReturnType<typeof getStatements>[number]
}

/**
 * A participant's events and statements in one date order (a statement dated by its event),
 * paged by (date, type, id).
 */
export function participantTimeline (db: Database, participantId: string, request: { cursor?: string, limit?: number }): Page<TimelineEntry> {
  const limit = request.limit ?? DEFAULT_LIMIT
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, 3)
  const entries = db.all<{ date: string, type: 'event' | 'statement', id: string }>(sql`
    select date, type, id from (
      select ${events.startDate} as date, 'event' as type, ${events.id} as id from ${events}
        where ${events.id} in (select ${eventParticipants.eventId} from ${eventParticipants} where ${eventParticipants.participantId} = ${participantId})
      union all
      select ${events.startDate}, 'statement', ${statements.id} from ${statements}
        join ${events} on ${events.id} = ${statements.eventId}
        where ${statements.speakerId} = ${participantId}
    )
    ${after === undefined ? sql`` : sql`where (date, type, id) > (${after[0]}, ${after[1]}, ${after[2]})`}
    order by date, type, id
    limit ${limit + 1}`)
  const page = entries.slice(0, limit)
  const last = page.at(-1)
  const eventsById = new Map(getEvents(db, page.filter((e) => e.type === 'event').map((e) => e.id)).map((e) => [e.id, e]))
  const statementsById = new Map(getStatements(db, page.filter((e) => e.type === 'statement').map((e) => e.id)).map((s) => [s.id, s]))
  return {
    data: page.map((entry) => entry.type === 'event'
      ? { type: 'event', date: entry.date, event: eventsById.get(entry.id) }
      : { type: 'statement', date: entry.date, statement: statementsById.get(entry.id) }),
    nextCursor: entries.length > limit && last ? encodeCursor([last.date, last.type, last.id]) : null
  }
}
