import t, { type Test } from 'tap'
import type { App } from '../src/app.js'
import { createArticle, createEvent, createParticipant, createStatement, many } from './factories.js'
import { build, getJson, walk } from './helper.js'
import type { TestStore } from './store.js'

// HTTP caching (ETag, 304, Cache-Control) and mirroring (updatedSince, tombstones at /deleted).
// A 304's headers and the ETags of compressed answers: test/http-semantics.test.ts.

const STRONG_ETAG = /^"[^"]+"$/
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const now = () => new Date().toISOString()
const get = (app: App, url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })

// Every kind of GET data answer: lists, records, sub-lists, timelines, search, tombstones, in several formats.
const DATA_URLS = [
  '/events',
  '/events?format=csv',
  '/events?include=participants,statements',
  '/events/evt_putin-kim-talks-2024',
  '/events/evt_putin-kim-talks-2024?format=jsonld',
  '/events/evt_putin-kim-talks-2024/participants',
  '/events/evt_putin-kim-talks-2024/statements',
  '/events/evt_putin-state-visit-north-korea-2024/timeline',
  '/participants',
  '/participants?format=ndjson',
  '/participants/par_vladimir-putin',
  '/participants/par_vladimir-putin/events',
  '/participants/par_vladimir-putin/statements',
  '/participants/par_vladimir-putin/timeline',
  '/statements',
  '/statements/stm_af1a277ce4d4aaad-01',
  '/statements/stm_af1a277ce4d4aaad-01?fields=cue',
  '/articles',
  '/articles/art_af1a277ce4d4aaad',
  '/search?q=traité',
  '/deleted'
]

/** Changes something in every answer of DATA_URLS, the way another writer would. */
async function reviseEverything (store: TestStore) {
  await store.query("update events set title = title || ' (revised)', updated_at = ?", now())
  await store.query("update participants set name = name || ' (revised)', updated_at = ?", now())
  await store.query("update statements set cue = coalesce(cue, '') || ' (revised)', updated_at = ?", now())
  await store.query("update articles set title = title || ' (revised)', updated_at = ?", now())
  await store.query("delete from statements where id = 'stm_af1a277ce4d4aaad-09'")
}

t.test('seed data: every GET data answer has a strong ETag; If-None-Match gets an empty 304 until the data changes', async (t) => {
  const { app, store } = await build(t, { seed: true })
  const first = new Map<string, string>()
  for (const url of [...DATA_URLS, '/openapi.json']) {
    const res = await get(app, url)
    t.equal(res.statusCode, 200, url)
    const etag = String(res.headers.etag)
    t.match(etag, STRONG_ETAG, `${url}: a strong, quoted ETag`)
    t.notMatch(etag, /^W\//, `${url}: not weak`)
    first.set(url, etag)

    const again = await get(app, url)
    t.equal(again.headers.etag, etag, `${url}: the same answer, the same ETag`)
    const revalidated = await get(app, url, { 'if-none-match': etag })
    t.equal(revalidated.statusCode, 304, `${url}: 304 Not Modified`)
    t.equal(revalidated.body, '', `${url}: 304 has no body`)
    t.equal(revalidated.headers.etag, etag, `${url}: 304 repeats the ETag`)
    const otherTag = await get(app, url, { 'if-none-match': '"something-else"' })
    t.equal(otherTag.statusCode, 200, `${url}: another ETag gets the answer`)
  }

  await reviseEverything(store)
  for (const url of DATA_URLS) {
    const old = first.get(url)!
    const res = await get(app, url, { 'if-none-match': old })
    t.equal(res.statusCode, 200, `${url}: after a change, the old ETag gets the new answer`)
    t.ok(res.body.length > 0, `${url}: with a body`)
    t.match(res.headers.etag, STRONG_ETAG, url)
    t.not(res.headers.etag, old, `${url}: a new ETag`)
  }
  const spec = await get(app, '/openapi.json', { 'if-none-match': first.get('/openapi.json')! })
  t.equal(spec.statusCode, 304, 'the OpenAPI document does not change with the data')
})

t.test('a representation chosen by Accept says Vary: Accept, so caches keep the formats apart', async (t) => {
  const { app, store } = await build(t)
  const event = await createEvent(store)
  for (const url of ['/events', `/events/${event.id}`]) {
    const json = await get(app, url, { accept: 'application/json' })
    const csv = await get(app, url, { accept: 'text/csv' })
    t.not(json.headers.etag, csv.headers.etag, `${url}: each format has its own ETag`)
    for (const res of [json, csv]) t.match(String(res.headers.vary), /\baccept\b/i, `${url} (${String(res.headers['content-type'])}): Vary: Accept`)
  }
})

t.test('Cache-Control: no-cache on data, no-store on probes and errors, public on the OpenAPI document', async (t) => {
  const { app, store } = await build(t)
  const event = await createEvent(store)
  const participant = await createParticipant(store)
  const cases: Array<[string, number, string, Record<string, string>?]> = [
    ['/', 200, 'no-cache'],
    ['/events', 200, 'no-cache'],
    ['/events?format=csv', 200, 'no-cache'],
    [`/events/${event.id}`, 200, 'no-cache'],
    [`/events/${event.id}/timeline`, 200, 'no-cache'],
    [`/participants/${participant.id}/timeline`, 200, 'no-cache'],
    ['/statements?format=ndjson', 200, 'no-cache'],
    ['/articles?format=jsonld', 200, 'no-cache'],
    ['/search?q=test', 200, 'no-cache'],
    ['/deleted', 200, 'no-cache'],
    ['/healthz', 200, 'no-store'],
    ['/readyz', 200, 'no-store'],
    ['/openapi.json', 200, 'public, max-age=300'],
    ['/events/evt_nope', 404, 'no-store'],
    ['/participants/par_nope/timeline', 404, 'no-store'],
    ['/no-such-route', 404, 'no-store'],
    ['/events?limit=0', 400, 'no-store'],
    ['/events?fields=nope', 400, 'no-store'],
    ['/deleted?since=yesterday', 400, 'no-store'],
    ['/events', 406, 'no-store', { accept: 'image/png' }]
  ]
  for (const [url, status, cacheControl, headers] of cases) {
    const res = await get(app, url, headers)
    t.equal(res.statusCode, status, url)
    t.equal(res.headers['cache-control'], cacheControl, `${url} (${status}): ${cacheControl}`)
  }
})

t.test('an error found while streaming all=true is still a no-store problem', async (t) => {
  const { app, store } = await build(t)
  await createEvent(store)
  for (const url of ['/events?format=ndjson&all=true&sort=relevance', '/events?format=ndjson&all=true&from=2024-06-02&to=2024-06-01']) {
    const res = await get(app, url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER' }, url)
    t.equal(res.headers['cache-control'], 'no-store', `${url}: no-store like every error`)
  }
})

t.test('If-None-Match never turns an error into a 304', async (t) => {
  const { app } = await build(t)
  for (const url of ['/events/evt_nope', '/events?limit=0']) {
    const error = await get(app, url)
    const etag = error.headers.etag
    const again = await get(app, url, etag === undefined ? {} : { 'if-none-match': String(etag) })
    t.equal(again.statusCode, error.statusCode, `${url}: still ${error.statusCode}`)
    t.equal(again.headers['cache-control'], 'no-store', `${url}: still no-store`)
    t.equal(again.body, error.body, `${url}: still the problem`)
  }
})

const TABLES = { events: 'event', participants: 'participant', statements: 'statement', articles: 'article' } as const
type Table = keyof typeof TABLES

/** One row of each kind, so statements have their event, speaker and article. */
async function oneOfEach (store: TestStore): Promise<Record<Table, string>> {
  const article = await createArticle(store)
  const participant = await createParticipant(store)
  const event = await createEvent(store, {}, [{ participantId: participant.id, role: 'host' }])
  const statement = await createStatement(store, { eventId: event.id, speakerId: participant.id, article })
  return { events: event.id, participants: participant.id, statements: statement.id, articles: article.id }
}

t.test('updatedSince on each list keeps the rows changed at or after the instant', async (t) => {
  const { app, store } = await build(t)
  const rows = await many(4, async () => await oneOfEach(store))
  const stamps = ['2024-01-01T00:00:00.000Z', '2024-06-20T00:00:00.000Z', '2024-06-20T00:00:00.001Z', '2024-12-31T23:59:59.999Z']
  for (const table of Object.keys(TABLES) as Table[]) {
    for (const [i, row] of rows.entries()) await store.query(`update ${table} set updated_at = ? where id = ?`, stamps[i], row[table])
  }
  const cases: Array<[string, number[]]> = [
    ['2024-06-20T00:00:00Z', [1, 2, 3]],
    ['2024-06-20T00:00:00.000Z', [1, 2, 3]],
    ['2024-06-20T02:00:00%2B02:00', [1, 2, 3]],
    ['2024-06-20T00:00:00.001Z', [2, 3]],
    ['2023-01-01T00:00:00Z', [0, 1, 2, 3]],
    ['2025-01-01T00:00:00Z', []]
  ]
  for (const table of Object.keys(TABLES) as Table[]) {
    for (const [since, expected] of cases) {
      const url = `/${table}?updatedSince=${since}&limit=100`
      const { status, body } = await getJson(app, url)
      t.equal(status, 200, url)
      t.same(body.data.map((r: { id: string }) => r.id).sort(), expected.map((i) => rows[i]![table]).sort(), url)
      t.ok(body.data.every((r: { updatedAt: string }) => r.updatedAt >= new Date(since.replace('%2B', '+')).toISOString()), `${url}: updatedAt ≥ the instant`)
    }
    const bad = await app.inject(`/${table}?updatedSince=yesterday`)
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().errors[0].name, 'updatedSince', `/${table}: a bad instant names updatedSince`)
  }
})

t.test('deleting rows leaves tombstones at /deleted, filtered by since and type, paged', async (t) => {
  const { app, store } = await build(t)
  const ids = await oneOfEach(store)
  const mentioned = await createParticipant(store)
  await store.query('insert into statement_mentions (statement_id, participant_id) values (?, ?)', ids.statements, mentioned.id)
  const before = new Date().toISOString()

  // Dependents first: the foreign keys refuse the rest.
  const order: Array<[Table, string]> = [
    ['statements', ids.statements], ['events', ids.events], ['participants', ids.participants], ['participants', mentioned.id], ['articles', ids.articles]
  ]
  let midway = ''
  for (const [i, [table, id]] of order.entries()) {
    if (i === 2) midway = new Date().toISOString()
    await sleep(3)
    await store.query(`delete from ${table} where id = ?`, id)
    await sleep(3)
  }
  const after = new Date().toISOString()
  const tomb = ([table, id]: [Table, string]) => ({ id, type: TABLES[table] })

  const { status, body } = await getJson(app, '/deleted')
  t.equal(status, 200)
  t.match(body.data, order.map(tomb), 'every deletion, oldest first')
  t.equal(body.data.length, order.length)
  for (const entry of body.data) {
    t.same(Object.keys(entry).sort(), ['deletedAt', 'id', 'type'], `${entry.id}: {id, type, deletedAt}`)
    t.ok(entry.deletedAt > before && entry.deletedAt < after, `${entry.id}: deletedAt ${entry.deletedAt} is when it happened`)
    t.equal(new Date(entry.deletedAt).toISOString(), entry.deletedAt, 'an ISO 8601 UTC instant')
  }

  const cases: Array<[string, Array<[Table, string]>]> = [
    [`since=${midway}`, order.slice(2)],
    [`since=${before}`, order],
    [`since=${after}`, []],
    ['type=statement', [order[0]!]],
    ['type=participant', order.slice(2, 4)],
    ['type=statement,article', [order[0]!, order[4]!]],
    ['type=event&type=article', [order[1]!, order[4]!]],
    [`type=participant&since=${midway}`, order.slice(2, 4)],
    [`type=event&since=${midway}`, []]
  ]
  for (const [query, expected] of cases) {
    const res = await getJson(app, `/deleted?${query}`)
    t.equal(res.status, 200, query)
    t.match(res.body.data, expected.map(tomb), query)
    t.equal(res.body.data.length, expected.length, query)
  }
  for (const limit of [1, 2]) {
    t.same(await walk(t, app, `/deleted?limit=${limit}`), body.data, `limit=${limit}: the pages hold each tombstone once`)
  }
  for (const bad of ['type=comment', 'since=last-week']) {
    const res = await app.inject(`/deleted?${bad}`)
    t.equal(res.statusCode, 400, bad)
    t.equal(res.json().errors[0].name, bad.split('=')[0], bad)
  }
})

t.test('re-creating a deleted id removes its tombstone; deleting it again writes a new one', async (t) => {
  const { app, store } = await build(t)
  const participant = await createParticipant(store)
  const article = await createArticle(store)
  await store.query('delete from participants where id = ?', participant.id)
  await store.query('delete from articles where id = ?', article.id)
  const tombstones = async () => (await getJson(app, '/deleted')).body.data as Array<{ id: string, deletedAt: string }>
  const first = await tombstones()
  t.same(first.map((d) => d.id).sort(), [article.id, participant.id].sort())

  await createParticipant(store, { id: participant.id })
  t.same((await tombstones()).map((d) => d.id), [article.id], 'the re-created participant is no longer deleted')
  t.equal((await getJson(app, `/participants/${participant.id}`)).status, 200)

  await sleep(3)
  await store.query('delete from participants where id = ?', participant.id)
  const again = (await tombstones()).find((d) => d.id === participant.id)
  t.ok(again, 'deleted again, listed again')
  t.ok(again!.deletedAt > first.find((d) => d.id === participant.id)!.deletedAt, 'with the new deletion time')
})

const LISTS = { event: '/events', participant: '/participants', statement: '/statements', article: '/articles' } as const
type RecordType = keyof typeof LISTS
type Mirror = Record<RecordType, Map<string, any>>

/**
 * What a client does: walk each list (only what changed since the last sync, if there was one),
 * then drop the tombstones. Returns the instant the sync started, for the next one.
 */
async function sync (t: Test, app: App, mirror: Mirror, since?: string): Promise<string> {
  const started = new Date().toISOString()
  const changed = since === undefined ? '' : `&updatedSince=${encodeURIComponent(since)}`
  for (const type of Object.keys(LISTS) as RecordType[]) {
    for (const item of await walk(t, app, `${LISTS[type]}?limit=7${changed}`)) mirror[type].set(item.id, item)
  }
  if (since !== undefined) {
    for (const { id, type } of await walk(t, app, `/deleted?limit=3&since=${encodeURIComponent(since)}`)) mirror[type as RecordType].delete(id)
  }
  return started
}

/** The server's own ids, straight from the database. */
async function serverIds (store: TestStore): Promise<Record<RecordType, string[]>> {
  const idsOf = async (table: string) => (await store.query<{ id: string }>(`select id from ${table} order by id`)).map((r) => r.id)
  return { event: await idsOf('events'), participant: await idsOf('participants'), statement: await idsOf('statements'), article: await idsOf('articles') }
}

const mirroredIds = (mirror: Mirror) =>
  Object.fromEntries(Object.entries(mirror).map(([type, rows]) => [type, [...rows.keys()].sort()]))

t.test('seed data: a client mirroring with updatedSince and /deleted?since= ends up with the server\'s ids', async (t) => {
  const { app, store } = await build(t, { seed: true })
  const spare = await createArticle(store)
  const doomed = await createParticipant(store)
  const reborn = await createParticipant(store)
  const mirror: Mirror = { event: new Map(), participant: new Map(), statement: new Map(), article: new Map() }

  let since = await sync(t, app, mirror)
  t.same(mirroredIds(mirror), await serverIds(store), 'the first, full sync copies everything')

  const rounds: Array<[string, () => Promise<void>]> = [
    ['change, add and delete a row of each kind', async () => {
      await store.query("update events set title = 'Talks (revised)', updated_at = ? where id = 'evt_putin-kim-talks-2024'", now())
      const article = await createArticle(store)
      const speaker = await createParticipant(store)
      const event = await createEvent(store, {}, [{ participantId: speaker.id, role: 'speaker' }])
      await createStatement(store, { eventId: event.id, speakerId: speaker.id, article })
      await store.query("delete from statements where id = 'stm_af1a277ce4d4aaad-09'")
      await store.query("delete from events where id = 'evt_kim-invited-to-moscow-2024'")
      await store.query('delete from participants where id = ?', doomed.id)
      await store.query('delete from articles where id = ?', spare.id)
    }],
    ['delete and re-create one id, add and delete another before anyone sees it', async () => {
      await store.query('delete from participants where id = ?', reborn.id)
      await createParticipant(store, { id: reborn.id, name: 'Born again' })
      const fleeting = await createParticipant(store)
      await store.query('delete from participants where id = ?', fleeting.id)
      await store.query("delete from statement_mentions where participant_id = 'par_ukraine'")
      await store.query("delete from participants where id = 'par_ukraine'")
      await store.query("update statements set cue = 'revised', updated_at = ? where id = 'stm_af1a277ce4d4aaad-01'", now())
    }]
  ]
  for (const [name, change] of rounds) {
    await sleep(3)
    await change()
    since = await sync(t, app, mirror, since)
    t.same(mirroredIds(mirror), await serverIds(store), `after "${name}": the same ids as the server`)
  }
  t.equal(mirror.event.get('evt_putin-kim-talks-2024').title, 'Talks (revised)', 'a changed row comes with its change')
  t.equal(mirror.statement.get('stm_af1a277ce4d4aaad-01').cue, 'revised')
  t.equal(mirror.participant.get(reborn.id).name, 'Born again', 'a re-created row is kept, as it is now')
  t.notOk(mirror.participant.has('par_ukraine'), 'a deleted row is dropped')
})
