import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres'
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { openDatabase } from '../src/db/sqlite/connection.js'
import { applyPgMigrations, PG_MIGRATIONS_FOLDER } from '../src/db/postgres/migrate.js'
import { applyMigrations, MIGRATIONS_FOLDER, pendingMigrations } from '../src/db/sqlite/migrate.js'
import { buildWithKey, getJson, TEST_APP_DEFAULTS, tempDir, type TestContext } from './helper.js'
import { testCluster, USE_POSTGRES } from './postgres/engine.js'

// Events carry where they come from: origin (curated or extracted), confidence, CAMEO root and the
// trigger's slice of its article, checked like a statement's. On SQLite, a database of the version
// before (migrations 0000–0004) keeps its rows and triggers through the migration that adds them
// and the ones after it.

t.setTimeout(120_000)

/** A copy of a migrations folder with only its first `count` migrations. */
function firstMigrations (t: TestContext, from: string, count: number): string {
  const folder = join(tempDir(t), 'migrations')
  cpSync(from, folder, { recursive: true })
  const journalPath = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'))
  journal.entries = journal.entries.slice(0, count)
  writeFileSync(journalPath, JSON.stringify(journal))
  return folder
}

/** A little of everything, as the previous version stored it (no provenance columns). */
const OLD_ROWS = `
    insert into articles (id, title, language, published, body, body_hash) values ('art_old', 'Old', 'en', '2024-06-20', 'Putin met Kim in Pyongyang.', 'h');
    insert into participants (id, kind, name) values ('par_putin', 'person', 'Vladimir Putin'), ('par_kim', 'person', 'Kim Jong Un'), ('par_lavrov', 'person', 'Sergei Lavrov');
    insert into events (id, title, type, start_date, location_name, location_country) values
      ('evt_gone', 'Deleted before the migration', 'meeting', '2024-01-01', null, null),
      ('evt_visit', 'State visit to Pyongyang', 'state-visit', '2024-06-19', 'Pyongyang', 'KP');
    delete from events where id = 'evt_gone';
    insert into events (id, title, type, start_date, end_date, parent_id) values ('evt_talks', 'Talks in the palace', 'meeting', '2024-06-19', '2024-06-20', 'evt_visit');
    insert into event_articles (event_id, article_id) values ('evt_visit', 'art_old'), ('evt_talks', 'art_old');
    insert into event_participants (event_id, participant_id, role) values
      ('evt_visit', 'par_putin', 'guest'), ('evt_visit', 'par_kim', 'host'), ('evt_talks', 'par_putin', 'speaker');
    insert into statements (id, event_id, speaker_id, text, language, kind, article_id, start, "end")
      values ('stm_old', 'evt_talks', 'par_putin', 'met', 'en', 'indirect', 'art_old', 6, 9);
`

/** A SQLite file migrated as the previous version left it (migrations 0000–0004), with OLD_ROWS in it. */
function previousVersionDatabase (t: TestContext): string {
  const folder = firstMigrations(t, MIGRATIONS_FOLDER, 5)
  const path = join(tempDir(t), 'old.db')
  const db = openDatabase(path)
  migrate(db, { migrationsFolder: folder })
  db.$client.exec(OLD_ROWS)
  db.$client.close()
  return path
}

t.test('PostgreSQL: a database of the previous version keeps its events and links through the migration, and takes the new vocabularies', { skip: !USE_POSTGRES && 'PostgreSQL only (npm run test:postgres)' }, async (t) => {
  const url = await (await testCluster()).createDatabase(`old_${randomUUID().replaceAll('-', '')}`)
  const pool = new pg.Pool({ connectionString: url })
  t.after(() => pool.end())
  await pgMigrate(pgDrizzle({ client: pool }), { migrationsFolder: firstMigrations(t, PG_MIGRATIONS_FOLDER, 4) })
  await pool.query(OLD_ROWS)
  const rows = async (sql: string) => (await pool.query(sql)).rows
  const before = await rows('select * from participant_events order by participant_id, event_id')
  await applyPgMigrations(pool)
  t.same(await rows('select * from participant_events order by participant_id, event_id'), before, 'participant_events kept')
  t.same(await rows('select id, parent_id, origin, confidence, cameo, source_article_id from events order by id'), [
    { id: 'evt_talks', parent_id: 'evt_visit', origin: 'curated', confidence: null, cameo: null, source_article_id: null },
    { id: 'evt_visit', parent_id: null, origin: 'curated', confidence: null, cameo: null, source_article_id: null }
  ], 'events kept, curated')
  t.equal((await rows('select count(*)::int as n from event_articles'))[0].n, 2)
  t.equal((await rows('select count(*)::int as n from event_participants'))[0].n, 3)
  await pool.query("insert into events (id, title, type, start_date, cameo, origin) values ('evt_new', 'Raid', 'attack', '2024', '18', 'extracted')")
  await pool.query("insert into event_participants values ('evt_new', 'par_lavrov', 'source')")
  t.same((await rows("select event_id from participant_events where participant_id = 'par_lavrov'")).map((r) => r.event_id), ['evt_new'], 'triggers at work')
  await t.rejects(pool.query("insert into events (id, title, type, start_date, cameo) values ('evt_bad', 'x', 'meeting', '2024', '21')"), /events_cameo_check/)
  await pool.query("delete from events where id = 'evt_new'")
  t.same((await rows("select id from tombstones where type = 'event' order by id")).map((r) => r.id), ['evt_gone', 'evt_new'], 'tombstones')
})

t.test('SQLite: a database of the previous version keeps its events, links and triggers through the migration', { skip: USE_POSTGRES && 'SQLite only' }, async (t) => {
  const path = previousVersionDatabase(t)
  const db = openDatabase(path)
  t.after(() => db.$client.close())
  const triggers = (of = db) => of.$client.prepare("select name from sqlite_master where type = 'trigger' order by name").pluck().all()
  const fresh = openDatabase(join(tempDir(t), 'new.db'))
  applyMigrations(fresh)
  const current = triggers(fresh)
  fresh.$client.close()
  t.equal(pendingMigrations(db), JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')).entries.length - 5, 'every migration from 0005 on is pending')
  applyMigrations(db)
  t.equal(pendingMigrations(db), 0)
  t.same(triggers(), current, 'every trigger is there again, as a new database has them')
  t.equal(db.$client.pragma('foreign_keys', { simple: true }), 1, 'foreign keys enforced again')
  t.same(db.$client.pragma('foreign_key_check'), [])

  const apiKeysFile = join(tempDir(t), 'keys.json')
  const key = createKey(apiKeysFile, 'editor', 'write')
  // no overload guard: on a busy machine it may shed a request of this long test, which measures no speed
  const app = await buildApp({ databasePath: path, apiKeysFile, ...TEST_APP_DEFAULTS, maxEventLoopDelayMs: 0 })
  t.after(() => app.close())
  const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    await app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(payload === undefined ? {} : { payload }) })
  /** The ids a list answers, sorted. */
  const ids = async (url: string): Promise<string[]> => {
    const res = await getJson(app, url)
    t.equal(res.status, 200, `${url}: ${JSON.stringify(res.body)}`)
    return (res.body.data ?? []).map((r: { id: string }) => r.id).sort()
  }

  const talks = (await getJson(app, '/events/evt_talks')).body
  t.match(talks, { title: 'Talks in the palace', type: 'meeting', startDate: '2024-06-19', endDate: '2024-06-20', parentId: 'evt_visit' })
  t.match(talks, { articles: ['art_old'], origin: 'curated', confidence: null, cameo: null, source: null }, 'no provenance: curated')
  t.match((await getJson(app, '/events/evt_visit')).body, { location: { name: 'Pyongyang', countryCode: 'KP' }, origin: 'curated' })
  t.same(await ids('/participants/par_putin/events'), ['evt_talks', 'evt_visit'], 'participant_events kept')
  t.match((await getJson(app, '/statements/stm_old')).body, { event: { id: 'evt_talks', title: 'Talks in the palace' }, speaker: { name: 'Vladimir Putin' }, mentions: [] },
    'statements keep their event, and show the names they had (migration 0007 fills their copies)')
  t.same(await ids('/events?q=palace'), ['evt_talks'], 'the search index points at the right rows')
  t.same(await ids('/deleted?type=event'), ['evt_gone'], 'tombstones kept')

  // the triggers at work on the rebuilt tables
  const linked = await send('POST', '/events/evt_talks/participants', { participantId: 'par_lavrov', role: 'source' })
  t.equal(linked.statusCode, 201, linked.body)
  t.same(await ids('/participants/par_lavrov/events'), ['evt_talks'], 'a new link reaches participant_events')
  t.not((await getJson(app, '/events/evt_talks')).body.updatedAt, talks.updatedAt, 'a new link touches the event')
  t.equal((await send('PATCH', '/events/evt_visit', { title: 'Summit in Pyongyang' })).statusCode, 200)
  t.same(await ids('/events?q=summit'), ['evt_visit'], 'a new title is searchable')
  t.equal((await send('POST', '/events', { id: 'evt_new', title: 'Attack on a convoy', type: 'attack', startDate: '2024-07', cameo: '18' })).statusCode, 201)
  t.same(await ids('/events?q=convoy'), ['evt_new'], 'a new event is searchable')
  t.equal((await send('DELETE', '/events/evt_new')).statusCode, 204)
  t.same(await ids('/deleted?type=event'), ['evt_gone', 'evt_new'], 'a deletion leaves a tombstone')
})

async function appWithKey (t: TestContext) {
  const { app, key } = await buildWithKey(t)
  const send = async (method: 'POST' | 'PATCH', url: string, payload: object) =>
    await app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, payload })
  return { app, send }
}

const SEED_ARTICLE = 'art_af1a277ce4d4aaad'

t.test('seed data: an event is written and read with its origin, confidence, CAMEO root and source slice', async (t) => {
  const { app, send } = await appWithKey(t)
  const article = (await getJson(app, `/articles/${SEED_ARTICLE}`)).body
  const start = article.body.indexOf('signé')
  t.ok(start > 0)
  const source = { article: SEED_ARTICLE, start, end: start + 'signé'.length }
  const participants = [{ id: 'par_vladimir-putin', role: 'source' }, { id: 'par_kim-jong-un', role: 'target' }]
  const created = await send('POST', '/events', { title: 'Signing', type: 'treaty-signing', startDate: '2024-06-19', origin: 'extracted', confidence: 0.75, cameo: '05', source, participants })
  t.equal(created.statusCode, 201, created.body)
  const event = created.json()
  t.match(event, { origin: 'extracted', confidence: 0.75, cameo: '05', source: { article: SEED_ARTICLE, start, end: start + 5 } })
  t.equal(article.body.slice(event.source.start, event.source.end), 'signé')

  const patched = await send('PATCH', `/events/${event.id}`, { origin: 'curated', confidence: null, cameo: '04', source: null })
  t.equal(patched.statusCode, 200, patched.body)
  t.match(patched.json(), { origin: 'curated', confidence: null, cameo: '04', source: null })

  const plain = (await send('POST', '/events', { title: 'Plain', type: 'sanctions', startDate: '2024' })).json()
  t.match(plain, { origin: 'curated', confidence: null, cameo: null, source: null }, 'origin defaults to curated')
  t.same((await getJson(app, '/events/evt_putin-kim-talks-2024')).body.origin, 'curated', 'seed data: curated')
})

t.test('seed data: a source, CAMEO root, origin or confidence that cannot be is a 4xx problem naming the field, and writes nothing', async (t) => {
  const { app, send } = await appWithKey(t)
  const base = { title: 'Signing', type: 'treaty-signing', startDate: '2024-06-19' }
  const cases: Array<[object, number, string]> = [
    [{ cameo: '21' }, 400, 'cameo'],
    [{ cameo: 5 }, 400, 'cameo'],
    [{ origin: 'guessed' }, 400, 'origin'],
    [{ confidence: 1.5 }, 400, 'confidence'],
    [{ source: { article: SEED_ARTICLE, start: -1, end: 4 } }, 400, 'source.start'],
    [{ source: { article: SEED_ARTICLE, start: 3 } }, 400, 'source.end'],
    [{ source: { article: 'art_nothing-here', start: 0, end: 4 } }, 422, 'source.article'],
    [{ source: { article: SEED_ARTICLE, start: 10, end: 10 } }, 422, 'source.end'],
    [{ source: { article: SEED_ARTICLE, start: 0, end: 1_000_000 } }, 422, 'source.end']
  ]
  const before = (await getJson(app, '/events?count=true')).body.total
  for (const [fields, status, field] of cases) {
    const what = JSON.stringify(fields)
    const res = await send('POST', '/events', { ...base, ...fields })
    t.equal(res.statusCode, status, `${what}: ${res.body}`)
    t.match(res.headers['content-type'], /application\/problem\+json/)
    const names = (res.json().errors ?? []).map((e: { name: string }) => e.name)
    t.ok(names.some((name: string) => name === field || name.replace(/^\//, '').replaceAll('/', '.') === field), `${what}: names ${field} (${names.join(', ')})`)
  }
  const patch = await send('PATCH', '/events/evt_putin-kim-talks-2024', { source: { article: 'art_nothing-here', start: 0, end: 4 } })
  t.equal(patch.statusCode, 422)
  t.match(patch.json(), { errors: [{ name: 'source.article' }] })
  t.equal((await getJson(app, '/events?count=true')).body.total, before, 'nothing written')
})

t.test('seed data: GET /events filters on origin and CAMEO root, each repeatable; an unknown value is a 400 naming it', async (t) => {
  const { app, send } = await appWithKey(t)
  const ids: Record<string, string> = {}
  for (const [name, fields] of Object.entries({
    protest: { type: 'protest', cameo: '14', origin: 'extracted', confidence: 0.5 },
    attack: { type: 'attack', cameo: '18', origin: 'extracted', confidence: 0.9 },
    aid: { type: 'aid', cameo: '07' }
  })) {
    const res = await send('POST', '/events', { title: name, startDate: '2025-01-02', ...fields })
    t.equal(res.statusCode, 201, res.body)
    ids[name] = res.json().id
  }
  const list = async (query: string) => (await getJson(app, `/events?${query}&limit=100`)).body.data.map((e: any) => e.id).sort()
  t.same(await list('origin=extracted'), [ids.protest, ids.attack].sort(), 'the review queue')
  t.equal((await list('origin=curated')).length, 8 + 1, 'seed data and the aid event')
  t.same(await list('origin=curated&origin=extracted'), await list('from=0000'), 'both origins: every event')
  t.same(await list('cameo=14'), [ids.protest])
  t.same(await list('cameo=14&cameo=07'), [ids.protest, ids.aid].sort(), 'repeated')
  t.same(await list('cameo=14,18'), [ids.protest, ids.attack].sort(), 'comma-separated')
  t.same(await list('cameo=18&origin=curated'), [], 'AND between filters')
  for (const url of ['/events?cameo=21', '/events?origin=guessed']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'query', name: url.includes('cameo') ? 'cameo' : 'origin' }] })
  }
})
