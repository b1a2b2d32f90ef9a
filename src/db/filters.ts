// The filters of the lists, for every engine: which condition each query parameter adds, on the
// same tables and columns. Names are resolved to ids by the engine first.
import { dateRange, storedInstant } from '../lib/list-query.js'
import type { EventList, StatementList } from '../storage/storage.js'
import type { EVENT_SORTS } from '../entities/events/schemas.js'
import { Where, type ListDialect, type SortKeys } from './list.js'
import { EVENT_AT } from './records.js'

/** Only these statements: the path's speaker or event, when a sub-list. */
export interface StatementScope { speaker?: string, event?: string }

/** The filters of a statement list, on `s`: AND between fields, OR within one. `named` holds the ids the speaker and mentioned references resolve to. */
export function statementFilters (lists: ListDialect, query: StatementList, scope: StatementScope,
  named: { speaker?: string[], mentioned?: string[] }): Where {
  const { from, toLatest } = dateRange(query.from, query.to)
  const ofEvents = new Where(lists)
    .anyOf('ev.type', query.eventType)
    .ifGiven('ev.end_bound >= ?', from)
    .ifGiven('ev.start_date <= ?', toLatest)
  return new Where(lists)
    .ifGiven('s.speaker_id = ?', scope.speaker)
    .ifGiven('s.event_id = ?', scope.event)
    .anyOf('s.speaker_id', named.speaker)
    .anyOfWithin('m.participant_id', named.mentioned, (test) => `s.id in (select m.statement_id from statement_mentions m where ${test})`)
    .anyOf('s.event_id', query.event)
    .anyOf('s.article_id', query.article)
    .anyOf('s.language', query.language)
    .anyOf('s.kind', query.kind)
    .anyOf('s.origin', query.origin)
    .nest(ofEvents, (where) => `s.event_id in (select ev.id from events ev ${where})`)
    .ifGiven('s.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
}

/** Only these events: one participant's (with their roles), or an event and everything below it. */
export interface EventScope { participant?: string, within?: string }

/**
 * The filters of an event list, on `e`, added to `where`. `participants` are the id lists that must
 * each hold (the path's participant, the client's `participant=`); `walked`, the one of them whose
 * events are walked in participant_events (`pe`, which then holds the dates) when sorting by date.
 */
export function eventFilters (where: Where, query: EventList, scope: EventScope, participants: string[][], walked: string[] | undefined): Where {
  const dates = walked === undefined ? 'e' : 'pe'
  const { from, toLatest } = dateRange(query.from, query.to)
  for (const ids of participants) {
    if (ids !== walked) where.anyOfWithin('ep.participant_id', ids, (test) => `e.id in (select ep.event_id from event_participants ep where ${test})`)
  }
  return where
    .anyOf('e.type', query.type)
    .anyOf('e.location_country', query.country?.map((c) => c.toUpperCase()))
    .anyOf('e.location_name', query.location)
    .anyOf('e.parent_id', query.parent)
    .anyOf('e.origin', query.origin)
    .anyOf('e.cameo', query.cameo)
    .ifGiven(`${dates}.end_bound >= ?`, from)
    .ifGiven(`${dates}.start_date <= ?`, toLatest)
    .ifGiven('e.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
    .ifGiven(`e.id in (with recursive subtree(id) as (select ? union all
        select child.id from events child join subtree on child.parent_id = subtree.id) select id from subtree)`, scope.within)
}

/**
 * Sorts of an event list; `pe` when walking one participant's events in date order. Relevance is
 * each engine's ranking (`key`, best first ascending) and its search row (`tiebreak`).
 */
export function eventSorts (byParticipant: boolean, relevance: { key: string, tiebreak: string }): Record<typeof EVENT_SORTS[number], SortKeys> {
  const { ID, TITLE, START_DATE, UPDATED_AT, RANK, HIT } = EVENT_AT
  const id = byParticipant ? 'pe.event_id' : 'e.id'
  return {
    startDate: { key: byParticipant ? 'pe.start_date' : 'e.start_date', tiebreak: id, at: [START_DATE, ID], page: ['e.start_date', 'e.id'] },
    title: { key: 'e.title', tiebreak: id, at: [TITLE, ID], page: ['e.title', 'e.id'] },
    updatedAt: { key: 'e.updated_at', tiebreak: id, at: [UPDATED_AT, ID], page: ['e.updated_at', 'e.id'] },
    relevance: { ...relevance, at: [RANK, HIT], page: ['page.rank', 'page.hit'] }
  }
}
