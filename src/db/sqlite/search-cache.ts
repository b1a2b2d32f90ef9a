import { LRUCache } from 'lru-cache'
import { get, type Database } from './connection.js'

/** Search answers kept per database (least recently used evicted): a page is about 20 kB. */
export const SEARCH_PAGES_KEPT = 256

interface Cache { version: string, answers: LRUCache<string, object> }
const caches = new WeakMap<Database, Cache>()

/**
 * What the database holds, as a stamp that changes with every commit: `data_version` moves when
 * another connection commits, `total_changes()` when this one writes.
 */
function dataVersion (db: Database): string {
  const row = get<{ mine: number, others: number }>(db, 'select total_changes() as mine, (select data_version from pragma_data_version) as others')
  return `${row?.others ?? 0}:${row?.mine ?? 0}`
}

/**
 * A full-text search's answer (its ranking window, page and count), computed once while the data
 * stays the same: ranking a common word scores many matches, and popular searches repeat. Any
 * commit, from this process or another, empties the cache. One version check per search.
 */
export function cachedSearch<T extends object> (db: Database, key: string, compute: () => T): T {
  const version = dataVersion(db)
  let cache = caches.get(db)
  if (cache === undefined || cache.version !== version) {
    cache = { version, answers: new LRUCache({ max: SEARCH_PAGES_KEPT }) }
    caches.set(db, cache)
  }
  const hit = cache.answers.get(key) as T | undefined
  if (hit !== undefined) return hit
  const answer = compute()
  cache.answers.set(key, answer)
  return answer
}
