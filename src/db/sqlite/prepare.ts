import { openDatabase } from './connection.js'
import { applyMigrations } from './migrate.js'
import { isEmpty, seedDatabase, type SeedReport } from './seed.js'

/**
 * Brings a database file up to date before the app serves it: pending migrations applied, and
 * the seed data loaded when it holds nothing yet. Returns the seed report when it seeded.
 */
export function prepareDatabase (path: string): SeedReport | null {
  const db = openDatabase(path)
  try {
    applyMigrations(db)
    return isEmpty(db) ? seedDatabase(db) : null
  } finally {
    db.$client.close()
  }
}
