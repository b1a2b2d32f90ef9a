import { LRUCache } from 'lru-cache'
import { SEARCH_PAGES_KEPT } from '../sqlite/search-cache.js'
import { get, type Queryable } from './connection.js'

/** Search answers kept by one process, with the database position they were computed at. */
export interface SearchCache { version: string, answers: LRUCache<string, object> }

export const searchCache = (): SearchCache => ({ version: '', answers: new LRUCache({ max: SEARCH_PAGES_KEPT }) })

/**
 * Where the node answering stands in the write-ahead log: it moves with every commit on the
 * primary, from any process, and on a replica with every commit it has replayed. All processes
 * see it, unlike SQLite's data_version. On the primary the insert position, not the write one: a
 * commit's record is inserted before the commit returns, but written out later when commits do
 * not wait for the disk (synchronous_commit = off), and a process reading the write position in
 * between saw the old data under the old position.
 */
async function walPosition (db: Queryable): Promise<string> {
  const row = await get<{ at: string }>(db, 'select (case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_insert_lsn() end)::text as at')
  return row?.at ?? ''
}

/**
 * A full-text search's answer, computed once while the data stays the same (see SQLite's
 * search-cache.ts): any commit, by any process, moves the WAL position and empties the cache.
 */
export async function cachedSearch<T extends object> (cache: SearchCache, db: Queryable, key: string, compute: () => Promise<T>): Promise<T> {
  const version = await walPosition(db)
  if (cache.version !== version) {
    cache.version = version
    cache.answers.clear()
  }
  const hit = cache.answers.get(key) as T | undefined
  if (hit !== undefined) return hit
  const answer = await compute()
  // Kept only if nothing moved meanwhile: an answer computed across a commit is not filed under the old position.
  if (cache.version === version) cache.answers.set(key, answer)
  return answer
}
