import type { DeletionQuery, Tombstone } from '../entities/deletions/schemas.js'
import { storedInstant, type SortOrder } from '../lib/list-query.js'
import type { Page } from '../lib/pagination.js'
import { keyset, LIMIT, limitOf, pageOf, Where, type ListDialect, type Row, type SortKeys } from './list.js'

/** Rows are (id, type, deleted_at). */
const BY_DELETION: SortKeys = { key: 'deleted_at', tiebreak: 'id', at: [2, 0], page: [] }
const ORDER: SortOrder = { name: 'deletedAt', descending: false, asked: 'deletedAt' }

export interface Query { text: string, params: unknown[] }

/**
 * Tombstones in the order the deletions happened, the same SQL on every engine: the count (when
 * asked) and the page's query, and how the page's rows become the answer.
 */
export function deletionsList (lists: ListDialect, query: DeletionQuery): { count?: Query, page: Query, answer: (found: Row[], total?: number) => Page<Tombstone> } {
  const limit = limitOf(query.limit)
  const where = new Where(lists)
    .ifGiven('deleted_at >= ?', storedInstant(query.since, 'since'))
    .anyOf('type', query.type)
  const count = query.count === true ? { text: `select count(*) as n from tombstones ${where.sql}`, params: [...where.params] } : undefined
  const orderBy = keyset(where, BY_DELETION, ORDER, query.cursor)
  return {
    ...(count === undefined ? {} : { count }),
    page: { text: `select id, type, deleted_at from tombstones ${where.sql} ${orderBy} ${LIMIT}`, params: [...where.params, limit + 1] },
    answer: (found, total) => {
      const page = pageOf(found, limit, BY_DELETION, ORDER)
      const data = page.rows.map(([id, type, deletedAt]) => ({ id, type, deletedAt }) as Tombstone)
      return { data, nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
    }
  }
}
