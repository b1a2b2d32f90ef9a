import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { StorageUnavailableError } from '../../lib/errors.js'
import type { ListDialect, Row } from '../list.js'
import * as schema from './schema.js'

/** A pool, or one client of it inside a transaction: anything that runs a query. */
export type Queryable = pg.Pool | pg.PoolClient

/** A write's transaction: its client, and Drizzle on that client for inserts and updates. */
export interface Tx { client: pg.PoolClient, orm: NodePgDatabase<typeof schema> }

/** Lists of values as one parameter: an array, tested with `= any`. */
export const LISTS: ListDialect = {
  anyOf: (column) => `${column} = any(?)`,
  value: (values) => [...values]
}

// bigint (counts, seq) as numbers, as SQLite answers them: no count or sequence here nears 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
}

export interface PoolSettings {
  url: string
  /** Connections kept open at most. */
  poolSize?: number
  /** Longest a statement may run, in milliseconds (0: no limit). */
  statementTimeoutMs?: number
}

export function openPool ({ url, poolSize = 10, statementTimeoutMs = 0 }: PoolSettings): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, statement_timeout: statementTimeoutMs === 0 ? undefined : statementTimeoutMs })
  // An idle client losing its server (a restart, a failover) must not crash the process; the next query fails and says so.
  pool.on('error', () => {})
  return pool
}

/**
 * The SQL as PostgreSQL numbers its parameters: the shared list grammar writes `?`, and no SQL
 * of ours has a `?` of its own (values always travel as parameters).
 */
const numbered = (text: string) => { let n = 0; return text.replace(/\?/g, () => `$${++n}`) }

/** Runs a query and answers every row as an array of its columns, in the order selected. */
export async function rows (db: Queryable, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  return (await db.query<Row>({ text: numbered(text), values: params as unknown[], rowMode: 'array' })).rows
}

/** Runs a query and answers every row as an object. */
export async function all<T> (db: Queryable, text: string, params: readonly unknown[] = []): Promise<T[]> {
  return (await db.query({ text: numbered(text), values: params as unknown[] })).rows as T[]
}

/** Runs a query and answers its first row. */
export async function get<T> (db: Queryable, text: string, params: readonly unknown[] = []): Promise<T | undefined> {
  return (await all<T>(db, text, params))[0]
}

/** PostgreSQL's SQLSTATE of a failure, also when Drizzle wraps it (DrizzleQueryError's cause). */
export function sqlState (error: unknown): string | undefined {
  for (let at = error; at instanceof Error; at = at.cause) {
    const { code } = at as { code?: unknown }
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
  }
  return undefined
}

/** Failures that mean "run the transaction again": serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01'])
const ATTEMPTS = 20
/**
 * The pause before attempt n+1: random up to 5 ms × 2ⁿ, at most 250 ms ("full jitter"). Writes that
 * all touch one row (links added to one event touch the event) conflict until they take turns;
 * pauses that grow spread them out, where a fixed short pause let 32 of them collide 20 times.
 */
const pauseMs = (attempt: number) => Math.random() * Math.min(250, 5 * 2 ** attempt)

/**
 * Runs `work` in a SERIALIZABLE transaction on the primary, again from the start when PostgreSQL
 * finds it could not be serialized with another (up to ATTEMPTS, with a short random pause), so
 * that checks made inside it (Idempotency-Key, If-Match, uniqueness) hold as if writes ran one at
 * a time. `work` must do nothing outside the database that cannot be repeated.
 */
export async function serializable<T> (pool: pg.Pool, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect()
    let broken = false
    try {
      await client.query('begin isolation level serializable')
      const answer = await work({ client, orm: drizzle({ client, schema }) })
      await client.query('commit')
      return answer
    } catch (error) {
      try { await client.query('rollback') } catch { broken = true }
      const code = sqlState(error)
      if (code === undefined || !RETRYABLE.has(code)) throw error
      // Still colliding after every attempt: too many writes to the same records at once, a 503 to retry.
      if (attempt >= ATTEMPTS) throw Object.assign(new StorageUnavailableError('too many concurrent writes to the same records'), { retryAfter: 1, cause: error })
      await new Promise((resolve) => setTimeout(resolve, pauseMs(attempt)))
    } finally {
      client.release(broken)
    }
  }
}
