// `npm run db:generate -- --postgres URL`: a generated corpus loaded into PostgreSQL in bulk (the
// triggers set aside) answers as the SQLite file it came from: the same records, the same
// participant_events walk, the same participants found by name.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { postgresStorage } from '../../src/db/postgres/storage.js'
import { sqliteStorage } from '../../src/db/sqlite/storage.js'
import { generateDatabase } from '../../src/generate/generate.js'
import { loadIntoPostgres } from '../../src/generate/postgres.js'
import type { Storage } from '../../src/storage/storage.js'
import { startCluster } from './cluster.js'

const skip = process.env.TEST_ENGINE === 'postgres'
  ? false
  : 'PostgreSQL tests: run `npm run test:postgres` (TEST_ENGINE=postgres; needs the PostgreSQL 15 server binaries)'

async function exported (storage: Storage): Promise<string[]> {
  const lines: string[] = []
  for await (const chunk of storage.exportLines()) lines.push(...chunk.split('\n').filter((line) => line !== ''))
  return lines
}

t.test('a generated corpus loaded into PostgreSQL answers as its SQLite file', { skip }, async (t) => {
  t.setTimeout(180_000)
  const dir = mkdtempSync(join(tmpdir(), 'news-events-generate-pg-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const path = join(dir, 'generated.db')
  generateDatabase({ path, events: 300, statements: 3000, participants: 200, articles: 150, seed: 7, progress: null, log: () => {} })
  const cluster = await startCluster()
  t.teardown(() => cluster.stop())
  const url = await cluster.createDatabase('generated')

  const report = await loadIntoPostgres(path, url)
  t.equal(report.counts.statements, 3000, 'every statement copied')
  t.equal(report.counts.events, 300, 'every event copied')
  await t.rejects(loadIntoPostgres(path, url), /not empty/, 'a second load into the same database is refused, adding nothing')

  const sqlite = sqliteStorage(path, { readWorkers: 0 })
  const postgres = postgresStorage({ url })
  t.teardown(async () => { await sqlite.close(); await postgres.close() })
  const [fromSqlite, fromPostgres] = [await exported(sqlite), await exported(postgres)]
  t.equal(fromPostgres.length, fromSqlite.length, `${fromSqlite.length} records either way`)
  t.same(fromPostgres, fromSqlite, 'the same records, line for line (timestamps kept as generated)')

  // participant_events was filled after the load, not by its trigger: the busiest participant's events by date.
  const busiest = (await sqlite.listParticipants({ sort: 'name', limit: 100 })).data[0]
  t.ok(busiest, 'a participant to look at')
  const walk = async (storage: Storage) => (await storage.listParticipantEvents(busiest!.id, { limit: 100, from: '1990' })).data.map((e) => e.id)
  t.same(await walk(postgres), await walk(sqlite), "a participant's events by date, as on SQLite")

  // The names document was filled after the load too.
  const word = busiest!.name.split(' ')[0] as string
  const named = async (storage: Storage) => (await storage.listParticipants({ q: word, limit: 100, sort: 'name' })).data.map((p) => p.id).sort()
  const found = await named(postgres)
  t.ok(found.includes(busiest!.id), `found by a word of its name ("${word}")`)
  t.same(found, await named(sqlite), 'the same participants found by that word')
})
