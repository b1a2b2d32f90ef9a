// The PostgreSQL migrations on a real server: they apply once when two processes start together
// (advisory lock), and the hand-written parts do what SQLite's triggers do: tombstones, updated_at,
// the names a participant is found by, participant_events, and accent-free search documents.
import t from 'tap'
import pg from 'pg'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { applyPgMigrations, PG_MIGRATIONS_FOLDER } from '../../src/db/postgres/migrate.js'
import { startCluster } from './cluster.js'

const skip = process.env.TEST_ENGINE === 'postgres'
  ? false
  : 'PostgreSQL tests: run `npm run test:postgres` (TEST_ENGINE=postgres; needs the PostgreSQL 15 server binaries)'

t.test('the PostgreSQL migrations apply once, and their triggers keep the derived data', { skip }, async (t) => {
  t.setTimeout(120_000)
  const cluster = await startCluster()
  t.teardown(() => cluster.stop())
  const pool = new pg.Pool({ connectionString: await cluster.createDatabase('migrations') })
  t.teardown(() => pool.end())
  const rows = async (sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows

  // Two starts at once, as two API processes would: one migrates, the other waits and finds nothing to do.
  const expected = readMigrationFiles({ migrationsFolder: PG_MIGRATIONS_FOLDER }).length
  const reported = await Promise.all([applyPgMigrations(pool), applyPgMigrations(pool)])
  const applied = await rows('select count(*)::int as n from drizzle.__drizzle_migrations')
  t.equal(applied[0].n, expected, 'each migration applied once')
  t.same(reported.sort(), [0, expected], 'one start reports the migrations it applied, the other none (what the start-up log says)')

  await rows("insert into participants (id, kind, name) values ('par_a', 'person', 'Émile Zola')")
  await rows("insert into participant_aliases (participant_id, language, name) values ('par_a', 'fr', 'Le Romancier')")
  const found = async (query: string) => (await rows("select id from participants where names @@ to_tsquery('news_search', $1)", [query])).map((r) => r.id)
  t.same(await found('emile'), ['par_a'], 'found by its name, accents aside')
  t.same(await found('romanc:*'), ['par_a'], 'found by an alias, by prefix')
  await rows("delete from participant_aliases where participant_id = 'par_a'")
  t.same(await found('romanc:*'), [], 'a removed alias no longer finds it')

  await rows("insert into articles (id, title, language, published, body, body_hash) values ('art_a', 'T', 'fr', '2024', 'Le traité défensif', 'h')")
  await rows("insert into events (id, title, type, start_date) values ('evt_a', 'Sommet', 'meeting', '2024-06')")
  const before = (await rows("select updated_at from events where id = 'evt_a'"))[0].updated_at as string
  t.match(before, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/, 'instants are written as SQLite writes them')
  await rows("insert into event_participants values ('evt_a', 'par_a', 'host'), ('evt_a', 'par_a', 'guest')")
  t.same(await rows('select participant_id, event_id, start_date, end_bound from participant_events'),
    [{ participant_id: 'par_a', event_id: 'evt_a', start_date: '2024-06', end_bound: '2024-06~' }], 'one participant_events row, whatever the roles')
  t.not((await rows("select updated_at from events where id = 'evt_a'"))[0].updated_at, before, 'linking a participant touched the event')
  await rows("update events set start_date = '2024-06-19' where id = 'evt_a'")
  t.same((await rows('select start_date, end_bound from participant_events'))[0], { start_date: '2024-06-19', end_bound: '2024-06-19~' }, 'a new date follows')
  await rows("delete from event_participants where role = 'host'")
  t.equal((await rows('select count(*)::int as n from participant_events'))[0].n, 1, 'still linked in another role')
  await rows('delete from event_participants')
  t.equal((await rows('select count(*)::int as n from participant_events'))[0].n, 0, 'unlinked')

  await rows(`insert into statements (id, event_id, speaker_id, text, language, kind, article_id, start, "end")
    values ('stm_a', 'evt_a', 'par_a', 'Le traité défensif', 'fr', 'direct', 'art_a', 0, 18)`)
  t.same((await rows("select id from statements where search @@ to_tsquery('news_search', 'defensif & traite')")).map((r) => r.id), ['stm_a'],
    'the search document ignores case and accents')
  await rows("delete from statements where id = 'stm_a'")
  t.match(await rows('select id, type from tombstones'), [{ id: 'stm_a', type: 'statement' }], 'a deletion leaves a tombstone')
  await rows(`insert into statements (id, event_id, speaker_id, text, language, kind, article_id, start, "end")
    values ('stm_a', 'evt_a', 'par_a', 'Le traité', 'fr', 'direct', 'art_a', 0, 9)`)
  t.same(await rows('select id from tombstones'), [], 're-creating the id removes it')
})
