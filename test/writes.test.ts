import { join } from 'node:path'
import type { HTTPMethods, LightMyRequestResponse } from 'fastify'
import t from 'tap'
import { buildApp, type App } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { freshStorage, TEST_APP_DEFAULTS, getJson, tempDir, type TestContext } from './helper.js'
import { countRows, type TestStore } from './store.js'

// POST, PATCH (JSON Merge Patch) and DELETE on events, participants, statements and articles:
// answers, versions (ETag, If-Match), retries (Idempotency-Key), referential rules and validation.
// Every test runs on its own seeded database, through HTTP.

t.setTimeout(180_000)

const ARTICLE = 'art_af1a277ce4d4aaad'
const STRONG_ETAG = /^"[^"]+"$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Send = (method: HTTPMethods, url: string, body?: unknown, headers?: Record<string, string>) => Promise<LightMyRequestResponse>

/** The app on a new seeded database, and a way to send requests with each of two write keys. */
async function buildWithKeys (t: TestContext) {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const editorKey = createKey(apiKeysFile, 'editor', 'write')
  const chiefKey = createKey(apiKeysFile, 'chief', 'admin')
  const { store, settings } = await freshStorage(t, { seed: true })
  const app = await buildApp({ ...settings, apiKeysFile, ...TEST_APP_DEFAULTS })
  t.after(() => app.close())
  const sender = (key: string): Send => (method, url, body, headers = {}) => app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) })
  })
  return { app, store, send: sender(editorKey), sendAsChief: sender(chiefKey) }
}

const LINK_TABLES = ['event_participants', 'event_articles', 'participant_aliases', 'statement_mentions']
const TABLES = ['events', 'participants', 'statements', 'articles', 'tombstones', 'idempotency_keys', ...LINK_TABLES]

/**
 * Every row of the given tables, in a stable order: what a refused write must leave exactly as it
 * was. Rows are sorted by their JSON, since PostgreSQL has no rowid to order by.
 */
const dump = async (store: TestStore, tables = TABLES) => Object.fromEntries(await Promise.all(tables.map(async (table) =>
  [table, (await store.query(`select * from ${table}`)).map((row) => JSON.stringify(row)).sort()])))

const tombstones = async (app: App) => (await getJson(app, '/deleted?limit=100')).body.data.map((d: any) => `${d.type} ${d.id}`)

// What each entity needs for the tests that apply to all four.
interface Entity {
  path: string
  type: string
  prefix: string
  /** A valid POST body, without id, that sets `optional` and `array.field`. */
  create: Record<string, unknown>
  /** An id a client may choose. */
  id: string
  /** Two different changes, each a merge patch of plain fields that come back as sent. */
  changes: [Record<string, unknown>, Record<string, unknown>]
  required: string
  optional: string
  /** A list field, two values for it, and how to read it back from the record. */
  array: { field: string, values: [unknown[], unknown[]], read: (record: any) => unknown }
}

const ENTITIES: Entity[] = [
  {
    path: '/events',
    type: 'event',
    prefix: 'evt',
    create: {
      title: 'Putin arrives in Hanoi',
      summary: 'Putin flew on from Pyongyang to Hanoi.',
      type: 'state-visit',
      startDate: '2024-06-20',
      location: { name: 'Hanoi', countryCode: 'VN' },
      articles: [ARTICLE],
      participants: [{ id: 'par_vladimir-putin', role: 'guest' }],
      enrichedFields: ['startDate']
    },
    id: 'evt_putin-in-hanoi-2024',
    changes: [{ title: 'Putin lands in Hanoi' }, { type: 'welcome', startDate: '2024-06-19' }],
    required: 'title',
    optional: 'summary',
    array: { field: 'enrichedFields', values: [['location'], ['startDate', 'summary']], read: (r) => r.enrichedFields }
  },
  {
    path: '/participants',
    type: 'participant',
    prefix: 'par',
    create: {
      kind: 'person',
      name: 'Sergei Lavrov',
      description: 'Minister of Foreign Affairs of Russia',
      countryCode: 'RU',
      wikidataId: 'Q156258',
      aliases: [{ name: 'Sergueï Lavrov', language: 'fr' }]
    },
    id: 'par_sergei-lavrov',
    changes: [{ name: 'Sergey Lavrov' }, { kind: 'organization', countryCode: 'KP' }],
    required: 'name',
    optional: 'description',
    array: {
      field: 'aliases',
      values: [[{ name: 'Lavrov', language: 'en' }], [{ name: 'M. Lavrov', language: 'fr' }, { name: 'le ministre', language: 'fr' }]],
      read: (r) => r.aliases
    }
  },
  {
    path: '/statements',
    type: 'statement',
    prefix: 'stm',
    create: {
      eventId: 'evt_putin-press-statement-2024',
      speakerId: 'par_vladimir-putin',
      text: 'document véritablement révolutionnaire',
      kind: 'partial',
      cue: 'a qualifié',
      source: { article: ARTICLE, start: 411, end: 449 },
      mentions: ['par_russia']
    },
    id: 'stm_revolutionary-document',
    changes: [{ kind: 'direct' }, { audience: 'à la presse', language: 'fr-FR' }],
    required: 'kind',
    optional: 'cue',
    array: { field: 'mentions', values: [['par_north-korea'], ['par_russia', 'par_ukraine']], read: (r) => r.mentions.map((m: any) => m.id) }
  },
  {
    path: '/articles',
    type: 'article',
    prefix: 'art',
    create: {
      title: 'Putin arrives in Hanoi',
      publisher: 'Example Wire',
      language: 'en',
      published: '2024-06-20',
      url: 'https://example.com/hanoi',
      body: '"We will deepen our partnership," President Putin said on arrival in Hanoi.',
      enrichedFields: ['title']
    },
    id: 'art_putin-in-hanoi',
    changes: [{ title: 'Putin lands in Hanoi' }, { url: 'https://example.com/hanoi-2', published: '2024-06' }],
    required: 'title',
    optional: 'publisher',
    array: { field: 'enrichedFields', values: [['url'], ['published', 'title']], read: (r) => r.enrichedFields }
  }
]

for (const entity of ENTITIES) {
  const { path } = entity
  /** POSTs the entity with its client-chosen id and answers the record and its ETag. */
  const created = async (send: Send) => {
    const res = await send('POST', path, { ...entity.create, id: entity.id })
    if (res.statusCode !== 201) throw new Error(`POST ${path}: ${res.statusCode} ${res.body}`)
    return { record: res.json(), etag: res.headers.etag as string, url: `${path}/${entity.id}` }
  }

  t.test(`POST ${path} is a 201 with Location and ETag, answering the record GET then returns, by the key's name`, async (t) => {
    const { app, send } = await buildWithKeys(t)
    const res = await send('POST', path, entity.create)
    t.equal(res.statusCode, 201, res.body)
    const body = res.json()
    t.match(body.id, new RegExp(`^${entity.prefix}_`))
    t.equal(res.headers.location, `${path}/${body.id}`)
    t.match(res.headers.etag, STRONG_ETAG)
    t.equal(body[entity.optional], entity.create[entity.optional])
    t.equal(body.updatedBy, 'editor')
    t.match(body.createdAt, INSTANT)
    t.match(body.updatedAt, INSTANT)
    t.ok(body.updatedAt >= body.createdAt)
    const got = await app.inject(res.headers.location as string)
    t.equal(got.statusCode, 200)
    t.same(got.json(), body)
    t.equal(got.headers.etag, res.headers.etag, 'the ETag of the answer is the ETag GET gives')
  })

  t.test(`POST ${path} honours a client-chosen id, and the same id again is a 409`, async (t) => {
    const { store, send } = await buildWithKeys(t)
    const first = await send('POST', path, { ...entity.create, id: entity.id })
    t.equal(first.statusCode, 201, first.body)
    t.equal(first.json().id, entity.id)
    t.equal(first.headers.location, `${path}/${entity.id}`)
    const before = await dump(store)
    const again = await send('POST', path, { ...entity.create, id: entity.id })
    t.equal(again.statusCode, 409)
    t.match(again.json(), { code: 'NEWS_CONFLICT', detail: new RegExp(`'${entity.id}' already exists`) })
    t.same(await dump(store), before)
  })

  t.test(`PATCH ${path} as merge-patch+json or as JSON changes only what is sent; createdAt stays, updatedAt moves`, async (t) => {
    const { app, send } = await buildWithKeys(t)
    const { record, url } = await created(send)
    let before = record
    for (const [i, contentType] of ['application/merge-patch+json', 'application/json'].entries()) {
      const change = entity.changes[i]!
      await sleep(5)
      const res = await send('PATCH', url, change, { 'content-type': contentType })
      t.equal(res.statusCode, 200, `${contentType}: ${res.body}`)
      const after = res.json()
      t.same(after, { ...before, ...change, updatedAt: after.updatedAt }, `${contentType}: only ${Object.keys(change).join(', ')} changed`)
      t.equal(after.createdAt, record.createdAt)
      t.ok(after.updatedAt > before.updatedAt, `${contentType}: updatedAt moved`)
      t.same((await getJson(app, url)).body, after, 'GET returns the changed record')
      before = after
    }
  })

  t.test(`PATCH ${path} with null removes an optional field: it becomes null`, async (t) => {
    const { app, send } = await buildWithKeys(t)
    const { url } = await created(send)
    const res = await send('PATCH', url, { [entity.optional]: null }, { 'content-type': 'application/merge-patch+json' })
    t.equal(res.statusCode, 200, res.body)
    t.equal(res.json()[entity.optional], null, `${entity.optional} is null, not ${JSON.stringify(res.json()[entity.optional])}`)
    t.equal((await getJson(app, url)).body[entity.optional], null)
  })

  t.test(`PATCH ${path} replaces an array whole`, async (t) => {
    const { send } = await buildWithKeys(t)
    const { url } = await created(send)
    for (const value of entity.array.values) {
      const res = await send('PATCH', url, { [entity.array.field]: value })
      t.equal(res.statusCode, 200, res.body)
      t.same(entity.array.read(res.json()), value, `${entity.array.field} is exactly ${JSON.stringify(value)}`)
    }
  })

  t.test(`PATCH ${path} refuses a removed required field (422), an unknown field (400), XML (415) and an unknown id (404), changing nothing`, async (t) => {
    const { app, store, send } = await buildWithKeys(t)
    const { record, url } = await created(send)
    const before = await dump(store)

    const removed = await send('PATCH', url, { [entity.required]: null })
    t.equal(removed.statusCode, 422)
    t.match(removed.headers['content-type'], /^application\/problem\+json/)
    t.match(removed.json(), { code: 'NEWS_UNPROCESSABLE', errors: [{ in: 'body', name: entity.required, reason: /required/ }] })

    const unknown = await send('PATCH', url, { colour: 'red' })
    t.equal(unknown.statusCode, 400)
    t.match(unknown.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'body', name: 'colour' }] })

    const xml = await send('PATCH', url, '<title>x</title>', { 'content-type': 'text/xml' })
    t.equal(xml.statusCode, 415)
    t.match(xml.headers['content-type'], /^application\/problem\+json/)

    for (const method of ['PATCH', 'DELETE'] as const) {
      const missing = await send(method, `${path}/${entity.prefix}_nothing-here`, method === 'PATCH' ? entity.changes[0] : undefined)
      t.equal(missing.statusCode, 404, `${method} of an unknown id`)
      t.match(missing.json(), { code: `NEWS_${entity.type.toUpperCase()}_NOT_FOUND` })
    }

    t.same(await dump(store), before, 'nothing was written')
    t.same((await getJson(app, url)).body, record)
  })

  t.test(`PATCH ${path} honours If-Match: the current ETag (from POST or GET) or * pass, a stale one is a 412 that changes nothing`, async (t) => {
    const { app, send } = await buildWithKeys(t)
    const { etag: fromPost, url } = await created(send)

    const first = await send('PATCH', url, entity.changes[0], { 'if-match': fromPost })
    t.equal(first.statusCode, 200, `If-Match with the ETag of the POST answer: ${first.body}`)
    t.match(first.headers.etag, STRONG_ETAG)
    t.not(first.headers.etag, fromPost, 'a new version has a new ETag')
    const read = await app.inject(url)
    t.equal(read.headers.etag, first.headers.etag, 'the PATCH answer carries the ETag GET gives')

    const stale = await send('PATCH', url, entity.changes[1], { 'if-match': fromPost })
    t.equal(stale.statusCode, 412)
    t.match(stale.json(), { code: 'NEWS_PRECONDITION_FAILED' })
    t.same((await getJson(app, url)).body, read.json(), 'the stale change was not made')

    const fromGet = await send('PATCH', url, entity.changes[1], { 'if-match': read.headers.etag as string })
    t.equal(fromGet.statusCode, 200, 'If-Match with the ETag of a GET')
    t.not(fromGet.headers.etag, read.headers.etag)

    const any = await send('PATCH', url, entity.changes[0], { 'if-match': '*' })
    t.equal(any.statusCode, 200, 'If-Match: *')
  })

  t.test(`DELETE ${path}/{id}: a stale If-Match is a 412; then 204, GET 404 and a tombstone at /deleted`, async (t) => {
    const { app, send } = await buildWithKeys(t)
    const { etag, url } = await created(send)
    await send('PATCH', url, entity.changes[0])

    const stale = await send('DELETE', url, undefined, { 'if-match': etag })
    t.equal(stale.statusCode, 412)
    t.equal((await app.inject(url)).statusCode, 200, 'still there')

    const current = (await app.inject(url)).headers.etag as string
    const res = await send('DELETE', url, undefined, { 'if-match': current })
    t.equal(res.statusCode, 204)
    t.equal(res.body, '')
    t.equal((await app.inject(url)).statusCode, 404)
    t.ok((await tombstones(app)).includes(`${entity.type} ${entity.id}`), 'tombstone listed')

    const again = await send('POST', path, { ...entity.create, id: entity.id })
    t.equal(again.statusCode, 201, 'the id can be used again')
    t.notOk((await tombstones(app)).includes(`${entity.type} ${entity.id}`), 'its tombstone went')
  })
}

// Referential rules, on the seed data: 9 statements (Putin 01-04 and 09, Kim 05-08) in 8 events
// (a state visit and its 7 sub-events), all from one article.

const statementIds = async (app: App) => (await getJson(app, '/statements?limit=100&fields=id')).body.data.map((s: any) => s.id)
const eventIds = async (app: App) => (await getJson(app, '/events?limit=100&fields=id')).body.data.map((e: any) => e.id)
const stm = (n: number) => `stm_af1a277ce4d4aaad-0${n}`

t.test('seed data: deleting a participant who spoke is a 409 unless cascade=true, which deletes their statements too', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const refused = await send('DELETE', '/participants/par_kim-jong-un')
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { code: 'NEWS_CONFLICT', detail: /speaker of 4 statement/ })
  t.equal((await statementIds(app)).length, 9)
  t.equal((await app.inject('/participants/par_kim-jong-un')).statusCode, 200)

  t.equal((await send('DELETE', '/participants/par_kim-jong-un?cascade=true')).statusCode, 204)
  t.equal((await app.inject('/participants/par_kim-jong-un')).statusCode, 404)
  t.same(await statementIds(app), [1, 2, 3, 4, 9].map(stm), "only Kim's statements went")
  const gone = await tombstones(app)
  for (const id of ['participant par_kim-jong-un', ...[5, 6, 7, 8].map((n) => `statement ${stm(n)}`)]) t.ok(gone.includes(id), `tombstone ${id}`)
})

t.test('seed data: a participant who only took part in events deletes without cascade and leaves those events', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const event = '/events/evt_kim-invited-to-moscow-2024/participants'
  t.ok((await getJson(app, event)).body.data.some((p: any) => p.id === 'par_moscow'))
  t.equal((await send('DELETE', '/participants/par_moscow')).statusCode, 204)
  t.equal((await app.inject('/participants/par_moscow')).statusCode, 404)
  t.same((await getJson(app, event)).body.data.map((p: any) => p.id), ['par_kim-jong-un', 'par_vladimir-putin'])
  t.equal((await eventIds(app)).length, 8, 'the events stay')
})

t.test('seed data: deleting an event with statements is a 409 unless cascade=true, which deletes them too', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const refused = await send('DELETE', '/events/evt_putin-kim-talks-2024')
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { code: 'NEWS_CONFLICT', detail: /0 sub-event\(s\) and 2 statement/ })
  t.equal((await statementIds(app)).length, 9)

  t.equal((await send('DELETE', '/events/evt_putin-kim-talks-2024?cascade=true')).statusCode, 204)
  t.equal((await app.inject('/events/evt_putin-kim-talks-2024')).statusCode, 404)
  t.same(await statementIds(app), [1, 2, 3, 4, 5, 6, 7].map(stm))
  t.equal((await eventIds(app)).length, 7)
})

t.test('deleting an event with sub-events is a 409 unless cascade=true, which removes the whole subtree', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const tree = [
    { id: 'evt_summit', title: 'Summit', type: 'meeting', startDate: '2024-07' },
    { id: 'evt_summit-day-one', title: 'Day one', type: 'meeting', startDate: '2024-07-01', parentId: 'evt_summit' },
    { id: 'evt_summit-dinner', title: 'Dinner', type: 'ceremony', startDate: '2024-07-01', parentId: 'evt_summit-day-one' }
  ]
  for (const event of tree) t.equal((await send('POST', '/events', event)).statusCode, 201)

  const refused = await send('DELETE', '/events/evt_summit')
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { detail: /2 sub-event\(s\) and 0 statement/ })
  t.equal((await eventIds(app)).length, 11)

  t.equal((await send('DELETE', '/events/evt_summit?cascade=true')).statusCode, 204)
  for (const event of tree) t.equal((await app.inject(`/events/${event.id}`)).statusCode, 404, event.id)
  t.equal((await eventIds(app)).length, 8, 'the seed events stay')
})

t.test('seed data: deleting the state visit with cascade=true removes its sub-events and every statement made at them', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const refused = await send('DELETE', '/events/evt_putin-state-visit-north-korea-2024')
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { detail: /7 sub-event\(s\) and 9 statement/ })

  t.equal((await send('DELETE', '/events/evt_putin-state-visit-north-korea-2024?cascade=true')).statusCode, 204)
  t.same(await eventIds(app), [])
  t.same(await statementIds(app), [])
  const gone = await tombstones(app)
  t.equal(gone.filter((g: string) => g.startsWith('event ')).length, 8)
  t.equal(gone.filter((g: string) => g.startsWith('statement ')).length, 9)
  t.equal((await app.inject('/participants/par_vladimir-putin')).statusCode, 200, 'participants stay')
})

t.test('seed data: deleting an article cited by statements is a 409 unless cascade=true, which deletes them too', async (t) => {
  const { app, send } = await buildWithKeys(t)
  const refused = await send('DELETE', `/articles/${ARTICLE}`)
  t.equal(refused.statusCode, 409)
  t.match(refused.json(), { code: 'NEWS_CONFLICT', detail: /source of 9 statement/ })
  t.equal((await app.inject(`/articles/${ARTICLE}`)).statusCode, 200)

  t.equal((await send('DELETE', `/articles/${ARTICLE}?cascade=true`)).statusCode, 204)
  t.equal((await app.inject(`/articles/${ARTICLE}`)).statusCode, 404)
  t.same(await statementIds(app), [])
  const events = (await getJson(app, '/events?limit=100')).body.data
  t.equal(events.length, 8, 'the events stay')
  t.ok(events.every((e: any) => !e.articles.includes(ARTICLE)), 'and no longer name the article')
})

// Validation beyond types: well-formed requests that cannot be done (422, naming the field).

const STATEMENT = {
  eventId: 'evt_putin-press-statement-2024',
  speakerId: 'par_vladimir-putin',
  text: 'document véritablement révolutionnaire',
  kind: 'partial',
  source: { article: ARTICLE, start: 411, end: 449 }
}
const EVENT = { title: 'Talks in Hanoi', type: 'meeting', startDate: '2024-06-20' }

const UNPROCESSABLE: Array<{ what: string, method: HTTPMethods, url: string, body: object, field: string, reason?: RegExp }> = [
  { what: 'a statement by a speaker who does not exist', method: 'POST', url: '/statements', body: { ...STATEMENT, speakerId: 'par_nobody' }, field: 'speakerId' },
  { what: 'a statement at an event that does not exist', method: 'POST', url: '/statements', body: { ...STATEMENT, eventId: 'evt_nothing' }, field: 'eventId' },
  { what: 'a statement mentioning someone who does not exist', method: 'POST', url: '/statements', body: { ...STATEMENT, mentions: ['par_russia', 'par_nobody'] }, field: 'mentions.1' },
  { what: 'a statement from an article that does not exist', method: 'POST', url: '/statements', body: { ...STATEMENT, source: { ...STATEMENT.source, article: 'art_nothing' } }, field: 'source.article' },
  { what: 'a statement that ends before it starts', method: 'POST', url: '/statements', body: { ...STATEMENT, source: { article: ARTICLE, start: 449, end: 411 } }, field: 'source.end' },
  { what: 'a statement changed to a speaker who does not exist', method: 'PATCH', url: `/statements/${stm(3)}`, body: { speakerId: 'par_nobody' }, field: 'speakerId' },
  { what: 'a statement text changed away from its slice', method: 'PATCH', url: `/statements/${stm(3)}`, body: { text: 'document révolutionnaire' }, field: 'text' },
  { what: 'an event that ends before it starts', method: 'POST', url: '/events', body: { ...EVENT, startDate: '2024-06-19', endDate: '2024-06-18' }, field: 'endDate', reason: /before startDate/ },
  { what: 'an event changed to end before it starts', method: 'PATCH', url: '/events/evt_putin-kim-talks-2024', body: { endDate: '2024-05' }, field: 'endDate' },
  { what: 'an event made its own parent', method: 'PATCH', url: '/events/evt_putin-kim-talks-2024', body: { parentId: 'evt_putin-kim-talks-2024' }, field: 'parentId' },
  { what: 'an event made its own ancestor', method: 'PATCH', url: '/events/evt_putin-state-visit-north-korea-2024', body: { parentId: 'evt_putin-kim-talks-2024' }, field: 'parentId', reason: /own ancestor/ },
  { what: 'an event under a parent that does not exist', method: 'POST', url: '/events', body: { ...EVENT, parentId: 'evt_nothing' }, field: 'parentId' },
  { what: 'an event with a participant who does not exist', method: 'POST', url: '/events', body: { ...EVENT, participants: [{ id: 'par_nobody', role: 'host' }] }, field: 'participants.0.id' },
  { what: 'an event reported by an article that does not exist', method: 'POST', url: '/events', body: { ...EVENT, articles: ['art_nothing'] }, field: 'articles.0' },
  {
    what: 'a participant with the same alias twice in one language',
    method: 'POST',
    url: '/participants',
    body: { kind: 'person', name: 'Sergei Lavrov', aliases: [{ name: 'Lavrov', language: 'en' }, { name: 'Lavrov', language: 'fr' }, { name: 'Lavrov', language: 'en' }] },
    field: 'aliases.2',
    reason: /already given in that language/
  },
  { what: 'a participant changed to repeat an alias', method: 'PATCH', url: '/participants/par_russia', body: { aliases: [{ name: 'Russie', language: 'fr' }, { name: 'Russie', language: 'fr' }] }, field: 'aliases.1' }
]

t.test('writes that reference nothing or contradict themselves are 422 problems naming the field, and write nothing', async (t) => {
  const { store, send } = await buildWithKeys(t)
  for (const { what, method, url, body, field, reason } of UNPROCESSABLE) {
    const before = await dump(store)
    const res = await send(method, url, body)
    t.equal(res.statusCode, 422, what)
    t.match(res.headers['content-type'], /^application\/problem\+json/, what)
    const errors: Array<{ name: string, reason: string }> = res.json().errors ?? []
    const error = errors.find((e) => e.name === field)
    t.ok(error, `${what}: errors name ${field} (${JSON.stringify(errors)})`)
    if (reason !== undefined) t.match(error?.reason, reason, what)
    t.same(await dump(store), before, `${what}: nothing written`)
  }
})

t.test('a statement text that is not its slice of the article is a 422 saying where it differs and where the text is', async (t) => {
  const { send } = await buildWithKeys(t)
  const res = await send('POST', '/statements', { ...STATEMENT, source: { article: ARTICLE, start: 412, end: 450 } })
  t.equal(res.statusCode, 422)
  const [error] = res.json().errors
  t.equal(error.name, 'text')
  t.match(error.reason, /differs from the article at character 412/)
  t.match(error.reason, /the text occurs at start 411, end 449/)

  const nowhere = await send('POST', '/statements', { ...STATEMENT, text: 'document totalement inventé' })
  t.equal(nowhere.statusCode, 422)
  t.match(nowhere.json().errors[0].reason, /differs from the article at character 420.*does not occur in the article/)
})

const CONFLICTS: Array<{ what: string, method: HTTPMethods, url: string, body: object, detail: RegExp }> = [
  { what: 'a new participant with a Wikidata id already used', method: 'POST', url: '/participants', body: { kind: 'person', name: 'V. Putin', wikidataId: 'Q7747' }, detail: /Q7747 is already 'par_vladimir-putin'/ },
  { what: 'a participant changed to a Wikidata id already used', method: 'PATCH', url: '/participants/par_russia', body: { wikidataId: 'Q7747' }, detail: /Q7747 is already 'par_vladimir-putin'/ },
  { what: 'the body of an article cited by statements', method: 'PATCH', url: `/articles/${ARTICLE}`, body: { body: 'Rewritten.' }, detail: /cited by 9 statement/ }
]

t.test('a Wikidata id already used, or a new body for a cited article, is a 409 that writes nothing', async (t) => {
  const { store, send } = await buildWithKeys(t)
  for (const { what, method, url, body, detail } of CONFLICTS) {
    const before = await dump(store)
    const res = await send(method, url, body)
    t.equal(res.statusCode, 409, what)
    t.match(res.json(), { code: 'NEWS_CONFLICT', detail }, what)
    t.same(await dump(store), before, `${what}: nothing written`)
  }
})

t.test('an article no statement cites can have its body changed', async (t) => {
  const { send } = await buildWithKeys(t)
  const { id } = (await send('POST', '/articles', ENTITIES[3]!.create)).json()
  const res = await send('PATCH', `/articles/${id}`, { body: 'Putin landed in Hanoi.' })
  t.equal(res.statusCode, 200)
  t.equal(res.json().body, 'Putin landed in Hanoi.')
})

// Idempotency-Key: a retried POST gets the first answer and creates nothing.

const LAVROV = { kind: 'person', name: 'Sergei Lavrov' }

t.test('the same POST twice with one Idempotency-Key gets the same answer, marked replayed, and creates one row', async (t) => {
  const { store, send } = await buildWithKeys(t)
  const before = await countRows(store, 'participants')
  const first = await send('POST', '/participants', LAVROV, { 'idempotency-key': 'retry-1' })
  const second = await send('POST', '/participants', LAVROV, { 'idempotency-key': 'retry-1' })
  t.equal(first.statusCode, 201)
  t.equal(first.headers['idempotent-replayed'], undefined, 'the first answer is not a replay')
  t.equal(second.statusCode, first.statusCode)
  t.equal(second.headers['idempotent-replayed'], 'true')
  t.same(second.json(), first.json())
  t.equal(second.headers.location, first.headers.location)
  t.equal(second.headers.etag, first.headers.etag, 'the replay carries the ETag of the first answer')
  t.equal(await countRows(store, 'participants'), before + 1)
})

t.test('an Idempotency-Key used again for a different body is a 422 naming the header, and creates nothing', async (t) => {
  const { store, send } = await buildWithKeys(t)
  await send('POST', '/participants', LAVROV, { 'idempotency-key': 'retry-1' })
  const before = await dump(store)
  const res = await send('POST', '/participants', { ...LAVROV, name: 'Someone else' }, { 'idempotency-key': 'retry-1' })
  t.equal(res.statusCode, 422)
  t.match(res.json(), { code: 'NEWS_UNPROCESSABLE', errors: [{ in: 'headers', name: 'Idempotency-Key' }] })
  t.same(await dump(store), before)
})

t.test('different Idempotency-Keys are different requests: two rows', async (t) => {
  const { store, send } = await buildWithKeys(t)
  const before = await countRows(store, 'participants')
  const first = await send('POST', '/participants', LAVROV, { 'idempotency-key': 'one' })
  const second = await send('POST', '/participants', LAVROV, { 'idempotency-key': 'two' })
  t.equal(second.headers['idempotent-replayed'], undefined)
  t.not(second.json().id, first.json().id)
  t.equal(await countRows(store, 'participants'), before + 2)
})

t.test('Idempotency-Keys belong to one API key: two keys sending the same one create two rows', async (t) => {
  const { store, send, sendAsChief } = await buildWithKeys(t)
  const before = await countRows(store, 'participants')
  const editors = await send('POST', '/participants', LAVROV, { 'idempotency-key': 'shared' })
  const chiefs = await sendAsChief('POST', '/participants', LAVROV, { 'idempotency-key': 'shared' })
  t.equal(chiefs.statusCode, 201)
  t.equal(chiefs.headers['idempotent-replayed'], undefined)
  t.not(chiefs.json().id, editors.json().id)
  t.equal(chiefs.json().updatedBy, 'chief')
  t.equal(await countRows(store, 'participants'), before + 2)
})

t.test('an article POSTed again with the same Idempotency-Key is replayed rather than refused as a duplicate', async (t) => {
  const { store, send } = await buildWithKeys(t)
  const article = ENTITIES[3]!.create
  const first = await send('POST', '/articles', article, { 'idempotency-key': 'article-1' })
  const replay = await send('POST', '/articles', article, { 'idempotency-key': 'article-1' })
  t.equal(replay.statusCode, 201)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.same(replay.json(), first.json())
  t.equal((await send('POST', '/articles', article)).statusCode, 409, 'without the key it is a duplicate')
  t.equal(await countRows(store, 'articles'), 2)
})

// A failed write leaves nothing behind.

t.test('a POST /events naming a missing participant is a 422 that leaves no event and no link rows', async (t) => {
  const { store, send } = await buildWithKeys(t)
  const before = await dump(store)
  const res = await send('POST', '/events', {
    ...EVENT,
    id: 'evt_half-written',
    articles: [ARTICLE],
    participants: [{ id: 'par_vladimir-putin', role: 'guest' }, { id: 'par_nobody', role: 'host' }]
  })
  t.equal(res.statusCode, 422)
  t.match(res.json(), { errors: [{ name: 'participants.1.id' }] })
  t.same(await dump(store), before)
  t.same(await store.query("select id from events where id = 'evt_half-written'"), [])
})

const FAILING_PATCHES: Array<{ what: string, url: string, body: object, headers?: Record<string, string>, status: number }> = [
  {
    what: 'an event whose new participants include one who does not exist',
    url: '/events/evt_putin-kim-talks-2024',
    body: { title: 'Renamed', articles: [], participants: [{ id: 'par_kim-jong-un', role: 'host' }, { id: 'par_nobody', role: 'guest' }] },
    status: 422
  },
  {
    what: 'a participant given new aliases and a Wikidata id already used',
    url: '/participants/par_vladimir-putin',
    body: { name: 'V. Putin', aliases: [{ name: 'VVP', language: 'ru' }], wikidataId: 'Q423' },
    status: 409
  },
  {
    what: 'a statement given new mentions and a speaker who does not exist',
    url: `/statements/${stm(9)}`,
    body: { mentions: ['par_russia'], speakerId: 'par_nobody' },
    status: 422
  },
  {
    what: 'an event changed from a stale read',
    url: '/events/evt_putin-kim-talks-2024',
    body: { participants: [], articles: [] },
    headers: { 'if-match': '"stale"' },
    status: 412
  }
]

t.test('a PATCH that fails leaves the record and its links exactly as they were', async (t) => {
  const { app, store, send } = await buildWithKeys(t)
  for (const { what, url, body, headers, status } of FAILING_PATCHES) {
    const record = (await getJson(app, url)).body
    const links = await dump(store, LINK_TABLES)
    const res = await send('PATCH', url, body, headers)
    t.equal(res.statusCode, status, what)
    t.same((await getJson(app, url)).body, record, `${what}: record unchanged`)
    t.same(await dump(store, LINK_TABLES), links, `${what}: links unchanged`)
  }
})

// `null` in a merge patch removes a value (RFC 7396), whatever its type: it must never be stored as
// an empty string, a zero or a reference to an empty id.

const NULLS: Array<{ what: string, method: HTTPMethods, url: string, setup?: object, body: object, read: (record: any) => unknown }> = [
  { what: 'a participant created with description null', method: 'POST', url: '/participants', body: { ...LAVROV, description: null }, read: (r) => r.description },
  { what: 'an event summary', method: 'PATCH', url: '/events/evt_putin-kim-talks-2024', body: { summary: null }, read: (r) => r.summary },
  { what: 'an event detached from its parent', method: 'PATCH', url: '/events/evt_putin-kim-talks-2024', body: { parentId: null }, read: (r) => r.parentId },
  {
    what: 'the coordinates of an event',
    method: 'PATCH',
    url: '/events/evt_putin-kim-talks-2024',
    setup: { location: { name: 'Pyongyang', latitude: 39.03, longitude: 125.75 } },
    body: { location: { name: 'Pyongyang', latitude: null, longitude: null } },
    read: (r) => [r.location.latitude, r.location.longitude]
  },
  { what: 'the confidence of a statement', method: 'PATCH', url: `/statements/${stm(1)}`, setup: { confidence: 0.5 }, body: { confidence: null }, read: (r) => r.confidence },
  { what: 'the audience of a statement', method: 'PATCH', url: `/statements/${stm(1)}`, body: { audience: null }, read: (r) => r.audience }
]

t.test('null removes a value of any type: never stored as "", 0 or an empty reference', async (t) => {
  const { send } = await buildWithKeys(t)
  for (const { what, method, url, setup, body, read } of NULLS) {
    if (setup !== undefined) t.equal((await send('PATCH', url, setup)).statusCode, 200, `${what}: set up`)
    const res = await send(method, url, body, { 'content-type': 'application/merge-patch+json' })
    t.equal(res.statusCode, method === 'POST' ? 201 : 200, `${what}: ${res.body.slice(0, 200)}`)
    if (res.statusCode >= 300) continue
    const value = read(res.json())
    t.same(value, Array.isArray(value) ? value.map(() => null) : null, `${what}: null, not ${JSON.stringify(value)}`)
  }
})

t.test('a nested object in a merge patch merges member by member (RFC 7396)', async (t) => {
  const { send } = await buildWithKeys(t)
  const event = '/events/evt_putin-kim-talks-2024'
  const coordinates = await send('PATCH', event, { location: { latitude: 39.03, longitude: 125.75 } }, { 'content-type': 'application/merge-patch+json' })
  t.equal(coordinates.statusCode, 200, `location.latitude alone: ${coordinates.body.slice(0, 200)}`)
  if (coordinates.statusCode === 200) t.same(coordinates.json().location, { name: 'Pyongyang', countryCode: 'KP', latitude: 39.03, longitude: 125.75 })

  const country = await send('PATCH', event, { location: { countryCode: null } }, { 'content-type': 'application/merge-patch+json' })
  t.equal(country.statusCode, 200, `location.countryCode: null alone: ${country.body.slice(0, 200)}`)
  if (country.statusCode === 200) t.match(country.json().location, { name: 'Pyongyang', countryCode: null })

  const offsets = await send('PATCH', `/statements/${stm(3)}`, { source: { start: 411, end: 449 } }, { 'content-type': 'application/merge-patch+json' })
  t.equal(offsets.statusCode, 200, `source offsets without source.article: ${offsets.body.slice(0, 200)}`)
})
