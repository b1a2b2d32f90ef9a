import { join } from 'node:path'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { build, buildWithKey, freshDatabase, tempDir } from './helper.js'

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

t.test('seed data: text with a NUL (U+0000), which PostgreSQL cannot hold, is a 400 naming the field on every engine, wherever it is sent', async (t) => {
  const { app, key } = await buildWithKey(t)
  const headers = { authorization: `Bearer ${key}` }
  const cases: Array<[string, string, object | undefined, { in: string, name: string }]> = [
    ['GET', '/articles/a%00b', undefined, { in: 'params', name: 'id' }],
    ['DELETE', '/participants/a%00b', undefined, { in: 'params', name: 'id' }],
    ['POST', '/articles/a%00b/extract', undefined, { in: 'params', name: 'id' }],
    ['GET', '/statements?speaker=par_vladimir-putin&speaker=x%00', undefined, { in: 'querystring', name: 'speaker' }],
    ['GET', '/events?q=a%00', undefined, { in: 'querystring', name: 'q' }],
    ['POST', '/participants', { kind: 'person', name: 'Ana', aliases: [{ name: 'A\u0000', language: 'fr' }] }, { in: 'body', name: 'aliases.0.name' }],
    ['PATCH', '/participants/par_vladimir-putin', { description: '\u0000' }, { in: 'body', name: 'description' }]
  ]
  for (const [method, url, body, field] of cases) {
    const res = await app.inject({
      method: method as 'GET',
      url,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) })
    })
    t.equal(res.statusCode, 400, `${method} ${url}`)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ ...field, reason: 'must not contain the character U+0000 (NUL)' }] }, `${method} ${url}`)
  }
  t.equal((await app.inject('/participants/par_vladimir-putin')).json().description === '\u0000', false, 'nothing was written')
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
