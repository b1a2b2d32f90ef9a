import { PARTICIPANT_SORTS, type Participant } from '../../../entities/participants/schemas.js'
import { chooseSort, storedInstant } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { ParticipantList } from '../../../storage/storage.js'
import { get, rows, LISTS, type Database } from '../connection.js'
import { checkedWhere, scanWhere, unbounded } from '../read-budget.js'
import { keyset, LIMIT, limitOf, pageOf, pageOrder, Where, type SortKeys } from '../../list.js'
import { foldedWords } from '../../names.js'
import { PARTICIPANT_AT, toParticipant } from '../../records.js'

const { ID, NAME, UPDATED_AT } = PARTICIPANT_AT

/** Everything a participant shows, from `p` (participants), with its aliases by language; `toParticipant` reads them in this order. */
const PARTICIPANT_COLUMNS = `p.id, p.kind, p.name, p.description, p.country_code, p.wikidata_id, p.origin, p.enriched_fields,
  p.created_at, p.updated_at, p.updated_by,
  (select json_group_array(json_object('name', a.name, 'language', a.language) order by a.language, a.name)
    from participant_aliases a where a.participant_id = p.id)`

/** Participants by id, in the order given (missing ids are skipped). */
export function getParticipants (db: Database, ids: readonly string[]): Participant[] {
  if (ids.length === 0) return []
  const found = new Map(rows(db, `select ${PARTICIPANT_COLUMNS} from participants p where p.id in (select value from json_each(?))`, [JSON.stringify(ids)])
    .map((row) => [row[ID] as string, toParticipant(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export function participantExists (db: Database, id: string): boolean {
  return get(db, 'select 1 from participants where id = ?', [id]) !== undefined
}

/**
 * A name search as an FTS5 query: every word of the text, folded, must begin a word of the
 * participant's name or one of its aliases (`poutine`, `nord-coreen`, `kim jong`). Words are quoted,
 * so nothing the user types is read as FTS5 syntax. Null when the text has no word at all.
 */
function nameQuery (text: string): string | null {
  const words = foldedWords(text)
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ')
}

const SORTS: Record<typeof PARTICIPANT_SORTS[number], SortKeys> = {
  name: { key: 'p.name', tiebreak: 'p.id', at: [NAME, ID], page: ['p.name', 'p.id'] },
  updatedAt: { key: 'p.updated_at', tiebreak: 'p.id', at: [UPDATED_AT, ID], page: ['p.updated_at', 'p.id'] }
}

/** Only the participants of this event (the path's), when a sub-list. */
export interface ParticipantScope { event?: string }

/** A page of participants by name (then id) unless sorted otherwise, filtered with AND between fields. */
export function listParticipants (db: Database, query: ParticipantList, scope: ParticipantScope = {}): Page<Participant> {
  const order = chooseSort(query.sort, undefined, 'name', PARTICIPANT_SORTS)
  const limit = limitOf(query.limit)
  const names = query.q === undefined ? undefined : nameQuery(query.q)
  if (query.count === true) unbounded(db.$client)
  const where = new Where(LISTS)
    .ifGiven('p.id in (select ep.participant_id from event_participants ep where ep.event_id = ?)', scope.event)
    .anyOf('p.kind', query.kind)
    .anyOf('p.wikidata_id', query.wikidata)
    .ifGiven('p.rowid in (select rowid from participants_fts where participants_fts match ?)', names ?? undefined)
    .ifGiven('p.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
  // A search with no word in it names nobody.
  if (names === null) where.add('false')
  const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n from participants p ${checkedWhere(where, 'p')}`, where.params)?.n ?? 0 : undefined
  const sort = SORTS[order.name]
  const orderBy = keyset(where, sort, order, query.cursor)
  const found = rows(db, `select ${PARTICIPANT_COLUMNS}
    from (select p.rowid as r from participants p ${scanWhere(db.$client, where, 'p', limit + 1)} ${orderBy} ${LIMIT}) as page cross join participants p on p.rowid = page.r
    ${pageOrder(sort, order)}`, [...where.params, limit + 1])
  const page = pageOf(found, limit, sort, order)
  return { data: page.rows.map(toParticipant), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
}
