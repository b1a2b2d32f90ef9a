import type { Database } from './connection.js'

/** Search pages kept per database (least recently used evicted): about 20 kB each. */
export const SEARCH_PAGES_KEPT = 256

interface Cache { version: string, pages: Map<string, unknown> }
const caches = new WeakMap<Database, Cache>()

/**
 * What the database holds, as a stamp that changes with every commit: `data_version` moves when
 * another connection commits, `total_changes()` when this one writes.
 */
function dataVersion (db: Database): string {
  const row = db.$client.prepare('select total_changes() as mine, (select data_version from pragma_data_version) as others').get() as { mine: number, others: number }
  return `${row.others}:${row.mine}`
}

/**
 * A full-text search answer computed once while the data stays the same. Ranking a common word
 * scores every match (bm25 over tens of thousands of rows), and popular searches repeat; any
 * commit, from this process or another, empties the cache.
 */
export function cachedSearch<T> (db: Database, key: string, compute: () => T): T {
  const version = dataVersion(db)
  let cache = caches.get(db)
  if (cache === undefined || cache.version !== version) {
    cache = { version, pages: new Map() }
    caches.set(db, cache)
  }
  if (cache.pages.has(key)) {
    const hit = cache.pages.get(key) as T
    cache.pages.delete(key)
    cache.pages.set(key, hit)
    return hit
  }
  const result = compute()
  if (cache.pages.size >= SEARCH_PAGES_KEPT) cache.pages.delete(cache.pages.keys().next().value as string)
  cache.pages.set(key, result)
  return result
}
