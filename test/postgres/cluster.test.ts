// The throw-away PostgreSQL cluster the PostgreSQL engine's tests run on: a primary, streaming
// replicas (one lagging on purpose), replicas stopped and started, databases in byte order and
// databases cloned from a template. Needs PostgreSQL 15's server binaries (PG_BIN).
import t, { type Test } from 'tap'
import pg from 'pg'
import { startCluster } from './cluster.js'

const skip = process.env.TEST_ENGINE === 'postgres'
  ? false
  : 'PostgreSQL tests: run `npm run test:postgres` (TEST_ENGINE=postgres; needs the PostgreSQL 15 server binaries, /usr/lib/postgresql/15/bin or PG_BIN)'
const LAG_MS = 3000
const NOTES_EXIST = "SELECT count(*) AS n FROM pg_class WHERE relname = 'notes'"

async function connect (t: Test, url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  // A server stopped under an idle client (stopReplica, a template's sessions ended) is expected here.
  client.on('error', () => {})
  await client.connect()
  t.after(() => client.end())
  return client
}

/** Polls `sql` on `client` until its first row's `n` is `expected`; answers the milliseconds it took. */
async function until (client: pg.Client, sql: string, expected: number, timeoutMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (Number((await client.query<{ n: string }>(sql)).rows[0]?.n) === expected) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${sql} did not answer ${expected} within ${timeoutMs} ms`)
}

t.test('a PostgreSQL cluster with a streaming replica and a lagging one', { skip }, async (t) => {
  t.setTimeout(120_000)
  const started = Date.now()
  const cluster = await startCluster({ replicas: [{}, { delayMs: LAG_MS }] })
  t.teardown(() => cluster.stop())
  t.comment(`startCluster with 2 replicas (one lagging): ${Date.now() - started} ms`)
  const [replicaUrl, laggingUrl] = cluster.replicaUrls as [string, string]

  const primary = await connect(t, cluster.primaryUrl)
  const replica = await connect(t, replicaUrl)
  const lagging = await connect(t, laggingUrl)

  await t.test('the primary accepts a write; the replica has it within seconds', async (t) => {
    await primary.query('CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)')
    const inserted = await primary.query("INSERT INTO notes VALUES (1, 'first')")
    t.equal(inserted.rowCount, 1, 'the primary inserted the row')
    const ms = await until(replica, NOTES_EXIST, 1, 5000) + await until(replica, 'SELECT count(*) AS n FROM notes', 1, 5000)
    t.comment(`replicated in ${ms} ms`)
    t.same((await replica.query('SELECT body FROM notes WHERE id = 1')).rows, [{ body: 'first' }], 'the replica reads the row')
  })

  await t.test('a replica is in recovery and refuses writes (25006)', async (t) => {
    t.same((await replica.query('SELECT pg_is_in_recovery() AS standby')).rows, [{ standby: true }], 'the replica is')
    t.same((await primary.query('SELECT pg_is_in_recovery() AS standby')).rows, [{ standby: false }], 'the primary is not')
    await t.rejects(replica.query("INSERT INTO notes VALUES (2, 'refused')"), { code: '25006' }, 'read-only transaction')
  })

  await t.test(`a replica with recovery_min_apply_delay ${LAG_MS} ms lags, then catches up`, async (t) => {
    // The table itself reaches this replica only after the delay.
    await until(lagging, NOTES_EXIST, 1, LAG_MS + 10_000)
    await primary.query("INSERT INTO notes VALUES (3, 'late')")
    const written = Date.now()
    t.same((await lagging.query('SELECT count(*)::int AS n FROM notes WHERE id = 3')).rows, [{ n: 0 }], 'not there right after the write')
    await until(lagging, 'SELECT count(*) AS n FROM notes WHERE id = 3', 1, LAG_MS + 10_000)
    const lag = Date.now() - written
    t.comment(`the lagging replica had the row after ${lag} ms`)
    t.ok(lag >= LAG_MS - 500, `not before the delay (${lag} ms)`)
  })

  await t.test('a stopped replica refuses connections; the primary keeps serving; a restarted one catches up', async (t) => {
    await cluster.stopReplica(0)
    await t.rejects(connect(t, replicaUrl), { code: 'ECONNREFUSED' }, 'nothing listens on the replica port')
    await primary.query("INSERT INTO notes VALUES (4, 'while the replica was down')")
    t.same((await primary.query('SELECT count(*)::int AS n FROM notes')).rows, [{ n: 3 }], 'the primary serves reads and writes')
    await cluster.startReplica(0)
    const restarted = await connect(t, replicaUrl)
    await until(restarted, 'SELECT count(*) AS n FROM notes WHERE id = 4', 1, 5000)
    t.pass('the restarted replica has the write it missed')
  })
})

t.test('databases: byte order by default, clones of a template', { skip }, async (t) => {
  t.setTimeout(60_000)
  const started = Date.now()
  const cluster = await startCluster()
  t.teardown(() => cluster.stop())
  t.comment(`startCluster with no replica: ${Date.now() - started} ms`)

  await t.test("C collation: 'B' sorts before 'a'", async (t) => {
    const db = await connect(t, await cluster.createDatabase('bytes'))
    const { rows } = await db.query<{ s: string }>("SELECT s FROM (VALUES ('a'), ('B'), ('é'), ('z')) v(s) ORDER BY s")
    t.same(rows.map((row) => row.s), ['B', 'a', 'z', 'é'], 'byte order')
    t.same((await db.query('SELECT datcollate, datctype, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()')).rows,
      [{ datcollate: 'C', datctype: 'C', encoding: 'UTF8' }], 'UTF8, collation and ctype C')
  })

  await t.test('extensions only when asked', async (t) => {
    const plain = await connect(t, await cluster.createDatabase('plain'))
    t.same((await plain.query("SELECT extname FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")).rows, [], 'none by default')
    const search = await connect(t, await cluster.createDatabase('search', { extensions: ['unaccent', 'pg_trgm'] }))
    t.same((await search.query("SELECT unaccent('Zürich') AS u, similarity('news', 'new') > 0 AS similar")).rows, [{ u: 'Zurich', similar: true }], 'unaccent and pg_trgm when asked')
  })

  await t.test("two clones of a template each start with the template's table, while a session holds the template", async (t) => {
    const template = await connect(t, await cluster.createDatabase('migrated'))
    await template.query("CREATE TABLE events (id integer PRIMARY KEY, title text NOT NULL); INSERT INTO events VALUES (1, 'seeded')")
    // The template's session stays open: createDatabase ends it (CREATE DATABASE ... TEMPLATE needs it alone).
    const first = await connect(t, await cluster.createDatabase('file_one', { template: 'migrated' }))
    const second = await connect(t, await cluster.createDatabase('file_two', { template: 'migrated' }))
    await first.query("INSERT INTO events VALUES (2, 'only in file_one')")
    t.same((await first.query('SELECT id FROM events ORDER BY id')).rows, [{ id: 1 }, { id: 2 }], 'the first clone has the table and its own write')
    t.same((await second.query('SELECT id, title FROM events')).rows, [{ id: 1, title: 'seeded' }], 'the second clone starts from the template')
  })
})
