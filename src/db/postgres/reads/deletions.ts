import type { DeletionQuery, Tombstone } from '../../../entities/deletions/schemas.js'
import type { Page } from '../../../lib/pagination.js'
import { deletionsList } from '../../deletions.js'
import { get, LISTS, rows, type Queryable } from '../connection.js'

/** Tombstones in the order the deletions happened (src/db/deletions.ts). */
export async function listDeletions (db: Queryable, query: DeletionQuery): Promise<Page<Tombstone>> {
  const { count, page, answer } = deletionsList(LISTS, query)
  const total = count === undefined ? undefined : (await get<{ n: number }>(db, count.text, count.params))?.n ?? 0
  return answer(await rows(db, page.text, page.params), total)
}
