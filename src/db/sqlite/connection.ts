import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { fold } from '../../lib/fold.js'
import type { ListDialect } from '../list.js'
import * as schema from './schema.js'
import { countVisits } from './read-budget.js'
import { cacheStatements } from './statement-cache.js'

export type Database = BetterSQLite3Database<typeof schema> & { $client: SQLite.Database }

/**
 * Opens (creating if needed) the SQLite file with the settings every connection needs: WAL so
 * readers never wait for the writer, enforced foreign keys, and a busy timeout instead of an
 * instant SQLITE_BUSY. Compiled statements are reused by SQL text (statement-cache.ts), `fold()`
 * compares names as the API does (case and accents aside), and the lists' scans count the rows
 * they visit (read-budget.ts).
 */
export function openDatabase (path: string, options: { readonly?: boolean } = {}): Database {
  let sqlite: SQLite.Database
  if (options.readonly === true) {
    // Read-only: the file must exist already, and nothing about it is changed (not even its journal mode).
    sqlite = new SQLite(path, { readonly: true, fileMustExist: true })
  } else {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
    sqlite = new SQLite(path)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')
  }
  sqlite.pragma('busy_timeout = 5000')
  sqlite.function('fold', { deterministic: true }, (value: unknown) => typeof value === 'string' ? fold(value) : null)
  countVisits(sqlite)
  cacheStatements(sqlite)
  return drizzle({ client: sqlite, schema })
}

type Params = readonly unknown[]

/** Runs a query (compiled once per SQL text) and answers every row. */
export function all<Row> (db: Database, text: string, params: Params = []): Row[] {
  return db.$client.prepare(text).all(...params) as Row[]
}

export type { Row } from '../list.js'
type Row = unknown[]

/** Lists of values as one parameter: a JSON array, read with json_each. */
export const LISTS: ListDialect = {
  anyOf: (column) => `${column} in (select value from json_each(?))`,
  value: (values) => JSON.stringify(values)
}

/**
 * Runs a query and answers every row as an array: for the lists, whose rows are mapped to records
 * by position (better-sqlite3 builds arrays faster than objects, and the records built from them
 * are plain objects V8 handles well).
 */
export function rows (db: Database, text: string, params: Params = []): Row[] {
  return db.$client.prepare(text).raw(true).all(...params) as Row[]
}

/** Runs a query and answers its first row. */
export function get<Row> (db: Database, text: string, params: Params = []): Row | undefined {
  return db.$client.prepare(text).get(...params) as Row | undefined
}
