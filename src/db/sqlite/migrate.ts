import { fileURLToPath } from 'node:url'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { sql } from 'drizzle-orm'
import type { Database } from './connection.js'

/** The committed drizzle-kit output; the same relative place from `src/db` and `dist/db`. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url))

/**
 * Applies every pending migration; a no-op on an up-to-date database. Foreign keys are off while
 * they run, as SQLite asks for a table rebuild (drizzle-kit's copy and rename): dropping the old
 * table would otherwise delete the rows that cascade from it. The pragma is a no-op inside the
 * migrator's transaction, so it is set around it, and the keys are checked before enforcing again.
 * Nothing runs when nothing is pending: the check reads every table (seconds on a large file), at
 * every start.
 */
export function applyMigrations (db: Database): void {
  if (pendingMigrations(db) === 0) return
  const enforced = db.$client.pragma('foreign_keys', { simple: true }) === 1
  db.$client.pragma('foreign_keys = OFF')
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
    const broken = db.$client.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) throw new Error(`The migrations left ${broken.length} broken foreign key(s): ${JSON.stringify(broken.slice(0, 5))}`)
  } finally {
    if (enforced) db.$client.pragma('foreign_keys = ON')
  }
}

/** How many committed migrations the database has not applied yet. */
export function pendingMigrations (db: Database): number {
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).length
  const table = db.get<{ name: string } | undefined>(
    sql`select name from sqlite_master where type = 'table' and name = '__drizzle_migrations'`)
  if (!table) return expected
  const applied = db.get<{ n: number }>(sql`select count(*) as n from __drizzle_migrations`)
  return expected - (applied?.n ?? 0)
}
