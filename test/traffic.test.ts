import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { appOptionsFrom, loadConfig } from '../src/config.js'
import { OVERLOAD_WARM_UP_MS } from '../src/plugins/traffic.js'
import { createArticle, createEvent, createParticipant, createStatements } from './factories.js'
import { buildWithKey, freshDatabase } from './helper.js'
import { USE_POSTGRES } from './postgres/engine.js'

// Load shedding (@fastify/under-pressure) and the rate limit (@fastify/rate-limit), as src/plugins/traffic.ts
// sets them up. test/production.test.ts holds the first rate-limit test (a 429 problem, a key's own budget);
// these add the overload, the budgets per address and per key, the window and the configuration.

// Real servers, real timeouts and a blocked event loop: more than the default 30 s on a busy machine.
t.setTimeout(180_000)

/** Keeps the CPU busy, as a costly request (or a long GC pause) would: nothing else runs meanwhile. */
function blockEventLoop (ms: number): void {
  const end = Date.now() + ms
  while (Date.now() < end) { /* busy */ }
}

/** under-pressure has sampled the loop at least once (until then it knows nothing), and saw no lag. */
const quiet = (app: { memoryUsage: () => { heapUsed: number }, isUnderPressure: () => boolean }) =>
  app.memoryUsage().heapUsed > 0 && !app.isUnderPressure()

/** Polls until `condition` holds; generous, as the machine may be busy with other work. */
async function until (condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await sleep(20)
  }
}

/**
 * Holds the loop until the guard has measured the lag. The guard judges the mean delay of a sampling
 * window: one block that falls late in a window is averaged with the quick turns before it and can
 * stay under the limit, so the loop is held again until a window shows it.
 */
async function lagUntilMeasured (app: { isUnderPressure: () => boolean }): Promise<void> {
  await until(() => {
    if (app.isUnderPressure()) return true
    blockEventLoop(1500)
    return false
  }, 'the lag is measured')
}

t.test('overload: once the event loop lags past the limit, requests get a 503 problem with Retry-After at no cost; probes still answer', async (t) => {
  const { app } = await buildWithKey(t, { maxEventLoopDelayMs: 20 })
  // A costly route: had the shed requests reached it, each would have held the loop for a second.
  let costlyRuns = 0
  app.get('/test/costly', async () => {
    costlyRuns++
    blockEventLoop(1000)
    return { done: true }
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  const get = (path: string) => fetch(`http://127.0.0.1:${port}${path}`)

  // Building the app blocks the loop too: start from a quiet one (one sampling interval, about 1 s).
  await until(() => quiet(app), 'the start-up lag has been measured away')
  await sleep(OVERLOAD_WARM_UP_MS) // and the guard no longer ignores what it measures
  t.equal((await get('/events')).status, 200, 'served normally before the overload')

  // The loop is held for 1.5 s; under-pressure measures the lag at its next sample (every second).
  await lagUntilMeasured(app)
  t.ok(app.memoryUsage().eventLoopDelay > 20, `measured lag ${app.memoryUsage().eventLoopDelay.toFixed(1)} ms`)

  const paths = ['/events', '/statements?q=defensif', '/openapi.json', '/', '/docs/', ...Array(5).fill('/test/costly')]
  const [healthz, readyz, ...shed] = await Promise.all([get('/healthz'), get('/readyz'), ...paths.map(get)])
  t.equal(healthz.status, 200, '/healthz answers whatever the load')
  t.equal(readyz.status, 200, '/readyz answers whatever the load')
  for (const [i, res] of shed.entries()) {
    const path = paths[i]
    t.equal(res.status, 503, path)
    t.equal(res.headers.get('retry-after'), '10', `${path}: Retry-After`)
    t.match(res.headers.get('content-type'), /^application\/problem\+json/, path)
    t.match(await res.json(), { type: 'about:blank', status: 503, code: 'NEWS_OVERLOADED', detail: /overloaded/ }, path)
    t.equal(res.headers.get('x-content-type-options'), 'nosniff', `${path}: security headers too`)
  }
  t.equal(costlyRuns, 0, 'no shed request ran its handler: a 503 costs nothing')

  // At the next sample without lag the service serves again.
  await until(() => !app.isUnderPressure(), 'the lag is gone')
  t.equal((await get('/events')).status, 200, 'served again once the lag is gone')
})

// The requests after the slow start have what is left of the 2 s warm-up (some 0.5 s): on PostgreSQL
// the first opens the pool's first connection, which a busy machine makes longer than that. The
// guard itself does not depend on the engine.
const WARM_UP_TIMING = { skip: USE_POSTGRES && 'the first PostgreSQL connection can outlast what is left of the warm-up' }

t.test('overload: the app under test guards like production, and a slow start is not taken for load', WARM_UP_TIMING, async (t) => {
  // No setting given: the configuration schema's defaults, as `npm start` runs.
  const { app } = await buildWithKey(t)
  await app.ready()
  // Start-up on a busy machine: the loop does not turn for 1.5 s just after the app is ready.
  blockEventLoop(1500)
  await until(() => app.memoryUsage().eventLoopDelay > 1000, 'the start-up lag is measured')
  for (let i = 0; i < 5; i++) t.equal((await app.inject('/events?limit=1')).statusCode, 200, `request ${i + 1} after a slow start is served`)

  // Once warm, the same lag is load and is shed: the default limit is on.
  await until(() => !app.isUnderPressure(), 'the start-up lag is gone')
  await sleep(OVERLOAD_WARM_UP_MS)
  await lagUntilMeasured(app)
  t.equal((await app.inject('/events?limit=1')).statusCode, 503, 'a warm server under the same lag sheds')
})

t.test('overload: MAX_EVENT_LOOP_DELAY_MS sets the limit, and 0 turns load shedding off', async (t) => {
  const { path } = freshDatabase(t, { seed: true })
  // Reads in-process (READ_WORKERS=0, as TEST_APP_DEFAULTS): four workers starting from source at
  // once are a burst of CPU that, on a busy machine, kept the lag from being measured in time.
  const options = (env: Record<string, string>) => ({ ...appOptionsFrom(loadConfig({ DATABASE_PATH: path, READ_WORKERS: '0', ...env })), logger: false })
  const off = await buildApp(options({ MAX_EVENT_LOOP_DELAY_MS: '0' }))
  t.after(() => off.close())
  const on = await buildApp(options({ MAX_EVENT_LOOP_DELAY_MS: '20' }))
  t.after(() => on.close())
  await Promise.all([off.ready(), on.ready()])
  await until(() => quiet(on), 'the start-up lag has been measured away')
  await sleep(OVERLOAD_WARM_UP_MS)

  await lagUntilMeasured(on)
  t.equal((await on.inject('/events')).statusCode, 503, 'with a limit: shed')
  t.equal((await off.inject('/events')).statusCode, 200, 'with 0: served however long the loop lagged')
})

t.test('rate limit: each address has its own budget; a key has one budget, whatever the address', async (t) => {
  const { app, key } = await buildWithKey(t, { rateLimitMax: 2 })
  const from = (remoteAddress: string, authorization?: string) =>
    app.inject({ url: '/events?limit=1', remoteAddress, ...(authorization === undefined ? {} : { headers: { authorization } }) })

  t.equal((await from('192.0.2.1')).statusCode, 200)
  t.equal((await from('192.0.2.1')).statusCode, 200)
  t.equal((await from('192.0.2.1')).statusCode, 429, 'the first address has spent its budget')
  t.equal((await from('192.0.2.2')).statusCode, 200, 'another address still has its own')

  const bearer = `Bearer ${key}`
  t.equal((await from('198.51.100.1', bearer)).statusCode, 200)
  const second = await from('198.51.100.2', bearer)
  t.equal(second.statusCode, 200)
  t.equal(second.headers['x-ratelimit-remaining'], '0', 'the key spent from one budget from two addresses')
  t.equal((await from('198.51.100.3', bearer)).statusCode, 429, 'changing address does not renew a key\'s budget')
  t.equal((await from('198.51.100.3')).statusCode, 200, 'that address without the key is another client')
})

t.test('rate limit: made-up keys do not open new budgets; they count against the address', async (t) => {
  const { app } = await buildWithKey(t, { rateLimitMax: 2 })
  const withKey = (authorization: string) => app.inject({ url: '/events?limit=1', remoteAddress: '203.0.113.7', headers: { authorization } })
  t.equal((await withKey('Bearer made-up-1')).statusCode, 200, 'reads need no key: an unknown one is ignored')
  t.equal((await withKey('Bearer made-up-2')).statusCode, 200)
  t.equal((await withKey('Bearer made-up-3')).statusCode, 429, 'a third made-up key is still the same address, out of budget')
  t.equal((await withKey('Basic bm90OmF0YWxs')).statusCode, 429, 'and so is any other Authorization header')
})

t.test('rate limit: a 429 carries Retry-After and X-RateLimit-Limit/Remaining/Reset; /healthz is never limited', async (t) => {
  const { app } = await buildWithKey(t, { rateLimitMax: 1, rateLimitWindowMs: 60_000 })
  const ok = await app.inject('/events?limit=1')
  t.equal(ok.headers['x-ratelimit-limit'], '1')
  t.equal(ok.headers['x-ratelimit-remaining'], '0')
  t.ok(Number(ok.headers['x-ratelimit-reset']) > 0 && Number(ok.headers['x-ratelimit-reset']) <= 60, 'X-RateLimit-Reset: seconds to the window\'s end')

  const limited = await app.inject('/events?limit=1')
  t.equal(limited.statusCode, 429)
  t.match(limited.headers['content-type'], /^application\/problem\+json/)
  t.match(limited.json(), { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'NEWS_RATE_LIMITED', detail: /retry after/ })
  t.equal(limited.headers['x-ratelimit-limit'], '1')
  t.equal(limited.headers['x-ratelimit-remaining'], '0')
  const retryAfter = Number(limited.headers['retry-after'])
  t.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After ${retryAfter} s, within the window`)
  t.ok(limited.headers['x-ratelimit-reset'] !== undefined, 'X-RateLimit-Reset')
  t.equal(limited.headers['x-content-type-options'], 'nosniff', 'security headers on the 429 too')

  for (let i = 0; i < 3; i++) t.equal((await app.inject('/healthz')).statusCode, 200, 'a liveness probe is never rate limited')
  // The headers a browser script needs to back off are exposed to it.
  const cors = await app.inject({ url: '/events?limit=1', headers: { origin: 'https://anyone.example' } })
  t.match(cors.headers['access-control-expose-headers'], /Retry-After.*X-RateLimit-Limit.*X-RateLimit-Remaining.*X-RateLimit-Reset/)
})

t.test('rate limit: the window is configurable, and once it has passed the budget is whole again', async (t) => {
  const { path } = freshDatabase(t, { seed: true })
  const app = await buildApp({ ...appOptionsFrom(loadConfig({ DATABASE_PATH: path, RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '1000' })), logger: false })
  t.after(() => app.close())
  t.equal((await app.inject('/events?limit=1')).headers['x-ratelimit-limit'], '2', 'RATE_LIMIT_MAX sets the budget')
  await app.inject('/events?limit=1')
  const limited = await app.inject('/events?limit=1')
  t.equal(limited.statusCode, 429)
  t.equal(limited.headers['retry-after'], '1', 'RATE_LIMIT_WINDOW_MS sets the window: retry after a second at most')

  await sleep(1100)
  let res = await app.inject('/events?limit=1')
  // A generous second chance for a busy machine: the window is a second, not a deadline for the test.
  if (res.statusCode === 429) res = await sleep(2000).then(() => app.inject('/events?limit=1'))
  t.equal(res.statusCode, 200, 'a new window, a new budget')
  t.equal(res.headers['x-ratelimit-remaining'], '1')
})

// READ_TIMEOUT_MS stops SQLite's read workers; PostgreSQL's limit is DATABASE_STATEMENT_TIMEOUT_MS, on the server.
const READ_WORKERS_ONLY = { skip: USE_POSTGRES && 'read workers and READ_TIMEOUT_MS are part of the SQLite engine only' }

t.test('read timeout: a list or search that runs past READ_TIMEOUT_MS is stopped with a 503 problem and Retry-After; lookups by id still answer', READ_WORKERS_ONLY, async (t) => {
  // A 1 ms timeout, set here on purpose, and a search that cannot answer that fast: 2,000 matches
  // to count and rank, and a page of 100 statements, each with its snippet, to build and send back.
  const { app, store } = await buildWithKey(t, { readTimeoutMs: 1, readWorkers: 1 })
  const article = await createArticle(store, { body: 'The harvest was late this year. '.repeat(10) })
  const speaker = await createParticipant(store)
  const event = await createEvent(store)
  await createStatements(store, { eventId: event.id, speakerId: speaker.id, article }, 2000, { text: 'The harvest was late this year.' })
  const res = await app.inject('/statements?q=harvest&count=true&limit=100')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.equal(res.headers['retry-after'], '5')
  t.match(res.json(), { status: 503, code: 'NEWS_READ_TIMEOUT', detail: /took longer than 1 ms and was stopped/ })
  t.equal((await app.inject(`/events/${event.id}`)).statusCode, 200, 'a lookup by id runs on the event loop, without the timeout')
  t.equal((await app.inject('/readyz')).statusCode, 200, 'and the read worker is ready again')
})

t.test('read timeout: READ_WORKERS=0 runs lists in the event loop, as the app did before', READ_WORKERS_ONLY, async (t) => {
  const { path } = freshDatabase(t, { seed: true })
  const app = await buildApp({ ...appOptionsFrom(loadConfig({ DATABASE_PATH: path, READ_WORKERS: '0', READ_TIMEOUT_MS: '1' })), logger: false })
  t.after(() => app.close())
  t.equal((await app.inject('/search?q=Pyongyang&count=true&limit=50')).statusCode, 200, 'no worker, no timeout')
})
