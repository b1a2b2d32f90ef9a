import { EVENT_SORTS, type Event } from '../../../entities/events/schemas.js'
import { chooseSort, dateRange } from '../../../lib/list-query.js'
import { eventFilters, eventSorts, type EventScope } from '../../filters.js'
import type { Page } from '../../../lib/pagination.js'
import type { EventList, EventPage } from '../../../storage/storage.js'
import { get, rows, LISTS, type Database } from '../connection.js'
import { checkedWhere, scanWhere, unbounded } from '../read-budget.js'
import { cachedSearch } from '../search-cache.js'
import { keyset, LIMIT, limitOf, pageOf, pageOrder, serializedRow, servesJson, Where } from '../../list.js'
import { participantIdsFor } from './names.js'
import { ftsMatch, rankingWindow, snippet } from './search.js'
import { EVENT_AT, toEvent } from '../../records.js'

const { ID } = EVENT_AT

/**
 * Everything an event shows, from `e` (events), with the ids of the articles that report it (in no
 * particular order: toEvent sorts them, cheaper than a sorter per row here); `toEvent` reads them
 * in this order, then the hit's rank, row and snippet (null when not searching).
 */
const EVENT_COLUMNS = `e.id, e.title, e.summary, e.type, e.start_date, e.end_date, e.location_name, e.location_country, e.latitude, e.longitude,
  e.parent_id, e.enriched_fields, e.created_at, e.updated_at, e.updated_by, e.origin, e.confidence, e.cameo, e.source_article_id, e.source_start, e.source_end,
  (select json_group_array(ea.article_id) from event_articles ea where ea.event_id = e.id)`

/** SQLite's CASE for precisionOf (lib/partial-date.ts): a partial date's precision from its length. */
const precision = (date: string) => `case length(${date}) when 4 then 'year' when 7 then 'month' else 'day' end`

/**
 * The record toEvent builds (records.ts), written as JSON by SQLite, in the order of its schema:
 * see STATEMENT_JSON. test/serialized-pages.test.ts holds the two equal.
 */
const EVENT_JSON = `json_object('id', e.id, 'title', e.title, 'summary', e.summary, 'type', e.type,
  'startDate', e.start_date, 'startPrecision', ${precision('e.start_date')},
  'endDate', e.end_date, 'endPrecision', case when e.end_date is null then null else ${precision('e.end_date')} end,
  'location', case when e.location_name is null then null
    else json_object('name', e.location_name, 'countryCode', e.location_country, 'latitude', e.latitude, 'longitude', e.longitude) end,
  'parentId', e.parent_id,
  'articles', (select json_group_array(article_id) from (select ea.article_id from event_articles ea where ea.event_id = e.id order by ea.article_id)),
  'origin', e.origin, 'confidence', e.confidence, 'cameo', e.cameo,
  'source', case when e.source_article_id is null or e.source_start is null or e.source_end is null then null
    else json_object('article', e.source_article_id, 'start', e.source_start, 'end', e.source_end) end,
  'enrichedFields', json(coalesce(e.enriched_fields, '[]')), 'createdAt', e.created_at, 'updatedAt', e.updated_at, 'updatedBy', e.updated_by)`

/** Events by id, in the order given (missing ids are skipped). */
export function getEvents (db: Database, ids: readonly string[]): Event[] {
  if (ids.length === 0) return []
  // One id, the lookup of GET /events/{id}, is a plain equality: no JSON to parse and walk.
  const found = new Map((ids.length === 1
    ? rows(db, `select ${EVENT_COLUMNS}, null, null, null from events e where e.id = ?`, ids)
    : rows(db, `select ${EVENT_COLUMNS}, null, null, null from events e where e.id in (select value from json_each(?))`, [JSON.stringify(ids)]))
    .map((row) => [row[ID] as string, toEvent(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export function eventExists (db: Database, id: string): boolean {
  return get(db, 'select 1 from events where id = ?', [id]) !== undefined
}

/** Relevance: bm25, sorted as an expression (see statements.ts). */
const RELEVANCE = { key: '(events_fts.rank + 0)', tiebreak: 'events_fts.rowid' }

/**
 * The earliest start date an event of this participant overlapping `from` can have: an event that
 * starts and ends in one year overlaps `from` only if it starts in `from`'s year or later, and the
 * few that span years are looked up. It bounds the walk of participant_events from below, instead
 * of reading every earlier event of someone with thousands.
 */
function earliestStart (db: Database, participant: string, from: string): string {
  const year = from.slice(0, 4)
  const spanning = get<{ startDate: string }>(db, `select start_date as startDate from participant_events
    where participant_id = ? and substr(end_bound, 1, 4) > substr(start_date, 1, 4) and end_bound >= ?
    order by start_date limit 1`, [participant, from])?.startDate
  return spanning !== undefined && spanning < year ? spanning : year
}

/**
 * A page of events, chronological unless sorted otherwise: filtered, sorted and paged in an inner
 * query, then the page's rows joined with their articles (and snippets) in the same query. One
 * participant's events by date walk participant_events in date order, so a page costs the same
 * for someone in three events or in thirty thousand.
 * Whole records in JSON (`json`, no search, nothing embedded) come serialised by SQLite.
 */
export function listEvents (db: Database, query: EventList & { json?: false }, scope?: EventScope): Page<Event>
export function listEvents (db: Database, query: EventList, scope?: EventScope): EventPage
export function listEvents (db: Database, { json, ...query }: EventList, scope: EventScope = {}): EventPage {
  const { q } = query
  const serialized = servesJson(json, query)
  const order = chooseSort(query.sort, q, 'startDate', EVENT_SORTS)
  const match = ftsMatch(q)
  const limit = limitOf(query.limit)
  if (q !== undefined || query.count === true) unbounded(db.$client)
  const run = (): EventPage => {
    // The path's participant and the client's `participant=` must both hold; one participant's
    // events by date are walked in participant_events, the other condition checked on each.
    const participants = [scope.participant === undefined ? undefined : [scope.participant],
      query.participant === undefined ? undefined : participantIdsFor(db, query.participant)]
      .filter((ids): ids is string[] => ids !== undefined)
    const walked = order.name === 'startDate' ? participants.find((ids) => ids.length === 1) : undefined
    const byParticipant = walked !== undefined
    const { from } = dateRange(query.from, query.to)
    const where = new Where(LISTS)
    if (walked !== undefined) {
      where.add('pe.participant_id = ?', walked[0])
      if (from !== undefined) where.add('pe.start_date >= ?', earliestStart(db, walked[0] as string, from))
    }
    eventFilters(where, query, scope, participants, walked)
    const tables = byParticipant ? 'participant_events pe join events e on e.id = pe.event_id' : 'events e'
    const source = q === undefined
      ? `from ${tables}`
      : `from events_fts join ${tables} ${byParticipant ? 'and' : 'on'} e.rowid = events_fts.rowid`
    if (match !== undefined) where.add('events_fts match ?', match)
    const alias = q === undefined ? 'e' : 'events_fts'
    const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n ${source} ${checkedWhere(where, alias)}`, where.params)?.n ?? 0 : undefined
    if (order.name === 'relevance') rankingWindow(db, 'events_fts', source, where)
    const sort = eventSorts(byParticipant, RELEVANCE)[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const ranked = order.name === 'relevance'
    const row = serialized ? serializedRow(EVENT_JSON, sort) : undefined
    const columns = row?.columns ??
      `${EVENT_COLUMNS}, ${ranked ? 'page.rank, page.hit' : 'null, null'}, ${q === undefined ? 'null' : snippet('events_fts')}`
    const found = rows(db, `select ${columns}
      from (select e.rowid as r${ranked ? ', events_fts.rank as rank, events_fts.rowid as hit' : ''} ${source} ${q === undefined ? scanWhere(db.$client, where, 'e', limit + 1) : checkedWhere(where, alias)} ${orderBy} ${LIMIT}) as page
      cross join events e on e.rowid = page.r
      ${q === undefined ? '' : 'cross join events_fts on events_fts.rowid = e.rowid where events_fts match ? and within_read_budget(e.rowid)'}
      ${pageOrder(sort, order)}`,
    [...where.params, limit + 1, ...(match === undefined ? [] : [match])])
    const counted = total === undefined ? {} : { total }
    if (row !== undefined) {
      const page = pageOf(found, limit, row.keys, order)
      return { json: page.rows.map((row) => row[0] as string), nextCursor: page.nextCursor, ...counted }
    }
    const page = pageOf(found, limit, sort, order)
    return { data: page.rows.map(toEvent), nextCursor: page.nextCursor, ...counted }
  }
  return q === undefined ? run() : cachedSearch(db, `events ${JSON.stringify([query, scope])}`, run)
}
