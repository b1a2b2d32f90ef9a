import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { EventNotFoundError, InvalidParameterError } from '../../lib/errors.js'
import { groupBy, keysetPage, type Page, type PageRequest } from '../../lib/pagination.js'
import { LATEST, precisionOf } from '../../lib/partial-date.js'
import type { Event, EventFilter, ParticipantEvent } from './schemas.js'
import { eventArticles, eventParticipants, events } from './table.js'
import type { ParticipantRole } from './vocabulary.js'

type EventRow = typeof events.$inferSelect

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
    location: row.locationName === null
      ? null
      : { name: row.locationName, countryCode: row.locationCountry, latitude: row.latitude, longitude: row.longitude },
    parentId: row.parentId,
    articles,
    enrichedFields: row.enrichedFields,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt
  }
}

/** The article ids of many events in one query. */
function articlesOf (db: Database, eventIds: string[]): Map<string, string[]> {
  if (eventIds.length === 0) return new Map()
  const rows = db.select().from(eventArticles)
    .where(inArray(eventArticles.eventId, eventIds))
    .orderBy(asc(eventArticles.articleId)).all()
  return groupBy(rows, (r) => r.eventId, (r) => r.articleId)
}

function toEvents (db: Database, rows: EventRow[]): Event[] {
  const articles = articlesOf(db, rows.map((r) => r.id))
  return rows.map((row) => toEvent(row, articles.get(row.id) ?? []))
}

export function eventExists (db: Database, id: string): boolean {
  return db.select({ id: events.id }).from(events).where(eq(events.id, id)).get() !== undefined
}

export function getEvent (db: Database, id: string): Event {
  const row = db.select().from(events).where(eq(events.id, id)).get()
  if (!row) throw new EventNotFoundError(id)
  return toEvents(db, [row])[0] as Event
}

/** Events in chronological order (start date, then id), filtered; all filters combine with AND. */
export function listEvents (db: Database, filter: EventFilter & PageRequest): Page<Event> {
  if (filter.from !== undefined && filter.to !== undefined && filter.from > filter.to + LATEST) {
    throw new InvalidParameterError('querystring', 'to', `must not be before 'from' (${filter.from})`)
  }
  const conditions = [
    filter.type === undefined ? undefined : eq(events.type, filter.type),
    filter.country === undefined ? undefined : eq(events.locationCountry, filter.country.toUpperCase()),
    filter.participant === undefined
      ? undefined
      : inArray(events.id, db.select({ id: eventParticipants.eventId }).from(eventParticipants)
        .where(eq(eventParticipants.participantId, filter.participant))),
    // Overlap of [start, end] with [from, to], each partial date covering its whole span.
    filter.from === undefined ? undefined : gte(events.endBound, filter.from),
    filter.to === undefined ? undefined : sql`${events.startDate} <= ${filter.to + LATEST}`
  ]
  const page = keysetPage(filter, [events.startDate, events.id], (r: EventRow) => [r.startDate, r.id],
    (after, limit) => db.select().from(events)
      .where(and(...conditions, after))
      .orderBy(asc(events.startDate), asc(events.id))
      .limit(limit).all())
  return { ...page, data: toEvents(db, page.data) }
}

/** The events a participant took part in, each with the participant's roles in it. */
export function listEventsOfParticipant (db: Database, participantId: string, request: PageRequest): Page<ParticipantEvent> {
  const page = listEvents(db, { ...request, participant: participantId })
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
