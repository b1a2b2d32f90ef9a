// PostgreSQL with read replicas, and several API processes on one primary: reads are served by a
// replica, a read that sends back a write's Consistency-Token sees that write although the lagging
// replica does not have it yet, a stopped replica loses no request, and two server processes
// (started with DATABASE_URL, migrating together) see each other's writes, search included.
import t from 'tap'
import { buildApp, type App } from '../../src/app.js'
import { createKey } from '../../src/auth/keys.js'
import { tempDir } from '../helper.js'
import { serverFiles, startServer } from '../reliability/server.js'
import { testCluster, USE_POSTGRES } from './engine.js'
import { join } from 'node:path'
import { applyPgMigrations } from '../../src/db/postgres/migrate.js'
import pg from 'pg'

const skip = USE_POSTGRES ? false : 'PostgreSQL tests: run `npm run test:postgres`'
const LAG_MS = 4000

t.test('reads on replicas, read-your-writes, and several API processes on one primary', { skip }, async (t) => {
  t.setTimeout(300_000)
  const cluster = await testCluster([{}, { delayMs: LAG_MS }])
  const url = await cluster.createDatabase('replicated')
  const migrating = new pg.Pool({ connectionString: url })
  await applyPgMigrations(migrating)
  await migrating.end()
  const replicaUrls = cluster.replicaUrls.map((replica) => replica.replace(/\/postgres$/, '/replicated'))
  const [, laggingUrl] = replicaUrls as [string, string]
  // The new database reaches each replica, the lagging one LAG_MS later.
  for (const replica of replicaUrls) {
    for (let tries = 0; ; tries++) {
      const probe = new pg.Client({ connectionString: replica })
      try {
        await probe.connect()
        if ((await probe.query("select to_regclass('participants') is not null as ok")).rows[0].ok === true) break
      } catch {
        if (tries > 200) throw new Error(`${replica} never got the database`)
      } finally {
        await probe.end().catch(() => {})
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const key = createKey(apiKeysFile, 'editor', 'write')
  const auth = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }

  await t.test('a write answers a token; a read that sends it back sees the write, though the lagging replica has not replayed it', async (t) => {
    // Only the lagging replica: without the token, reads come from it.
    const app: App = await buildApp({ databasePath: '', postgres: { url, replicaUrls: [laggingUrl] }, apiKeysFile })
    t.teardown(() => app.close())
    const created = await app.inject({ method: 'POST', url: '/participants', headers: auth, payload: JSON.stringify({ kind: 'person', name: 'Ada Lovelace' }) })
    t.equal(created.statusCode, 201)
    const token = created.headers['consistency-token'] as string
    t.match(token, /^[0-9A-F]+\/[0-9A-F]+$/, 'the answer carries where the write committed')
    const id = created.json().id as string
    const stale = await app.inject({ method: 'GET', url: `/participants/${id}` })
    t.equal(stale.statusCode, 404, 'without the token, the lagging replica answers, without the write')
    const fresh = await app.inject({ method: 'GET', url: `/participants/${id}`, headers: { 'consistency-token': token } })
    t.equal(fresh.statusCode, 200, 'with it, a node that has the write answers')
    const bad = await app.inject({ method: 'GET', url: `/participants/${id}`, headers: { 'consistency-token': 'yesterday' } })
    t.equal(bad.statusCode, 400, 'a malformed token is a 400')
    t.match(bad.json(), { status: 400 })
  })

  await t.test('reads go to a replica; a stopped replica loses no request', async (t) => {
    const app: App = await buildApp({ databasePath: '', postgres: { url, replicaUrls: [replicaUrls[0] as string] }, apiKeysFile })
    t.teardown(() => app.close())
    const pool = new pg.Pool({ connectionString: replicaUrls[0] })
    pool.on('error', () => {}) // its idle sessions end when the replica stops
    t.teardown(() => pool.end())
    t.equal((await pool.query('select pg_is_in_recovery() as standby')).rows[0].standby, true, 'the replica is a standby')
    const sessions = async () => Number((await pool.query(
      "select count(*)::int as n from pg_stat_activity where datname = 'replicated' and backend_type = 'client backend' and pid <> pg_backend_pid()")).rows[0].n)
    t.equal(await sessions(), 0, 'nobody reads on the replica yet')
    for (let i = 0; i < 5; i++) t.equal((await app.inject({ method: 'GET', url: '/participants' })).statusCode, 200)
    t.ok(await sessions() > 0, 'the app\'s reads were served by the replica (its pooled sessions are there)')
    t.match((await app.inject({ method: 'GET', url: '/readyz' })).json(),
      { status: 'ready', nodes: [{ node: 'primary', ok: true }, { node: 'replica 1', ok: true, replayed: /^[0-9A-F]+\/[0-9A-F]+$/ }] }, '/readyz reports each node')
    await cluster.stopReplica(0)
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, async () => (await app.inject({ method: 'GET', url: '/participants' })).statusCode))
      t.same(answers, answers.map(() => 200), 'every read answered by the primary while the replica is down')
      const ready = await app.inject({ method: 'GET', url: '/readyz' })
      t.equal(ready.statusCode, 200, 'still ready: the primary answers')
      t.match(ready.json().nodes, [{ node: 'primary', ok: true }, { node: 'replica 1', ok: false }], '/readyz names the replica that is down')
    } finally {
      await cluster.startReplica(0)
    }
  })

  await t.test('two server processes started together on one primary migrate once and see each other\'s writes, search included', async (t) => {
    const fresh = await cluster.createDatabase('two_processes')
    const dir = tempDir(t)
    const files = serverFiles(dir)
    const env = { DATABASE_URL: fresh, DATABASE_REPLICA_URLS: '' }
    const [one, two] = await Promise.all([startServer(t, files, env), startServer(t, { ...files, logFile: `${files.logFile}.2` }, env)])
    const headers = { authorization: `Bearer ${files.key}`, 'content-type': 'application/json' }
    const post = await fetch(one.url('/participants'), { method: 'POST', headers, body: JSON.stringify({ kind: 'person', name: 'Grace Hopper' }) })
    t.equal(post.status, 201)
    const id = (await post.json() as { id: string }).id
    t.equal((await fetch(two.url(`/participants/${id}`))).status, 200, 'the other process reads it')
    const search = async () => (await (await fetch(two.url('/participants?q=hopp'))).json() as { data: Array<{ id: string }> }).data.map((p) => p.id)
    t.same(await search(), [id], 'found by name prefix on the other process')
    const event = await fetch(one.url('/events'), { method: 'POST', headers, body: JSON.stringify({ title: 'Compiler summit', type: 'meeting', startDate: '2024-05-01' }) })
    t.equal(event.status, 201)
    const hits = async (q: string) => (await (await fetch(two.url(`/events?q=${q}`))).json() as { data: unknown[] }).data.length
    t.equal(await hits('compiler'), 1, 'a full-text search on the other process finds it')
    const renamed = await fetch(one.url(`/events/${(await event.json() as { id: string }).id}`), {
      method: 'PATCH', headers: { ...headers, 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ title: 'Linker summit' })
    })
    t.equal(renamed.status, 200)
    t.equal(await hits('compiler'), 0, 'the other process\'s search cache saw the commit')
    t.equal(await hits('linker'), 1)
  })
})
