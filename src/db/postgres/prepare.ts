import { get, openPool } from './connection.js'
import { applyPgMigrations } from './migrate.js'

/**
 * Brings a PostgreSQL database up to date before the app serves it: refuses one whose collation
 * would sort (and page) otherwise than SQLite's byte order, then applies the pending migrations
 * (under an advisory lock: processes starting together migrate once). Answers how many it applied.
 */
export async function preparePostgres (url: string): Promise<number> {
  const pool = openPool({ url, poolSize: 1 })
  try {
    const collation = (await get<{ collate: string }>(pool, 'select datcollate as collate from pg_database where datname = current_database()'))?.collate
    if (collation !== 'C' && collation !== 'POSIX') {
      throw new Error(`the PostgreSQL database has the collation '${collation ?? '?'}': create it with LC_COLLATE 'C' (TEMPLATE template0), ` +
        'so that sorts and cursors follow byte order as on SQLite')
    }
    return await applyPgMigrations(pool)
  } finally {
    await pool.end()
  }
}
