import { EVENT_SORTS, type Event } from '../../../entities/events/schemas.js'
import { chooseSort, dateRange } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { EventList } from '../../../storage/storage.js'
import { eventFilters, eventSorts, type EventScope } from '../../filters.js'
import { keyset, limitOf, pageOf, pageOrder, Where } from '../../list.js'
import { EVENT_AT, toEvent } from '../../records.js'
import { get, LISTS, rows, type Queryable } from '../connection.js'
import { cachedSearch, type SearchCache } from '../search-cache.js'
import { participantIdsFor } from './names.js'
import { headline, QUERY_TABLE, rankingWindow, type SearchDocument, tsquery, withSnippetEnds } from './search.js'

const { ID } = EVENT_AT

/** Everything an event shows, in the order of src/db/records.ts, with the ids of the articles that report it. */
const EVENT_COLUMNS = `e.id, e.title, e.summary, e.type, e.start_date, e.end_date, e.location_name, e.location_country, e.latitude, e.longitude,
  e.parent_id, e.enriched_fields, e.created_at, e.updated_at, e.updated_by, e.origin, e.confidence, e.cameo, e.source_article_id, e.source_start, e.source_end,
  (select json_agg(ea.article_id order by ea.article_id) from event_articles ea where ea.event_id = e.id)`

/** Events by id, in the order given (missing ids are skipped). */
export async function getEvents (db: Queryable, ids: readonly string[]): Promise<Event[]> {
  if (ids.length === 0) return []
  const found = new Map((await rows(db, `select ${EVENT_COLUMNS}, null, null, null from events e where e.id = any(?)`, [[...ids]]))
    .map((row) => [row[ID] as string, toEvent(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export async function eventExists (db: Queryable, id: string): Promise<boolean> {
  return await get(db, 'select 1 from events where id = ?', [id]) !== undefined
}

/** Relevance: ts_rank_cd, best first, as an ascending key (like bm25), ties by insertion order. */
const RELEVANCE = { key: '(-ts_rank_cd(e.search, tq))', tiebreak: 'e.seq' }

/** The earliest start date an event of this participant overlapping `from` can have (see SQLite's events.ts). */
async function earliestStart (db: Queryable, participant: string, from: string): Promise<string> {
  const year = from.slice(0, 4)
  const spanning = (await get<{ startDate: string }>(db, `select start_date as "startDate" from participant_events
    where participant_id = ? and substr(end_bound, 1, 4) > substr(start_date, 1, 4) and end_bound >= ?
    order by start_date limit 1`, [participant, from]))?.startDate
  return spanning !== undefined && spanning < year ? spanning : year
}

/** The text a hit's snippet is taken from. */
const DOCUMENT: SearchDocument = { sql: "concat_ws(' ', e.title, e.summary, e.location_name)", text: (row) => [row[EVENT_AT.TITLE], row[EVENT_AT.SUMMARY], row[EVENT_AT.LOCATION_NAME]].filter((part) => part !== null).join(' ') }

/**
 * A page of events, chronological unless sorted otherwise: the plan of SQLite's listEvents
 * (filters, keyset and order in an inner query, the page's rows joined in the outer one; one
 * participant's events by date walked in participant_events), with the search through the stored
 * tsvector, ranked with ts_rank_cd, and ts_headline on the page's rows only.
 */
export async function listEvents (db: Queryable, cache: SearchCache, query: EventList, scope: EventScope = {}): Promise<Page<Event>> {
  const { q } = query
  const order = chooseSort(query.sort, q, 'startDate', EVENT_SORTS)
  const match = tsquery(q)
  const limit = limitOf(query.limit)
  const run = async (): Promise<Page<Event>> => {
    const participants = [scope.participant === undefined ? undefined : [scope.participant],
      query.participant === undefined ? undefined : await participantIdsFor(db, query.participant)]
      .filter((ids): ids is string[] => ids !== undefined)
    const walked = order.name === 'startDate' ? participants.find((ids) => ids.length === 1) : undefined
    const byParticipant = walked !== undefined
    const { from } = dateRange(query.from, query.to)
    const where = new Where(LISTS)
    if (walked !== undefined) {
      where.add('pe.participant_id = ?', walked[0])
      if (from !== undefined) where.add('pe.start_date >= ?', await earliestStart(db, walked[0] as string, from))
    }
    eventFilters(where, query, scope, participants, walked)
    const tables = byParticipant ? 'participant_events pe join events e on e.id = pe.event_id' : 'events e'
    const source = match === undefined ? `from ${tables}` : `from ${tables} ${QUERY_TABLE}`
    const sourceParams = match === undefined ? [] : [match]
    if (match !== undefined) where.add('e.search @@ tq')
    const total = query.count === true ? (await get<{ n: number }>(db, `select count(*) as n ${source} ${where.sql}`, [...sourceParams, ...where.params]))?.n ?? 0 : undefined
    const ranked = order.name === 'relevance'
    if (ranked) await rankingWindow(db, 'e.seq', source, sourceParams, where)
    const sort = eventSorts(byParticipant, RELEVANCE)[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const found = await rows(db, `select ${EVENT_COLUMNS}, ${ranked ? 'page.rank, page.hit' : 'null, null'},
        ${match === undefined ? 'null' : headline(DOCUMENT)}
      from (select e.id as r${ranked ? `, ${sort.key} as rank, e.seq as hit` : ''} ${source} ${where.sql} ${orderBy} limit ?) as page
      join events e on e.id = page.r ${match === undefined ? '' : QUERY_TABLE}
      ${pageOrder(sort, order)}`,
    [...sourceParams, ...where.params, limit + 1, ...sourceParams])
    const page = pageOf(found, limit, sort, order)
    return { data: withSnippetEnds(page.rows, DOCUMENT).map(toEvent), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
  }
  // One answer whatever the format asked (`json` is only a hint this engine does not take).
  return q === undefined ? await run() : await cachedSearch(cache, db, `events ${JSON.stringify([{ ...query, json: undefined }, scope])}`, run)
}
