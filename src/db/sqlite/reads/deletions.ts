import type { DeletionQuery, Tombstone } from '../../../entities/deletions/schemas.js'
import type { Page } from '../../../lib/pagination.js'
import { deletionsList } from '../../deletions.js'
import { get, LISTS, rows, type Database } from '../connection.js'

/** Tombstones in the order the deletions happened (src/db/deletions.ts). */
export function listDeletions (db: Database, query: DeletionQuery): Page<Tombstone> {
  const { count, page, answer } = deletionsList(LISTS, query)
  const total = count === undefined ? undefined : get<{ n: number }>(db, count.text, count.params)?.n ?? 0
  return answer(rows(db, page.text, page.params), total)
}
