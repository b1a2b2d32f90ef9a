import type SQLite from 'better-sqlite3'
import { LRUCache } from 'lru-cache'

/** Distinct SQL texts kept compiled; the API's queries come in far fewer forms than this. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * The one cache of compiled SQL, keyed by the SQL text: `prepare` on this connection hands back
 * the statement compiled the last time the same text was seen, for our own queries and Drizzle's
 * alike (Drizzle prepares anew for every query it runs, and compiling cost more than running on
 * the hot paths). Drizzle switches its selects to raw mode, so a statement handed out again is
 * switched back first; one that is busy (an iteration still open) is not shared.
 */
export function cacheStatements (sqlite: SQLite.Database): void {
  const compile = sqlite.prepare.bind(sqlite)
  const cache = new LRUCache<string, SQLite.Statement>({ max: STATEMENT_CACHE_SIZE })
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached !== undefined && !cached.busy) return cached.reader ? cached.raw(false) : cached
    const statement = compile(source)
    cache.set(source, statement)
    return statement
  }) as typeof sqlite.prepare
}
