// npm run db:seed — loads seeds/ into DATABASE_PATH; running it again changes nothing.
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/sqlite/connection.js'
import { seedDatabase } from '../db/sqlite/seed.js'

const { DATABASE_PATH } = loadConfig()
const db = openDatabase(DATABASE_PATH)
try {
  const report = seedDatabase(db)
  console.log(`${DATABASE_PATH}: ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged`)
} catch (err) {
  console.error(`seeding failed, nothing was written: ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  db.$client.close()
}
