import type SQLite from 'better-sqlite3'

/** Distinct SQL texts kept compiled; the API's queries come in far fewer shapes than this. */
const STATEMENT_CACHE_SIZE = 1000

/**
 * Makes `prepare` reuse compiled statements, keyed by their SQL text (least recently used evicted).
 * Drizzle prepares a new statement for every query it runs, and compiling SQL cost more than
 * running it on the API's hot paths. Drizzle switches statements to raw mode for its selects, so a
 * statement handed out again is switched back first: every caller gets it as `prepare` would.
 */
export function cacheStatements (sqlite: SQLite.Database, size = STATEMENT_CACHE_SIZE): void {
  const compile = sqlite.prepare.bind(sqlite)
  const cache = new Map<string, SQLite.Statement>()
  sqlite.prepare = ((source: string) => {
    const cached = cache.get(source)
    if (cached !== undefined && !cached.busy) {
      cache.delete(source)
      cache.set(source, cached)
      return cached.reader ? cached.raw(false) : cached
    }
    const statement = compile(source)
    cache.set(source, statement)
    if (cache.size > size) cache.delete(cache.keys().next().value as string)
    return statement
  }) as typeof sqlite.prepare
}
