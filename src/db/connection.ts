import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema.js'
import { cacheStatements } from './statement-cache.js'

export type Database = BetterSQLite3Database<typeof schema> & { $client: SQLite.Database }

/**
 * Opens (creating if needed) the SQLite file with the settings every connection needs: WAL so
 * readers never wait for the writer, enforced foreign keys, and a busy timeout instead of an
 * instant SQLITE_BUSY. Compiled statements are reused across queries (see statement-cache.ts).
 */
export function openDatabase (path: string, options: { readonly?: boolean } = {}): Database {
  if (options.readonly === true) {
    // Read-only: the file must exist already, and nothing about it is changed (not even its journal mode).
    const sqlite = new SQLite(path, { readonly: true, fileMustExist: true })
    sqlite.pragma('busy_timeout = 5000')
    cacheStatements(sqlite)
    return drizzle({ client: sqlite, schema })
  }
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  cacheStatements(sqlite)
  return drizzle({ client: sqlite, schema })
}
