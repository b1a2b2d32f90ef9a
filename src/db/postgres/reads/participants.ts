import { PARTICIPANT_SORTS, type Participant } from '../../../entities/participants/schemas.js'
import { chooseSort, storedInstant } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { ParticipantList } from '../../../storage/storage.js'
import { keyset, limitOf, pageOf, pageOrder, Where, type SortKeys } from '../../list.js'
import { foldedWords } from '../../names.js'
import { PARTICIPANT_AT, toParticipant } from '../../records.js'
import { get, LISTS, rows, type Queryable } from '../connection.js'
import { prefixQuery } from './search.js'

const { ID, NAME, UPDATED_AT } = PARTICIPANT_AT

/** Everything a participant shows, in the order of src/db/records.ts, with its aliases by language. */
const PARTICIPANT_COLUMNS = `p.id, p.kind, p.name, p.description, p.country_code, p.wikidata_id, p.origin, p.enriched_fields,
  p.created_at, p.updated_at, p.updated_by,
  (select json_agg(json_build_object('name', a.name, 'language', a.language) order by a.language, a.name)
    from participant_aliases a where a.participant_id = p.id)`

/** Participants by id, in the order given (missing ids are skipped). */
export async function getParticipants (db: Queryable, ids: readonly string[]): Promise<Participant[]> {
  if (ids.length === 0) return []
  const found = new Map((await rows(db, `select ${PARTICIPANT_COLUMNS} from participants p where p.id = any(?)`, [[...ids]]))
    .map((row) => [row[ID] as string, toParticipant(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export async function participantExists (db: Queryable, id: string): Promise<boolean> {
  return await get(db, 'select 1 from participants where id = ?', [id]) !== undefined
}

const SORTS: Record<typeof PARTICIPANT_SORTS[number], SortKeys> = {
  name: { key: 'p.name', tiebreak: 'p.id', at: [NAME, ID], page: ['p.name', 'p.id'] },
  updatedAt: { key: 'p.updated_at', tiebreak: 'p.id', at: [UPDATED_AT, ID], page: ['p.updated_at', 'p.id'] }
}

/**
 * A page of participants by name (then id) unless sorted otherwise, filtered with AND between
 * fields; `q` finds names and aliases by the beginnings of their words, case and accents aside
 * (the `names` document). Only the path's event's participants when a sub-list.
 */
export async function listParticipants (db: Queryable, query: ParticipantList, scope: { event?: string } = {}): Promise<Page<Participant>> {
  const order = chooseSort(query.sort, undefined, 'name', PARTICIPANT_SORTS)
  const limit = limitOf(query.limit)
  const words = query.q === undefined ? undefined : foldedWords(query.q)
  const where = new Where(LISTS)
    .ifGiven('p.id in (select ep.participant_id from event_participants ep where ep.event_id = ?)', scope.event)
    .anyOf('p.kind', query.kind)
    .anyOf('p.wikidata_id', query.wikidata)
  // A search with no word in it names nobody.
  if (words !== undefined) {
    if (words.length === 0) where.add('false')
    else where.add("p.names @@ to_tsquery('news_search', ?)", prefixQuery(words))
  }
  where.ifGiven('p.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
  const total = query.count === true ? (await get<{ n: number }>(db, `select count(*) as n from participants p ${where.sql}`, where.params))?.n ?? 0 : undefined
  const sort = SORTS[order.name]
  const orderBy = keyset(where, sort, order, query.cursor)
  const found = await rows(db, `select ${PARTICIPANT_COLUMNS}
    from (select p.id as r from participants p ${where.sql} ${orderBy} limit ?) as page join participants p on p.id = page.r
    ${pageOrder(sort, order)}`, [...where.params, limit + 1])
  const page = pageOf(found, limit, sort, order)
  return { data: page.rows.map(toParticipant), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
}
