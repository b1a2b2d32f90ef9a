import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { buildApp, type App, type AppOptions } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { appStore, freshStorage, TEST_APP_DEFAULTS, tempDir, type TestContext, sqliteOf } from './helper.js'
import { USE_POSTGRES } from './postgres/engine.js'

/** The app on a new seeded database, with a write key, and any settings the test gives. */
async function appWith (t: TestContext, settings: Partial<AppOptions> = {}) {
  const keysFile = join(tempDir(t), 'keys.json')
  const key = createKey(keysFile, 'editor', 'write')
  const { store, settings: where } = await freshStorage(t, { seed: true })
  const app = await buildApp({ ...where, apiKeysFile: keysFile, ...TEST_APP_DEFAULTS, ...settings })
  t.after(() => app.close())
  return { app, store, key }
}

const newParticipant = (key: string) => ({
  method: 'POST' as const,
  url: '/participants',
  headers: { authorization: `Bearer ${key}` },
  payload: { kind: 'person', name: 'Test Person' }
})

// Real servers, each starting its read workers from TypeScript source: more than the default 30 s on a busy machine.
t.setTimeout(120_000)

t.test('security headers on every answer, and nothing that names the software', async (t) => {
  const { app } = await appWith(t)
  for (const url of ['/events', '/events/evt_nope', '/docs/', '/healthz']) {
    const res = await app.inject(url)
    t.match(res.headers['content-security-policy'], /default-src 'self'/, url)
    t.match(res.headers['content-security-policy'], /frame-ancestors 'none'/, url)
    t.equal(res.headers['x-content-type-options'], 'nosniff', url)
    t.equal(res.headers['x-frame-options'], 'SAMEORIGIN', url)
    t.match(res.headers['strict-transport-security'], /max-age=/, url)
    t.equal(res.headers['x-powered-by'], undefined, url)
    t.equal(res.headers.server, undefined, url)
  }
})

t.test('CORS: any page may read, only the listed origins may write', async (t) => {
  const { app } = await appWith(t, { corsOrigins: ['https://newsroom.example'] })
  const read = await app.inject({ url: '/events', headers: { origin: 'https://anyone.example' } })
  t.equal(read.headers['access-control-allow-origin'], '*')
  t.match(read.headers['access-control-expose-headers'], /ETag/)
  // A page that writes then reads across replicas must see the token and send it back.
  t.match(read.headers['access-control-expose-headers'], /Consistency-Token/)
  const reader = await app.inject({
    method: 'OPTIONS', url: '/events', headers: { origin: 'https://anyone.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'consistency-token' }
  })
  t.match(reader.headers['access-control-allow-headers'], /Consistency-Token/)

  const preflight = (origin: string) => app.inject({
    method: 'OPTIONS', url: '/events', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' }
  })
  const stranger = await preflight('https://anyone.example')
  t.equal(stranger.headers['access-control-allow-methods'], 'GET, HEAD', 'a stranger may not write')
  const newsroom = await preflight('https://newsroom.example')
  t.equal(newsroom.headers['access-control-allow-origin'], 'https://newsroom.example')
  t.match(newsroom.headers['access-control-allow-methods'], /POST/)
  t.match(newsroom.headers['access-control-allow-headers'], /Authorization/)
})

t.test('rate limit: past the budget, a 429 problem with the standard headers, per client', async (t) => {
  const { app, key } = await appWith(t, { rateLimitMax: 3, rateLimitWindowMs: 60_000 })
  for (let i = 0; i < 3; i++) {
    const res = await app.inject('/events')
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-ratelimit-remaining'], String(2 - i))
  }
  const limited = await app.inject('/events')
  t.equal(limited.statusCode, 429)
  t.match(limited.headers['content-type'], /application\/problem\+json/)
  t.match(limited.json(), { status: 429, code: 'NEWS_RATE_LIMITED' })
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After')
  t.equal(limited.headers['x-ratelimit-limit'], '3')
  const withKey = await app.inject({ url: '/events', headers: { authorization: `Bearer ${key}` } })
  t.equal(withKey.statusCode, 200, 'a key has its own budget')
})

t.test('a body over the limit is a 413 problem and writes nothing', async (t) => {
  const { app, key, store } = await appWith(t, { bodyLimit: 2048 })
  const res = await app.inject({ ...newParticipant(key), payload: { kind: 'person', name: 'x'.repeat(300), description: 'y'.repeat(4000) } })
  t.equal(res.statusCode, 413)
  t.match(res.headers['content-type'], /application\/problem\+json/)
  t.match(res.json(), { status: 413 })
  t.same(await store.query("select id from participants where name like 'xxx%'"), [])
})

t.test('read-only mode: reads work, writes are a 503 problem', async (t) => {
  const { settings } = await freshStorage(t, { seed: true })
  const keysFile = join(tempDir(t), 'keys.json')
  const key = createKey(keysFile, 'editor', 'write')
  const app = await buildApp({ ...settings, apiKeysFile: keysFile, readOnly: true })
  t.after(() => app.close())
  t.equal((await app.inject('/events')).statusCode, 200)
  const write = await app.inject(newParticipant(key))
  t.equal(write.statusCode, 503)
  t.match(write.json(), { code: 'NEWS_READ_ONLY' })
  t.ok(write.headers['retry-after'])
})

/**
 * Makes the app's database refuse writes as a read-only server does: SQLite's query_only, or on
 * PostgreSQL a trigger raising the read-only SQLSTATE (25006), which a hot standby or
 * default_transaction_read_only would raise.
 */
async function refuseWrites (app: App): Promise<void> {
  if (!USE_POSTGRES) {
    sqliteOf(app).$client.pragma('query_only = ON')
    return
  }
  const store = appStore(app)
  await store.query(`create function refuse_writes() returns trigger language plpgsql as $$
    begin raise exception 'cannot execute INSERT in a read-only transaction' using errcode = '25006'; end $$`)
  await store.query('create trigger refuse_writes before insert on participants execute function refuse_writes()')
}

t.test('a database that refuses writes gives a 503 problem, not a 500, and reads go on', async (t) => {
  const { app, key } = await appWith(t)
  await app.ready()
  await refuseWrites(app)
  const write = await app.inject(newParticipant(key))
  t.equal(write.statusCode, 503)
  t.match(write.json(), { status: 503, code: 'NEWS_STORAGE_UNAVAILABLE', detail: /\((readonly|read-only)\); nothing was written/ })
  t.equal(write.headers['retry-after'], '5')
  t.notMatch(write.body, /SQLITE|readonly database|read-only transaction/)
  t.equal((await app.inject('/participants?q=test')).json().data.length, 0, 'nothing was written')
  t.equal((await app.inject('/events')).statusCode, 200)
})

t.test('large answers are compressed when the client accepts it', async (t) => {
  const { app } = await appWith(t)
  const res = await app.inject({ url: '/articles', headers: { 'accept-encoding': 'gzip' } })
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-encoding'], 'gzip')
  t.equal((await app.inject('/articles')).headers['content-encoding'], undefined)
})

t.test('readiness fails once the server starts closing', async (t) => {
  const { app } = await appWith(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const ready = await fetch(`http://127.0.0.1:${port}/readyz`) // keeps the connection alive
  t.equal(ready.status, 200)
  await ready.text()
  const closing = app.close()
  await new Promise((resolve) => setImmediate(resolve)) // the preClose hooks have run
  const during = await fetch(`http://127.0.0.1:${port}/readyz`).then((res) => res.status, () => 'refused')
  await closing
  t.ok(during === 503 || during === 'refused', `while closing: ${during}`)
})

function freePort (): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')))
    })
  })
}

t.test('the server stops cleanly on SIGTERM: closes, exits 0', async (t) => {
  const dir = tempDir(t)
  const port = await freePort()
  const root = fileURLToPath(new URL('..', import.meta.url))
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_PATH: join(dir, 'db.sqlite'), API_KEYS_FILE: join(dir, 'keys.json'), LOG_LEVEL: 'info' }
  })
  let log = ''
  server.stdout.on('data', (chunk: Buffer) => { log += chunk.toString() })
  const exit = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  t.after(() => { if (server.exitCode === null) server.kill('SIGKILL') })
  const deadline = Date.now() + 30_000
  while (!log.includes('Server listening') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  t.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200)
  server.kill('SIGTERM')
  t.equal(await exit, 0, 'exit code 0')
  t.match(log, /"msg":"closing"/)
  t.match(log, /"signal":"SIGTERM"/)
})

t.test('a bad setting stops the server at start with a message that names it', async (t) => {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '99999', DATABASE_PATH: join(tempDir(t), 'db.sqlite') }
  })
  let stderr = ''
  server.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
  const code = await new Promise<number | null>((resolve) => server.once('exit', resolve))
  t.equal(code, 1)
  t.equal(stderr.trim(), 'invalid configuration: PORT must be <= 65535')
})
