import { fileURLToPath } from 'node:url'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { sql } from 'drizzle-orm'
import type { Database } from './connection.js'

/** The committed drizzle-kit output; the same relative place from `src/db` and `dist/db`. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../migrations', import.meta.url))

/** Applies every pending migration; a no-op on an up-to-date database. */
export function applyMigrations (db: Database): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER })
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
