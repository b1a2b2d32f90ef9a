// npm run db:migrate — applies pending migrations to DATABASE_URL (PostgreSQL) or DATABASE_PATH (SQLite).
import { loadConfig } from '../config.js'
import { preparePostgres } from '../db/postgres/prepare.js'
import { openDatabase } from '../db/sqlite/connection.js'
import { applyMigrations, pendingMigrations } from '../db/sqlite/migrate.js'

const { DATABASE_PATH, DATABASE_URL } = loadConfig()
if (DATABASE_URL !== undefined) {
  console.log(`PostgreSQL: ${await preparePostgres(DATABASE_URL)} migration(s) applied, up to date`)
} else {
  const db = openDatabase(DATABASE_PATH)
  const pending = pendingMigrations(db)
  applyMigrations(db)
  db.$client.close()
  console.log(`${DATABASE_PATH}: ${pending} migration(s) applied, up to date`)
}
