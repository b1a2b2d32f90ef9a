import t from 'tap'
import { buildApp } from '../src/app.js'
import { build, freshDatabase, getJson } from './helper.js'

t.test('GET / indexes the collections and the documentation', async (t) => {
  const { app } = await build(t)
  const { status, body } = await getJson(app, '/')
  t.equal(status, 200)
  t.same(body.collections.map((c: any) => c.href), ['/events', '/participants', '/statements', '/articles'])
  t.match(body.links, { docs: '/docs', openapi: '/openapi.json' })
  for (const c of body.collections) t.equal((await app.inject(c.href)).statusCode, 200, c.href)
})

t.test('health and readiness on a migrated database', async (t) => {
  const { app } = await build(t)
  t.same((await getJson(app, '/healthz')).body, { status: 'ok' })
  const ready = await getJson(app, '/readyz')
  t.equal(ready.status, 200)
  t.same(ready.body, { status: 'ready' })
})

t.test('readiness fails with a 503 problem while migrations are pending', async (t) => {
  const { path } = freshDatabase(t, { migrate: false })
  const app = await buildApp({ databasePath: path })
  t.after(() => app.close())
  t.equal((await app.inject('/healthz')).statusCode, 200, 'still alive')
  const res = await app.inject('/readyz')
  t.equal(res.statusCode, 503)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(res.json(), { status: 503, code: 'NEWS_NOT_READY', detail: /migration/ })
})

t.test('once shutdown is announced: /readyz answers a 503 problem at once, other requests are still served, with Connection: close', async (t) => {
  const { app } = await build(t)
  t.equal((await app.inject('/events?limit=1')).headers.connection, 'keep-alive', 'before: connections are kept')
  const delay = app.announceShutdown(50)
  const ready = await app.inject('/readyz')
  t.equal(ready.statusCode, 503)
  t.match(ready.headers['content-type'], /^application\/problem\+json/)
  t.match(ready.json(), { status: 503, code: 'NEWS_NOT_READY', detail: /shutting down/ })
  const served = await app.inject('/events?limit=1')
  t.equal(served.statusCode, 200, 'a request during the delay is answered')
  t.equal(served.headers.connection, 'close', 'and tells the client to leave')
  await delay
  t.equal((await app.inject('/healthz')).statusCode, 200, 'the app still answers until it is closed')
})

t.test('Swagger UI is served at /docs', async (t) => {
  const { app } = await build(t)
  const res = await app.inject('/docs/')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /text\/html/)
  t.match(res.body, /swagger-ui/i)
})
