import type { DeletionQuery, Tombstone } from '../../../entities/deletions/schemas.js'
import { storedInstant, type SortOrder } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import { all, type Database } from '../connection.js'
import { keyset, limitOf, pageOf, Where, type SortKeys } from './list.js'

const BY_DELETION: SortKeys<Tombstone> = {
  key: 'deleted_at', tiebreak: 'id', valueOf: (r) => r.deletedAt, tiebreakOf: (r) => r.id, page: []
}
const ORDER: SortOrder = { name: 'deletedAt', descending: false, asked: 'deletedAt' }

/** Tombstones in the order the deletions happened. */
export function listDeletions (db: Database, query: DeletionQuery): Page<Tombstone> {
  const limit = limitOf(query.limit)
  const where = new Where()
    .ifGiven('deleted_at >= ?', storedInstant(query.since, 'since'))
    .anyOf('type', query.type)
  const total = query.count === true ? (all<{ n: number }>(db, `select count(*) as n from tombstones ${where.sql}`, where.params)[0]?.n ?? 0) : undefined
  const orderBy = keyset(where, BY_DELETION, ORDER, query.cursor)
  const rows = all<Tombstone>(db, `select id, type, deleted_at as deletedAt from tombstones ${where.sql} ${orderBy} limit ?`, [...where.params, limit + 1])
  const page = pageOf(rows, limit, BY_DELETION, ORDER)
  return { data: page.rows, nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
}
