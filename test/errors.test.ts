import { connect } from 'node:net'
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

t.test('a known path with a method it does not take is a 405 problem that says which it takes (Allow)', async (t) => {
  const { app } = await build(t)
  const cases: Array<[string, string, string]> = [
    ['DELETE', '/events', 'GET, HEAD, POST'],
    ['PUT', '/events/evt_anything', 'DELETE, GET, HEAD, PATCH'],
    ['POST', '/statements/stm_x?fields=text', 'DELETE, GET, HEAD, PATCH'],
    ['DELETE', '/openapi.json', 'GET, HEAD'],
    ['POST', '/healthz', 'GET, HEAD']
  ]
  for (const [method, url, allow] of cases) {
    const res = await app.inject({ method: method as 'GET', url })
    t.equal(res.statusCode, 405, `${method} ${url}`)
    t.equal(res.headers.allow, allow, `${method} ${url}: Allow`)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 405, code: 'NEWS_METHOD_NOT_ALLOWED', detail: new RegExp(`takes ${allow}`) }, `${method} ${url}`)
  }
  // A path no route has stays a 404, whatever the method.
  t.equal((await app.inject({ method: 'PUT', url: '/no/such/route' })).statusCode, 404)
})

t.test('every answer carries a request id, echoing the one a client sends', async (t) => {
  const { app } = await build(t)
  const own = await app.inject('/healthz')
  t.match(own.headers['x-request-id'], /^[0-9a-f-]{36}$/)
  const given = await app.inject({ url: '/events/evt_nope', headers: { 'x-request-id': 'trace-123' } })
  t.equal(given.headers['x-request-id'], 'trace-123')
})

t.test('a request the HTTP parser refuses (a 20 KB URL, a malformed request line) is a problem too, not Fastify\'s own JSON', async (t) => {
  const { app } = await build(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as { port: number }
  /** Sends raw bytes and reads the whole answer (the server closes the connection after it). */
  const raw = (request: string) => new Promise<string>((resolve, reject) => {
    let answer = ''
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    socket.on('data', (chunk) => { answer += chunk.toString() })
    socket.on('close', () => resolve(answer))
    socket.on('error', reject)
  })
  const cases: Array<[string, string, number, string]> = [
    ['a 20 KB URL', `GET /events?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'NEWS_HEADERS_TOO_LARGE'],
    ['a malformed request line', 'GET /events HTTP/9.9 nonsense\r\n\r\n', 400, 'NEWS_MALFORMED_REQUEST']
  ]
  for (const [what, request, status, code] of cases) {
    const answer = await raw(request)
    const [head = '', body = ''] = answer.split('\r\n\r\n')
    t.match(head, new RegExp(`^HTTP/1.1 ${status} `), `${what}: ${status}`)
    t.match(head, /\r\nContent-Type: application\/problem\+json\r\n/i, `${what}: problem+json`)
    t.match(JSON.parse(body), { type: 'about:blank', status, code }, `${what}: the problem`)
  }
})

t.test('a bare OPTIONS (no preflight headers) says what the path takes: 204 with Allow, or a 404 problem for no such path', async (t) => {
  const { app } = await build(t)
  const events = await app.inject({ method: 'OPTIONS', url: '/events' })
  t.equal(events.statusCode, 204)
  t.equal(events.headers.allow, 'GET, HEAD, POST, OPTIONS')
  t.equal((await app.inject({ method: 'OPTIONS', url: '/events/evt_x' })).headers.allow, 'DELETE, GET, HEAD, PATCH, OPTIONS')
  const nowhere = await app.inject({ method: 'OPTIONS', url: '/no/such/route' })
  t.equal(nowhere.statusCode, 404)
  t.match(nowhere.headers['content-type'], /^application\/problem\+json/)
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
