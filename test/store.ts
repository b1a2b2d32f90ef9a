/**
 * Where a test writes the rows it needs (test/factories.ts) and reads or changes them behind the
 * API's back, the way another writer would: a connection of its own to the app's database, on
 * whichever engine the app uses. Tables are named as in the Drizzle schemas, which are the same on
 * both engines (test/table-parity.test.ts); SQL is written with `?` placeholders, which both take.
 */
import { drizzle } from 'drizzle-orm/node-postgres'
import type pg from 'pg'
import { all } from '../src/db/postgres/connection.js'
import * as pgTables from '../src/db/postgres/schema.js'
import type { Database } from '../src/db/sqlite/connection.js'
import * as sqliteTables from '../src/db/sqlite/schema.js'

/** The tables factories write to, by their Drizzle names. */
export type TableName = 'articles' | 'participants' | 'participantAliases' | 'events' | 'eventParticipants' | 'eventArticles' | 'statements' | 'statementMentions'

export interface TestStore {
  readonly engine: 'sqlite' | 'postgres'
  /** Inserts rows shaped like the Drizzle table's insert type. */
  insert: (table: TableName, rows: object[]) => Promise<void>
  /** Runs SQL that both engines understand and answers its rows. */
  query: <T = Record<string, unknown>>(sql: string, ...params: unknown[]) => Promise<T[]>
}

/** A store on a SQLite connection. */
export function sqliteStore (db: Database): TestStore {
  return {
    engine: 'sqlite',
    insert: async (table, rows) => { db.insert(sqliteTables[table]).values(rows as never).run() },
    query: async <T>(sql: string, ...params: unknown[]) => {
      const statement = db.$client.prepare(sql)
      return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[]
    }
  }
}

/** A store on a PostgreSQL pool to the app's database. */
export function postgresStore (pool: pg.Pool): TestStore {
  const orm = drizzle(pool)
  return {
    engine: 'postgres',
    insert: async (table, rows) => { await orm.insert(pgTables[table]).values(rows as never) },
    query: async <T>(sql: string, ...params: unknown[]) => await all<T>(pool, sql, params)
  }
}

/** How many rows a table holds (PostgreSQL answers count(*) as a bigint string). */
export async function countRows (store: TestStore, table: string): Promise<number> {
  return Number((await store.query<{ n: number | string }>(`select count(*) as n from ${table}`))[0]!.n)
}
