import { connect } from 'node:net'
import t from 'tap'
import type { App } from '../src/app.js'
import { build, buildWithKey } from './helper.js'

// HTTP semantics as caches, proxies and generic clients see them (issue 15's list, one test or
// more per finding): 304s, ETags per content coding, 431, 405 with Allow, bare OPTIONS, query
// strings that are not UTF-8, JSON with a key given twice, DELETE with a JSON type and no body,
// and Accept on /export.

// Ten apps, seven on seeded databases, two listening: more than tap's 30 s on a busy machine.
t.setTimeout(120_000)

const PROBLEM = /^application\/problem\+json/

/** The app listening on a free loopback port, for what only a real socket shows. */
async function listening (app: App): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' })
  return (app.server.address() as { port: number }).port
}

/** A writer: requests with the key, a body sent as the text given. */
async function writer (t: Parameters<typeof buildWithKey>[0]) {
  const { app, key } = await buildWithKey(t)
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload: string | undefined, type: string) =>
    app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}`, 'content-type': type } })
  return { app, send }
}

t.test('seed data: a 304 carries no Content-Length (RFC 9110 §8.6: 0 is not the representation\'s length)', async (t) => {
  const { app } = await build(t, { seed: true })
  const answers: Array<[string, Record<string, string>]> = [
    ['/events', {}],
    ['/events?format=csv', {}],
    ['/statements/stm_af1a277ce4d4aaad-01', {}],
    ['/articles/art_af1a277ce4d4aaad', { 'accept-encoding': 'gzip' }],
    ['/openapi.json', {}]
  ]
  for (const [url, headers] of answers) {
    const first = await app.inject({ url, headers })
    const revalidated = await app.inject({ url, headers: { ...headers, 'if-none-match': first.headers.etag as string } })
    t.equal(revalidated.statusCode, 304, url)
    t.equal(revalidated.body, '', `${url}: no body`)
    t.notOk('content-length' in revalidated.headers, `${url}: no Content-Length`)
  }

  // As a client on the network sees it, after Node's HTTP layer.
  const port = await listening(app)
  const url = `http://127.0.0.1:${port}/events`
  const { headers } = await fetch(url)
  const revalidated = await fetch(url, { headers: { 'if-none-match': headers.get('etag') ?? '' } })
  t.equal(revalidated.status, 304)
  t.equal(revalidated.headers.get('content-length'), null, 'over a socket too')
})

t.test('seed data: gzip, br and identity answers have ETags of their own, and each revalidates the same data', async (t) => {
  const { app } = await build(t, { seed: true })
  const url = '/statements?limit=5'
  const tags = new Map<string, string>()
  for (const encoding of ['gzip', 'br', 'identity']) {
    const res = await app.inject({ url, headers: { 'accept-encoding': encoding } })
    t.equal(res.headers['content-encoding'], encoding === 'identity' ? undefined : encoding, `${encoding}: coded as asked`)
    t.match(res.headers.etag, /^"[^"]+"$/, `${encoding}: strong`)
    tags.set(encoding, res.headers.etag as string)
  }
  t.equal(new Set(tags.values()).size, 3, `three strong ETags: ${[...tags.values()].join(' ')}`)
  t.match(tags.get('gzip'), /^"[^"]+-gzip"$/)
  t.match(tags.get('br'), /^"[^"]+-br"$/)
  for (const [encoding, etag] of tags) {
    const again = await app.inject({ url, headers: { 'accept-encoding': encoding, 'if-none-match': etag } })
    t.equal(again.statusCode, 304, `${encoding}: its own tag revalidates`)
    t.equal(again.headers.etag, etag, `${encoding}: the 304 names the tag held`)
  }
  // A cache holding one coding may ask with another: the data is the same, so a 304 for the tag it holds.
  const across = await app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': `"other", ${tags.get('gzip')}` } })
  t.equal(across.statusCode, 304, 'the gzip tag revalidates a br request')
  t.equal(across.headers.etag, tags.get('gzip'))
  const identity = await app.inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': tags.get('identity')! } })
  t.equal(identity.statusCode, 304, 'the identity tag revalidates a gzip request')
  t.equal((await app.inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': '"other-gzip"' } })).statusCode, 200,
    'a tag of other data does not')
})

t.test('seed data: a record\'s version works in If-Match whatever coding it came with', async (t) => {
  const { app, key } = await buildWithKey(t)
  const url = '/articles/art_af1a277ce4d4aaad' // big enough to be compressed
  const record = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
  t.equal(record.headers['content-encoding'], 'gzip')
  const version = record.headers.etag as string
  t.match(version, /-gzip"$/)
  const patch = (ifMatch: string) => app.inject({
    method: 'PATCH',
    url,
    payload: JSON.stringify({ title: `changed ${ifMatch}` }),
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/merge-patch+json', 'if-match': ifMatch }
  })
  t.equal((await patch(version)).statusCode, 200, 'the gzip answer\'s tag matches the current version')
  t.equal((await patch(version)).statusCode, 412, 'and no longer once the record changed')
})

t.test('a request the HTTP parser refuses (a URL over 16 KiB, a malformed request line) is a problem too, not Fastify\'s own JSON', async (t) => {
  const { app } = await build(t)
  const port = await listening(app)
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
    t.match(res.headers['content-type'], PROBLEM)
    t.match(res.json(), { status: 405, code: 'NEWS_METHOD_NOT_ALLOWED', detail: new RegExp(`takes ${allow}`) }, `${method} ${url}`)
  }
  // A path no route has stays a 404, whatever the method.
  t.equal((await app.inject({ method: 'PUT', url: '/no/such/route' })).statusCode, 404)
})

t.test('a bare OPTIONS (no preflight headers) says what the path takes: 204 with Allow, or a 404 problem for no such path', async (t) => {
  const { app } = await build(t)
  const events = await app.inject({ method: 'OPTIONS', url: '/events' })
  t.equal(events.statusCode, 204)
  t.equal(events.headers.allow, 'GET, HEAD, POST, OPTIONS')
  t.equal((await app.inject({ method: 'OPTIONS', url: '/events/evt_x' })).headers.allow, 'DELETE, GET, HEAD, PATCH, OPTIONS')
  const nowhere = await app.inject({ method: 'OPTIONS', url: '/no/such/route' })
  t.equal(nowhere.statusCode, 404)
  t.match(nowhere.headers['content-type'], PROBLEM)
})

t.test('seed data: a query parameter whose escapes are not UTF-8 is a 400 problem naming it, on every route that takes a query string', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string]> = [
    ['/statements?q=%C3%28', 'q'],
    ['/statements?speaker=%C3%28', 'speaker'],
    ['/events?limit=5&type=%FF', 'type'],
    ['/events?limit=5&type=%ED%A0%80', 'type'], // an encoded surrogate
    ['/statements?%C3%28=x', '%C3%28'], // the name itself: named as sent
    ['/participants?limit=5&q=%C0%AF', 'q'] // an overlong encoding
  ]
  for (const [url, name] of cases) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], PROBLEM, url)
    t.match(res.json(), {
      status: 400,
      code: 'NEWS_INVALID_PARAMETER',
      detail: `querystring parameter '${name}' is not valid UTF-8`,
      errors: [{ in: 'querystring', name, reason: 'is not valid UTF-8' }]
    }, url)
  }

  // UTF-8 escapes, + for a space and a lone % read as before.
  const kim = await app.inject('/statements?speaker=Kim+Jong%20Un&limit=1')
  t.equal(kim.statusCode, 200)
  t.equal(kim.json().data[0].speaker.name, 'Kim Jong Un')
  const treaty = await app.inject('/search?q=trait%C3%A9')
  t.equal(treaty.statusCode, 200)
  t.same(treaty.json(), (await app.inject('/search?q=traité')).json(), 'an escaped é is an é')
  t.equal((await app.inject('/statements?q=100%')).statusCode, 200, 'a lone % is a % (as URLSearchParams reads it)')
  // A route that takes no query string (a probe) ignores it, as it ignores any parameter.
  t.equal((await app.inject('/healthz?probe=%C3%28')).statusCode, 200)
})

t.test('seed data: a JSON body that gives a key twice is a 400 problem naming it, as JSON or as a merge patch; nothing is written', async (t) => {
  const { app, send } = await writer(t)
  const url = '/participants/par_moscow'
  const before = (await app.inject(url)).json()
  const participants = async () => (await app.inject('/participants?limit=100')).json().data.length
  const count = await participants()
  const cases: Array<['POST' | 'PATCH', string, string, string, string]> = [
    ['POST', '/participants', 'application/json', '{"kind":"person","name":"a","name":"b"}', 'name'],
    ['PATCH', url, 'application/merge-patch+json', '{"name":"a","name":"b"}', 'name'],
    ['PATCH', url, 'application/json; charset=utf-8', '{"name":"a", "name" : "b"}', 'name'],
    ['PATCH', url, 'application/json', '{"name":"a","\\u006eame":"b"}', 'name'], // the same key, escaped
    ['PATCH', url, 'application/merge-patch+json', '{"aliases":[{"name":"x","language":"en","language":"fr"}]}', 'aliases.0.language'],
    ['POST', '/events', 'application/json', '{"title":"t","type":"meeting","startDate":"2024","location":{"name":"a","name":"b"}}', 'location.name']
  ]
  for (const [method, path, type, body, name] of cases) {
    const res = await send(method, path, body, type)
    t.equal(res.statusCode, 400, `${method} ${type} ${body}`)
    t.match(res.headers['content-type'], PROBLEM)
    t.match(res.json(), {
      status: 400,
      code: 'NEWS_INVALID_PARAMETER',
      detail: new RegExp(`'${name.replaceAll('.', '\\.')}' is given more than once`),
      errors: [{ in: 'body', name }]
    }, body)
  }
  t.same((await app.inject(url)).json(), before, 'the record is as it was')
  t.equal(await participants(), count, 'nothing was created')

  // The same key in different objects is no duplicate; Fastify's other protections still hold.
  const links = '{"title":"Talks","type":"meeting","startDate":"2024","participants":[{"id":"par_moscow","role":"host"},{"id":"par_russia","role":"guest"}]}'
  t.equal((await send('POST', '/events', links, 'application/json')).statusCode, 201, 'a key repeated across objects')
  const poisoned = await send('PATCH', url, '{"__proto__":{"admin":true}}', 'application/merge-patch+json')
  t.equal(poisoned.statusCode, 400, 'prototype poisoning is refused')
  t.match(poisoned.json(), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' })
  t.equal((await send('PATCH', url, '{"name":', 'application/json')).statusCode, 400, 'broken JSON')
  const deep = await send('PATCH', url, `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'application/json')
  t.match(deep.json(), { status: 400, errors: [{ in: 'body', name: 'name' }] }, 'any depth JSON.parse takes is checked, then validated')
})

t.test('seed data: a DELETE sent with Content-Type: application/json and no body deletes (many clients send that header on every request)', async (t) => {
  const { app, send } = await writer(t)
  const res = await send('DELETE', '/participants/par_moscow', undefined, 'application/json')
  t.equal(res.statusCode, 204, res.body)
  t.equal((await app.inject('/participants/par_moscow')).statusCode, 404)
  // A POST or a merge patch with that header and no body is still refused: it needs one.
  for (const [method, url, type] of [['POST', '/participants', 'application/json'], ['PATCH', '/participants/par_russia', 'application/merge-patch+json']] as const) {
    const refused = await send(method, url, undefined, type)
    t.equal(refused.statusCode, 400, `${method} ${type}`)
    t.match(refused.headers['content-type'], PROBLEM)
    t.match(refused.json(), { code: 'FST_ERR_CTP_EMPTY_JSON_BODY' })
  }
})

t.test('seed data: /export answers NDJSON only: Accept decides between it and a 406', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const accept of ['application/x-ndjson', '*/*', 'application/*, text/csv;q=0.5']) {
    const res = await app.inject({ url: '/export', headers: { accept } })
    t.equal(res.statusCode, 200, accept)
    t.match(res.headers['content-type'], /^application\/x-ndjson/, accept)
  }
  for (const accept of ['text/csv', 'application/json']) {
    const refused = await app.inject({ url: '/export', headers: { accept } })
    t.equal(refused.statusCode, 406, accept)
    t.match(refused.headers['content-type'], PROBLEM)
    t.match(refused.json(), { status: 406, code: 'NEWS_NOT_ACCEPTABLE', detail: /application\/x-ndjson/ })
  }
})
