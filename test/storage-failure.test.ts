import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import SQLite from 'better-sqlite3'
import t from 'tap'
import { buildApp, type App } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { openDatabase } from '../src/db/sqlite/connection.js'
import { applyMigrations } from '../src/db/sqlite/migrate.js'
import { seedDatabase } from '../src/db/sqlite/seed.js'
import { freshDatabase, tempDir, type TestContext, sqliteOf } from './helper.js'

// The database cannot take writes: its file is read-only on disk, or the disk (or the database) is full.
// Reads must go on, every write must be a 503 problem that leaves nothing behind, and the server must
// keep answering. test/production.test.ts covers READ_ONLY mode on a writable file and a connection
// that refuses writes (PRAGMA query_only); here are the file and the disk themselves.

// Real servers, real timeouts and a blocked event loop: more than the default 30 s on a busy machine.
t.setTimeout(180_000)

const root = fileURLToPath(new URL('..', import.meta.url))
const isRoot = process.getuid?.() === 0
const NOBODY = 65534

const TABLES = ['events', 'participants', 'statements', 'articles', 'event_participants', 'event_articles',
  'participant_aliases', 'statement_mentions', 'tombstones', 'idempotency_keys']
const rowCounts = (sqlite: SQLite.Database) => Object.fromEntries(TABLES.map((table) =>
  [table, (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]))

/** A migrated, seeded database file, closed (no -wal or -shm left beside it). */
function seededFile (dir: string, journalMode: 'wal' | 'delete' = 'wal'): string {
  const path = join(dir, 'db.sqlite')
  const db = openDatabase(path)
  applyMigrations(db)
  seedDatabase(db)
  if (journalMode === 'delete') db.$client.pragma('journal_mode = DELETE')
  db.$client.close()
  return path
}

function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')))
    })
  })
}

interface Spawned { child: ChildProcess, port: number, output: () => string, exited: Promise<number | null> }

/**
 * src/server.ts as a child process. As root, chmod does not stop writes (root ignores file modes), so
 * the server runs as `nobody` there, for whom a 0444 file is as read-only as for any service account.
 */
async function startServer (t: TestContext, env: Record<string, string>, options: { command?: string[], asNobody?: boolean } = {}): Promise<Spawned> {
  const port = await freePort()
  const [command, ...args] = [...(options.command ?? []), process.execPath, '--import', 'tsx', 'src/server.ts']
  const child = spawn(command!, args, {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', MAX_EVENT_LOOP_DELAY_MS: '0', ...env },
    ...(options.asNobody === true && isRoot ? { uid: NOBODY, gid: NOBODY } : {})
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString() })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  t.after(() => { if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL') })
  return { child, port, output: () => output, exited }
}

/** Waits until /readyz answers 200; false if the process exits first. */
async function ready (server: Spawned, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return false
    const status = await fetch(`http://127.0.0.1:${server.port}/readyz`).then((res) => res.status, () => 0)
    if (status === 200) return true
    await sleep(100)
  }
  return false
}

/** A keys file (with an admin key) in its own directory, readable by the server whoever it runs as. */
function adminKey (t: TestContext) {
  const dir = tempDir(t)
  const file = join(dir, 'keys.json')
  const key = createKey(file, 'chief', 'admin')
  if (isRoot) {
    chownSync(dir, NOBODY, NOBODY)
    chownSync(file, NOBODY, NOBODY)
  }
  return { file, key }
}

/** A directory the server may use as `nobody` when the tests run as root. */
function serverDir (t: TestContext): string {
  const dir = tempDir(t)
  if (isRoot) chownSync(dir, NOBODY, NOBODY)
  chmodSync(dir, 0o755)
  return dir
}

// Each write below stores more than a page (4 KiB) holds, so it needs room whatever slack the pages have.
const SUMMARY = 'x'.repeat(9000)
const ALIASES = Array.from({ length: 300 }, (_, i) => ({ name: `Alias number ${i} of this person`, language: 'en' }))

/** One request of every kind of write: POST, PATCH, DELETE, a link, an article, and an import. */
function writeRequests (key: string) {
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' }
  const importLine = JSON.stringify({ type: 'participant', data: { id: 'par_imported', kind: 'person', name: 'Imported Person', aliases: ALIASES } })
  return [
    { method: 'POST', url: '/participants', headers, body: JSON.stringify({ kind: 'person', name: 'Sergei Lavrov', aliases: ALIASES }) },
    { method: 'POST', url: '/events', headers, body: JSON.stringify({ title: 'Putin arrives in Hanoi', type: 'state-visit', startDate: '2024-06-20', summary: SUMMARY }) },
    { method: 'POST', url: '/articles', headers, body: JSON.stringify({ title: 'Long', language: 'en', published: '2024-06-20', body: 'Putin landed in Hanoi. '.repeat(3000) }) },
    { method: 'PATCH', url: '/events/evt_putin-kim-talks-2024', headers, body: JSON.stringify({ summary: SUMMARY }) },
    { method: 'PATCH', url: '/participants/par_moscow', headers: { ...headers, 'content-type': 'application/merge-patch+json' }, body: JSON.stringify({ aliases: ALIASES }) },
    { method: 'DELETE', url: '/statements/stm_af1a277ce4d4aaad-03', headers: { authorization: headers.authorization } },
    { method: 'DELETE', url: '/events/evt_airport-welcome-2024', headers: { authorization: headers.authorization } },
    { method: 'POST', url: '/events/evt_putin-kim-talks-2024/participants', headers, body: JSON.stringify({ participantId: 'par_moscow', role: 'location' }) },
    { method: 'POST', url: '/import', headers: { authorization: headers.authorization, 'content-type': 'application/x-ndjson' }, body: importLine + '\n' }
  ] as const
}

function checkUnavailable (t: TestContext & { equal: Function, match: Function, notMatch: Function, ok: Function }, status: number, contentType: string | null | undefined, retryAfter: unknown, body: string, name: string) {
  t.equal(status, 503, name)
  t.match(contentType, /^application\/problem\+json/, name)
  t.ok(retryAfter, `${name}: Retry-After`)
  t.match(JSON.parse(body), { type: 'about:blank', status: 503, code: /^NEWS_(STORAGE_UNAVAILABLE|READ_ONLY)$/, detail: /nothing was written|read-only/ }, name)
  t.notMatch(body, /SQLITE|sqlite|disk I\/O|\/tmp\/|\.ts:\d| {4}at /, `${name}: nothing internal`)
}

t.test('a database file made read-only on disk (0444): the server starts, reads answer, writes are 503 problems', async (t) => {
  const dir = serverDir(t)
  const path = seededFile(dir)
  if (isRoot) chownSync(path, NOBODY, NOBODY)
  chmodSync(path, 0o444)
  const keys = adminKey(t)
  const server = await startServer(t, { DATABASE_PATH: path, API_KEYS_FILE: keys.file }, { asNobody: true })
  t.ok(await ready(server), `ready; output: ${server.output()}`)
  const url = (p: string) => `http://127.0.0.1:${server.port}${p}`

  t.equal((await fetch(url('/events'))).status, 200, 'reads answer')
  for (const write of writeRequests(keys.key)) {
    const res = await fetch(url(write.url), { method: write.method, headers: write.headers, ...('body' in write ? { body: write.body } : {}) })
    checkUnavailable(t, res.status, res.headers.get('content-type'), res.headers.get('retry-after'), await res.text(), `${write.method} ${write.url}`)
  }
  t.equal((await fetch(url('/statements/stm_af1a277ce4d4aaad-03'))).status, 200, 'nothing was deleted')
  t.equal((await fetch(url('/readyz'))).status, 200, 'still ready')
  t.equal(server.child.exitCode, null, 'still running')
  const sqlite = new SQLite(path, { readonly: true })
  t.equal((sqlite.prepare("select count(*) as n from participants where name in ('Sergei Lavrov', 'Imported Person')").get() as { n: number }).n, 0, 'nothing was written')
  sqlite.close()
})

t.test('READ_ONLY on a read-only file in a read-only directory (a read-only volume): reads answer, writes are 503 problems', async (t) => {
  const dir = serverDir(t)
  // A database meant for read-only media is taken out of WAL mode first: a WAL database needs -wal and -shm files beside it.
  const path = seededFile(dir, 'delete')
  if (isRoot) chownSync(path, NOBODY, NOBODY)
  chmodSync(path, 0o444)
  chmodSync(dir, 0o555)
  t.after(() => chmodSync(dir, 0o755))
  const keys = adminKey(t)
  const server = await startServer(t, { DATABASE_PATH: path, API_KEYS_FILE: keys.file, READ_ONLY: 'true' }, { asNobody: true })
  t.ok(await ready(server), `ready; output: ${server.output()}`)
  const url = (p: string) => `http://127.0.0.1:${server.port}${p}`

  const read = await fetch(url('/statements?speaker=par_kim-jong-un'))
  t.equal(read.status, 200)
  t.equal(((await read.json()) as { data: unknown[] }).data.length, 4, 'the seed data is there')
  for (const write of writeRequests(keys.key)) {
    const res = await fetch(url(write.url), { method: write.method, headers: write.headers, ...('body' in write ? { body: write.body } : {}) })
    checkUnavailable(t, res.status, res.headers.get('content-type'), res.headers.get('retry-after'), await res.text(), `${write.method} ${write.url}`)
  }
  t.equal((await fetch(url('/readyz'))).status, 200, 'still ready')
  t.equal(server.child.exitCode, null, 'still running')
})

t.test('READ_ONLY on a WAL database in a read-only directory: the server will not start, and says what to do', async (t) => {
  const dir = serverDir(t)
  const path = seededFile(dir)
  if (isRoot) chownSync(path, NOBODY, NOBODY)
  chmodSync(path, 0o444)
  chmodSync(dir, 0o555)
  t.after(() => chmodSync(dir, 0o755))
  const server = await startServer(t, { DATABASE_PATH: path, READ_ONLY: 'true' }, { asNobody: true })
  t.not(await server.exited, 0, 'it exits with an error rather than serving a 503 for every read')
  t.match(server.output(), /cannot read .*read-only.*-shm.*journal_mode = DELETE/)
})

t.test('a database at its size limit (SQLITE_FULL): every write that needs room is a 503 problem that writes nothing; reads go on', async (t) => {
  const keysFile = join(tempDir(t), 'keys.json')
  const key = createKey(keysFile, 'chief', 'admin')
  const { path } = freshDatabase(t, { seed: true })
  const app: App = await buildApp({ databasePath: path, apiKeysFile: keysFile })
  t.after(() => app.close())
  await app.ready()
  const sqlite = sqliteOf(app).$client
  // The database may not grow past the pages it has: SQLite answers SQLITE_FULL, as on a full disk.
  // (A write that fits in the free space of pages it already has still succeeds, as it would on a disk;
  // the requests here carry 64 KiB, more than any page has free. The full-disk test below covers the rest.)
  sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`)
  const before = rowCounts(sqlite)
  const writes = writeRequests(key).filter((write) => write.method !== 'DELETE' && !write.url.endsWith('/events/evt_putin-kim-talks-2024/participants'))
  for (const write of writes) {
    const res = await app.inject({ method: write.method, url: write.url, headers: write.headers, payload: 'body' in write ? write.body : undefined })
    checkUnavailable(t, res.statusCode, res.headers['content-type'] as string, res.headers['retry-after'], res.body, `${write.method} ${write.url}`)
    t.match(res.json(), { code: 'NEWS_STORAGE_UNAVAILABLE', detail: /\(full\)/ })
  }
  t.same(rowCounts(sqlite), before, 'no write left anything behind')
  t.notMatch((await app.inject('/events/evt_putin-kim-talks-2024')).json().summary, /xxxx/, 'the failed PATCH changed nothing')
  t.equal((await app.inject('/events')).statusCode, 200, 'reads answer')
  t.equal((await app.inject('/readyz')).statusCode, 200, 'still ready')

  sqlite.pragma('max_page_count = 1073741823')
  const [post] = writeRequests(key)
  t.equal((await app.inject({ method: post.method, url: post.url, headers: post.headers, payload: post.body })).statusCode, 201, 'with room again, writes work')
})

// A real full disk needs a filesystem of our own: a tmpfs in a private mount namespace (root only, and
// only where the kernel lets us mount), filled to the last byte while the server runs on it.
const canMount = isRoot && process.platform === 'linux' &&
  spawnSync('unshare', ['--mount', '--propagation', 'private', 'true']).status === 0

/** Runs `script` (CommonJS, with `db` open on the database at `path`) inside the server's mount namespace. */
function inNamespace (pid: number, path: string, script: string): string {
  const code = `const db = new (require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))}))(${JSON.stringify(path)}); db.pragma('busy_timeout = 10000'); ${script}; db.close()`
  const res = spawnSync('nsenter', ['--target', String(pid), '--mount', process.execPath, '-e', code], { cwd: root, encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`nsenter: ${res.stderr}`)
  return res.stdout.trim()
}

t.test('a full disk: every kind of write is a 503 problem that writes nothing, reads and probes answer, writes resume once there is room', {
  skip: canMount ? false : 'needs root and unshare(1) to mount a private tmpfs'
}, async (t) => {
  const dir = tempDir(t)
  const mount = join(dir, 'volume')
  mkdirSync(mount)
  const path = join(mount, 'db.sqlite')
  const keys = adminKey(t)
  const server = await startServer(t, { DATABASE_PATH: path, API_KEYS_FILE: keys.file }, {
    command: ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', 'mount -t tmpfs -o size=16m tmpfs "$0" && exec "$@"', mount]
  })
  t.ok(await ready(server), `ready; output: ${server.output()}`)
  const url = (p: string) => `http://127.0.0.1:${server.port}${p}`
  const pid = server.child.pid!
  // The server's view of the volume, from outside its mount namespace (SQLite would resolve this
  // link to the host's view, so it is reached through nsenter instead).
  const inside = `/proc/${pid}/root${mount}`

  // Empty the WAL (so that every write must grow it), then fill the volume.
  inNamespace(pid, path, 'db.pragma("wal_checkpoint(TRUNCATE)")')
  const counts = () => inNamespace(pid, path, `const tables = ${JSON.stringify(TABLES)}
    console.log(JSON.stringify(tables.map((table) => db.prepare('select count(*) as n from ' + table).get().n)))`)
  const before = counts()
  const filler = openSync(`${inside}/filler`, 'w')
  const chunk = Buffer.alloc(64 * 1024)
  try {
    for (;;) writeSync(filler, chunk)
  } catch (err) {
    t.equal((err as NodeJS.ErrnoException).code, 'ENOSPC', 'the volume is full')
  }
  for (const size of [4096, 512, 1]) {
    try { for (;;) writeSync(filler, chunk, 0, size) } catch { /* full to the byte */ }
  }
  closeSync(filler)

  for (const write of writeRequests(keys.key)) {
    const res = await fetch(url(write.url), { method: write.method, headers: write.headers, ...('body' in write ? { body: write.body } : {}) })
    checkUnavailable(t, res.status, res.headers.get('content-type'), res.headers.get('retry-after'), await res.text(), `${write.method} ${write.url}`)
  }
  t.equal(counts(), before, 'no write left anything behind')
  t.equal((await fetch(url('/events'))).status, 200, 'reads answer')
  t.equal((await fetch(url('/statements/stm_af1a277ce4d4aaad-03'))).status, 200, 'the refused DELETE deleted nothing')
  t.equal((await fetch(url('/healthz'))).status, 200, 'alive')
  t.equal((await fetch(url('/readyz'))).status, 200, 'ready')

  rmSync(`${inside}/filler`)
  const [post] = writeRequests(keys.key)
  t.equal((await fetch(url(post.url), { method: post.method, headers: post.headers, body: post.body })).status, 201, 'with room again, writes work')
  t.equal(server.child.exitCode, null, 'it never stopped')
})
