import type { DeletionQuery, Tombstone } from '../../../entities/deletions/schemas.js'
import { storedInstant, type SortOrder } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import { get, rows, LISTS, type Database } from '../connection.js'
import { keyset, limitOf, pageOf, Where, type SortKeys } from '../../list.js'

/** Rows are (id, type, deleted_at). */
const BY_DELETION: SortKeys = { key: 'deleted_at', tiebreak: 'id', at: [2, 0], page: [] }
const ORDER: SortOrder = { name: 'deletedAt', descending: false, asked: 'deletedAt' }

/** Tombstones in the order the deletions happened. */
export function listDeletions (db: Database, query: DeletionQuery): Page<Tombstone> {
  const limit = limitOf(query.limit)
  const where = new Where(LISTS)
    .ifGiven('deleted_at >= ?', storedInstant(query.since, 'since'))
    .anyOf('type', query.type)
  const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n from tombstones ${where.sql}`, where.params)?.n ?? 0 : undefined
  const orderBy = keyset(where, BY_DELETION, ORDER, query.cursor)
  const found = rows(db, `select id, type, deleted_at from tombstones ${where.sql} ${orderBy} limit ?`, [...where.params, limit + 1])
  const page = pageOf(found, limit, BY_DELETION, ORDER)
  const data = page.rows.map(([id, type, deletedAt]) => ({ id, type, deletedAt }) as Tombstone)
  return { data, nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
}
