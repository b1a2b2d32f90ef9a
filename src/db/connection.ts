import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { fold } from '../lib/fold.js'
import * as schema from './schema.js'

export type Database = BetterSQLite3Database<typeof schema> & { $client: SQLite.Database }

/**
 * Opens (creating if needed) the SQLite file with the settings every connection needs: WAL so
 * readers never wait for the writer, enforced foreign keys, a busy timeout instead of instant
 * SQLITE_BUSY, and the `fold()` SQL function used for accent-insensitive matching.
 */
export function openDatabase (path: string): Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? fold(value) : value)
  return drizzle({ client: sqlite, schema })
}
