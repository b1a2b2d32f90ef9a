import { fileURLToPath } from 'node:url'
import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import type { Pool, PoolClient } from 'pg'

/** The committed drizzle-kit output for PostgreSQL; the same relative place from `src/db` and `dist/db`. */
export const PG_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations/postgres', import.meta.url))

/** Any constant shared by every process of the service: the key of the advisory lock migrations run under. */
const MIGRATION_LOCK = 7_166_353_771

/**
 * Applies every pending migration, under a session advisory lock: processes that start together
 * wait for the first, then find nothing left to do. Returns how many this call applied, counted
 * under the lock (counted before it, two processes starting together would both report them).
 */
export async function applyPgMigrations (pool: Pool): Promise<number> {
  const client = await pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      const pending = await pendingPgMigrations(client)
      if (pending > 0) await migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS_FOLDER })
      return pending
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    client.release()
  }
}

/** How many committed migrations the database has not applied yet. */
export async function pendingPgMigrations (pool: Pool | PoolClient): Promise<number> {
  const expected = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER }).length
  const { rows: [table] } = await pool.query<{ name: string | null }>("select to_regclass('drizzle.__drizzle_migrations')::text as name")
  if (table?.name == null) return expected
  const { rows: [applied] } = await pool.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations')
  return expected - (applied?.n ?? 0)
}
