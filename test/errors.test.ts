import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { build, freshDatabase, tempDir } from './helper.js'

t.test('an unknown route is a 404 problem', async (t) => {
  const { app } = await build(t)
  const res = await app.inject('/no/such/route?x=1')
  t.equal(res.statusCode, 404)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    code: 'NEWS_ROUTE_NOT_FOUND',
    instance: '/no/such/route?x=1',
    detail: 'No route GET /no/such/route; see /openapi.json for the routes there are.'
  })
})

t.test('a failure inside a route is a 500 problem with nothing internal in it', async (t) => {
  const { app } = await build(t)
  app.get('/boom', async () => { throw new Error('SQLITE_CORRUPT: secret path /var/lib/x.db') })
  const res = await app.inject('/boom')
  t.equal(res.statusCode, 500)
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.same(res.json(), {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    code: 'NEWS_INTERNAL_ERROR',
    instance: '/boom',
    detail: 'The server could not answer this request; the error has been logged.'
  })
  t.notMatch(res.body, /SQLITE|secret|\.ts:|\.js:/)
})

t.test('every answer carries a request id, echoing the one a client sends', async (t) => {
  const { app } = await build(t)
  const own = await app.inject('/healthz')
  t.match(own.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const given = await app.inject({ url: '/events/evt_nope', headers: { 'x-request-id': 'trace-123' } })
  t.equal(given.headers['x-request-id'], 'trace-123')
})

t.test('a body in a media type the route does not take, or none, is a 415 problem where the route names its media types (it reached the handler: a 500)', async (t) => {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const authorization = `Bearer ${createKey(apiKeysFile, 'chief', 'admin')}`
  const app = await buildApp({ databasePath: freshDatabase(t).path, apiKeysFile })
  t.after(() => app.close())
  const cases = [
    { url: '/import', type: 'application/json', payload: '{"type":"event"}', takes: 'application/x-ndjson' },
    { url: '/import', type: undefined, payload: undefined, takes: 'application/x-ndjson' },
    { url: '/articles', type: undefined, payload: undefined, takes: 'application/json or text/plain' }
  ]
  for (const { url, type, payload, takes } of cases) {
    const res = await app.inject({ method: 'POST', url, headers: { authorization, ...(type === undefined ? {} : { 'content-type': type }) }, payload })
    const name = `POST ${url} with ${type ?? 'no body'} (it takes ${takes})`
    t.equal(res.statusCode, 415, name)
    t.match(res.headers['content-type'], /^application\/problem\+json/, name)
    t.match(res.json(), { status: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }, name)
  }
})
