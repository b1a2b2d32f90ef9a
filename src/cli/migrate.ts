// npm run db:migrate — applies pending migrations to DATABASE_PATH.
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/sqlite/connection.js'
import { applyMigrations, pendingMigrations } from '../db/sqlite/migrate.js'

const { DATABASE_PATH } = loadConfig()
const db = openDatabase(DATABASE_PATH)
const pending = pendingMigrations(db)
applyMigrations(db)
db.$client.close()
console.log(`${DATABASE_PATH}: ${pending} migration(s) applied, up to date`)
