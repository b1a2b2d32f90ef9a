import { createHash } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from './connection.js'
import { pendingMigrations } from './migrate.js'
import {
  articles, eventArticles, eventParticipants, events, participantAliases, participants, statementMentions, statements
} from './schema.js'
import { readSeeds, SEEDS_FOLDER, type Seed } from '../seed-file.js'

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]
type Row = Record<string, unknown>

export interface SeedReport {
  inserted: number
  updated: number
  unchanged: number
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Makes one record and its link rows match the seed, touching nothing that already does, so a
 * second run changes nothing (not even `updatedAt`) and ids stay what the seed says.
 */
function syncRecord (
  tx: Transaction,
  report: SeedReport,
  record: { table: SQLiteTable, id: SQLiteColumn, row: Row & { id: string } },
  links: Array<{ table: SQLiteTable, owner: SQLiteColumn, rows: Row[] }>
): void {
  const existing = tx.select().from(record.table).where(eq(record.id, record.row.id)).get() as Row | undefined
  let changed = false
  if (!existing) {
    tx.insert(record.table).values(record.row).run()
  } else {
    changed = Object.keys(record.row).some((key) => !same(existing[key], record.row[key]))
  }
  for (const link of links) {
    const current = tx.select().from(link.table).where(eq(link.owner, record.row.id)).all() as Row[]
    const key = (row: Row) => JSON.stringify(Object.keys(row).sort().map((k) => row[k]))
    const wanted = new Set(link.rows.map(key))
    if (current.length === wanted.size && current.every((row) => wanted.has(key(row)))) continue
    tx.delete(link.table).where(eq(link.owner, record.row.id)).run()
    if (link.rows.length > 0) tx.insert(link.table).values(link.rows).run()
    changed = true
  }
  if (!existing) {
    report.inserted++
  } else if (changed) {
    tx.update(record.table).set({ ...record.row, updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(record.id, record.row.id)).run()
    report.updated++
  } else {
    report.unchanged++
  }
}

function syncSeed (tx: Transaction, report: SeedReport, seed: Seed): void {
  const { file, ...article } = seed.article
  syncRecord(tx, report, {
    table: articles, id: articles.id, row: { ...article, published: seed.published, body: seed.body, bodyHash: createHash('sha256').update(seed.body).digest('hex') }
  }, [])
  for (const { aliases, ...participant } of seed.participants) {
    syncRecord(tx, report, { table: participants, id: participants.id, row: participant }, [
      { table: participantAliases, owner: participantAliases.participantId, rows: aliases.map((a) => ({ participantId: participant.id, ...a })) }
    ])
  }
  for (const { participants: taking, location, ...event } of seed.events) {
    const row = {
      ...event,
      locationName: location?.name ?? null,
      locationCountry: location?.countryCode ?? null,
      latitude: location?.latitude ?? null,
      longitude: location?.longitude ?? null
    }
    syncRecord(tx, report, { table: events, id: events.id, row }, [
      { table: eventParticipants, owner: eventParticipants.eventId, rows: taking.map((p) => ({ eventId: event.id, participantId: p.id, role: p.role })) },
      { table: eventArticles, owner: eventArticles.eventId, rows: [{ eventId: event.id, articleId: article.id }] }
    ])
  }
  for (const { mentions, ...statement } of seed.statements) {
    const row = { ...statement, articleId: article.id, language: article.language }
    syncRecord(tx, report, { table: statements, id: statements.id, row }, [
      { table: statementMentions, owner: statementMentions.statementId, rows: mentions.map((id) => ({ statementId: statement.id, participantId: id })) }
    ])
  }
}

/** Loads the curated seed data in one transaction: all of it, or (on any error) none of it. */
export function seedDatabase (db: Database, folder = SEEDS_FOLDER): SeedReport {
  const pending = pendingMigrations(db)
  if (pending > 0) throw new Error(`the database has ${pending} migration(s) to apply first: run \`npm run db:migrate\``)
  const seeds = readSeeds(folder)
  const report: SeedReport = { inserted: 0, updated: 0, unchanged: 0 }
  db.transaction((tx) => {
    // Parents and children may come in any order within the seed; check keys at commit.
    tx.run(sql`pragma defer_foreign_keys = on`)
    for (const seed of seeds) syncSeed(tx, report, seed)
  })
  return report
}

/** True when no article, event, participant or statement exists yet: a new database. */
export function isEmpty (db: Database): boolean {
  return [articles, events, participants, statements].every((table) =>
    db.select({ one: sql`1` }).from(table).limit(1).get() === undefined)
}
