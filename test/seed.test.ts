import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import t from 'tap'
import type { Database } from '../src/db/sqlite/connection.js'
import { isEmpty, seedDatabase } from '../src/db/sqlite/seed.js'
import { SEEDS_FOLDER } from '../src/db/seed-file.js'
import { freshDatabase, tempDir } from './helper.js'

const TABLES = ['articles', 'participants', 'participant_aliases', 'events', 'event_articles', 'event_participants', 'statements', 'statement_mentions']

function dump (db: Database): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((table) => [table, db.all(sql.raw(`select * from ${table}`)).map((row) => JSON.stringify(row)).sort()]))
}

/** A copy of seeds/ to break on purpose. */
function seedCopy (t: Parameters<typeof tempDir>[0], edit: (data: any) => void): string {
  const folder = join(tempDir(t), 'seeds')
  cpSync(SEEDS_FOLDER, folder, { recursive: true })
  const file = join(folder, '000_af1a277ce4d4aaad.json')
  const data = JSON.parse(readFileSync(file, 'utf8'))
  edit(data)
  writeFileSync(file, JSON.stringify(data))
  return folder
}

t.test('seeding a new database loads every record', async (t) => {
  const { db } = freshDatabase(t)
  t.ok(isEmpty(db))
  const report = seedDatabase(db)
  t.same(report, { inserted: 1 + 11 + 8 + 9, updated: 0, unchanged: 0 })
  t.notOk(isEmpty(db))
})

t.test('seeding twice changes nothing, not even timestamps', async (t) => {
  const { db } = freshDatabase(t)
  seedDatabase(db)
  const before = dump(db)
  const changesBefore = db.$client.prepare('select total_changes() as n').get()
  const report = seedDatabase(db)
  t.same(report, { inserted: 0, updated: 0, unchanged: 29 })
  t.same(db.$client.prepare('select total_changes() as n').get(), changesBefore, 'no row written')
  t.same(dump(db), before)
})

t.test('a changed seed updates just that record and its updatedAt', async (t) => {
  const { db } = freshDatabase(t)
  seedDatabase(db)
  db.run(sql`update events set updated_at = '2000-01-01T00:00:00.000Z'`)
  const folder = seedCopy(t, (data) => {
    data.events[0].title = 'A better title'
    data.events[1].participants.pop()
  })
  const report = seedDatabase(db, folder)
  t.equal(report.updated, 2)
  const rows = db.all<{ id: string, title: string, updated_at: string }>(sql`select id, title, updated_at from events order by id`)
  const touched = rows.filter((r) => r.updated_at !== '2000-01-01T00:00:00.000Z').map((r) => r.id).sort()
  t.same(touched, ['evt_airport-welcome-2024', 'evt_putin-state-visit-north-korea-2024'])
  t.equal(rows.find((r) => r.id === 'evt_putin-state-visit-north-korea-2024')?.title, 'A better title')
})

t.test('seeding refuses to run before migrations', async (t) => {
  const { db } = freshDatabase(t, { migrate: false })
  t.throws(() => seedDatabase(db), /migration\(s\) to apply first/)
})

t.test('a statement that is not its article slice is refused, saying where the text is, and nothing is written', async (t) => {
  const { db } = freshDatabase(t)
  const folder = seedCopy(t, (data) => { data.statements[2].start += 1; data.statements[2].end += 1 })
  t.throws(() => seedDatabase(db, folder), /stm_af1a277ce4d4aaad-03: body\.slice\(412, 450\) .* the text occurs at start 411, end 449/)
  t.ok(isEmpty(db), 'nothing written')
})

t.test('broken references and malformed seed files are refused before anything is written', async (t) => {
  const { db } = freshDatabase(t)
  const cases: Array<[(data: any) => void, RegExp]> = [
    [(data) => { data.statements[0].speakerId = 'par_nobody' }, /unknown speaker par_nobody/],
    [(data) => { data.events[1].parentId = 'evt_nothing' }, /unknown parent evt_nothing/],
    [(data) => { data.events[0].startDate = '2024-02-30' }, /startDate/],
    [(data) => { data.statements[0].kind = 'rumour' }, /kind/],
    [(data) => { data.participants[0].surname = 'x' }, /participants\/0/]
  ]
  for (const [edit, message] of cases) {
    t.throws(() => seedDatabase(db, seedCopy(t, edit)), message, String(message))
  }
  t.ok(isEmpty(db), 'nothing written')
})

t.test('a failure half-way through rolls the whole seed back', async (t) => {
  const { db } = freshDatabase(t)
  // Valid for the seed checks, but the database refuses it at the very end (unique Wikidata id).
  const folder = seedCopy(t, (data) => { data.participants.at(-1).wikidataId = 'Q7747' })
  t.throws(() => seedDatabase(db, folder), /UNIQUE/)
  t.ok(isEmpty(db), 'nothing written')
})
