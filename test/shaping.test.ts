import t from 'tap'
import type { App } from '../src/app.js'
import pg from 'pg'
import { createArticle, createEvent, createParticipant, createStatement, many } from './factories.js'
import { build, buildWithKey, getJson, walk, sqliteOf } from './helper.js'
import type { TestStore } from './store.js'

// Shaping answers: include= (embedded records), fields= (projections) and the two timelines.

const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id)
const keys = (record: object) => Object.keys(record).sort()

/**
 * Counts the SQL statements the app runs (every execution, prepared statements reused or not):
 * on SQLite those of its connection's statements, on PostgreSQL every query a client sends.
 */
async function countQueries (t: { after: (fn: () => unknown) => void }, app: App, store: TestStore): Promise<{ n: number }> {
  await app.ready()
  const [runner, methods] = store.engine === 'postgres'
    ? [pg.Client.prototype, ['query']]
    : [Object.getPrototypeOf(sqliteOf(app).$client.prepare('select 1')), ['all', 'get', 'run', 'iterate']]
  const statement = runner as unknown as Record<string, (...args: unknown[]) => unknown>
  const counter = { n: 0 }
  for (const method of methods) {
    const original = statement[method] as (...args: unknown[]) => unknown
    statement[method] = function (this: unknown, ...args: unknown[]) {
      counter.n++
      return original.apply(this, args)
    }
    t.after(() => { statement[method] = original })
  }
  return counter
}

/** An event reported by one article, with two participants and `statementCount` statements. */
async function eventWithEverything (store: TestStore, article: { id: string, body: string }, statementCount = 2) {
  const host = await createParticipant(store, {}, [{ name: 'The host', language: 'en' }])
  const guest = await createParticipant(store)
  const event = await createEvent(store, {}, [{ participantId: host.id, role: 'host' }, { participantId: guest.id, role: 'guest' }, { participantId: guest.id, role: 'speaker' }])
  await store.insert('eventArticles', [{ eventId: event.id, articleId: article.id }])
  const statements = await many(statementCount, async () =>
    await createStatement(store, { eventId: event.id, speakerId: guest.id, article }, {}, [host.id]))
  return { event, host, guest, statements }
}

t.test('seed data: include= on GET /events/{id} embeds only what was asked, as the sub-lists answer it', async (t) => {
  const { app } = await build(t, { seed: true })
  const id = 'evt_putin-kim-talks-2024'
  const participants = (await getJson(app, `/events/${id}/participants`)).body.data
  const statements = (await getJson(app, `/events/${id}/statements`)).body.data
  const article = (await getJson(app, '/articles/art_af1a277ce4d4aaad')).body

  const plain = await getJson(app, `/events/${id}`)
  t.notOk('embedded' in plain.body, 'no include, no embedded')

  const cases: Array<[string, Record<string, unknown>]> = [
    ['participants', { participants }],
    ['statements', { statements }],
    ['articles', { articles: [article] }],
    ['participants,statements', { participants, statements }],
    ['participants,statements,articles', { participants, statements, articles: [article] }],
    ['articles&include=participants', { participants, articles: [article] }]
  ]
  for (const [include, embedded] of cases) {
    const { status, body } = await getJson(app, `/events/${id}?include=${include}`)
    t.equal(status, 200, include)
    t.same(body.embedded, embedded, `include=${include}`)
    t.same(keys(body.embedded), Object.keys(embedded).sort(), `include=${include}: nothing else embedded`)
    const { embedded: _, ...event } = body
    t.same(event, plain.body, `include=${include}: the event itself is unchanged`)
  }
  t.same(participants.map((p: any) => [p.id, p.roles]), [
    ['par_kim-jong-un', ['host']], ['par_russian-delegation', ['delegation']], ['par_vladimir-putin', ['guest']]
  ], 'embedded participants carry their roles')
})

t.test('seed data: include= on GET /events embeds each event\'s own participants, statements and articles', async (t) => {
  const { app } = await build(t, { seed: true })
  const { status, body } = await getJson(app, '/events?include=participants,statements,articles')
  t.equal(status, 200)
  t.equal(body.data.length, 8)
  for (const event of body.data) {
    t.same(keys(event.embedded), ['articles', 'participants', 'statements'], event.id)
    t.same(event.embedded.participants, (await getJson(app, `/events/${event.id}/participants`)).body.data, `${event.id} participants`)
    t.same(event.embedded.statements, (await getJson(app, `/events/${event.id}/statements`)).body.data, `${event.id} statements`)
    t.same(ids(event.embedded.articles), event.articles, `${event.id} articles`)
    t.ok(event.embedded.participants.every((p: any) => Array.isArray(p.roles) && p.roles.length > 0), `${event.id}: every participant has roles`)
  }
  const only = await getJson(app, '/events?include=statements')
  t.ok(only.body.data.every((e: any) => keys(e.embedded).join() === 'statements'), 'include=statements embeds statements only')
  const none = await getJson(app, '/events')
  t.ok(none.body.data.every((e: any) => !('embedded' in e)), 'no include, no embedded')
})

t.test('seed data: include= on /statements and /statements/{id} embeds full speaker, event, article and mentions', async (t) => {
  const { app } = await build(t, { seed: true })
  const id = 'stm_af1a277ce4d4aaad-08'
  const plain = (await getJson(app, `/statements/${id}`)).body
  t.same(ids(plain.mentions), ['par_north-korea', 'par_russia', 'par_ukraine'])
  const speaker = (await getJson(app, `/participants/${plain.speaker.id}`)).body
  const event = (await getJson(app, `/events/${plain.event.id}`)).body
  const article = (await getJson(app, `/articles/${plain.source.article}`)).body
  const mentions = []
  for (const m of plain.mentions) mentions.push((await getJson(app, `/participants/${m.id}`)).body)
  t.ok(speaker.aliases.length > 0, 'the speaker is a full participant, with aliases')

  const cases: Array<[string, Record<string, unknown>]> = [
    ['speaker', { speaker }],
    ['event', { event }],
    ['article', { article }],
    ['mentions', { mentions }],
    ['speaker,mentions', { speaker, mentions }],
    ['speaker,event,article,mentions', { speaker, event, article, mentions }]
  ]
  for (const [include, embedded] of cases) {
    const one = await getJson(app, `/statements/${id}?include=${include}`)
    t.equal(one.status, 200, include)
    t.same(one.body.embedded, embedded, `/statements/{id}?include=${include}`)
    t.same(keys(one.body.embedded), Object.keys(embedded).sort(), `include=${include}: nothing else embedded`)

    const list = await getJson(app, `/statements?include=${include}&limit=100`)
    t.equal(list.body.data.length, 9)
    t.same(list.body.data.find((s: any) => s.id === id).embedded, embedded, `/statements?include=${include}`)
    t.ok(list.body.data.every((s: any) => keys(s.embedded).join() === Object.keys(embedded).sort().join()), `every statement embeds just ${include}`)
    t.ok(list.body.data.every((s: any) => !('speaker' in s.embedded) || s.embedded.speaker.id === s.speaker.id), 'each its own speaker')
  }
  t.notOk('embedded' in plain, 'no include, no embedded')
  const bad = await app.inject(`/statements/${id}?include=speakers`)
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].name, 'include')
})

t.test('include= runs a fixed number of SQL statements, however long the page (no N+1)', async (t) => {
  // Lists in the event loop's own connection (no read workers), where the queries can be counted.
  const { app, store } = await buildWithKey(t, { readWorkers: 0 }, {})
  const article = await createArticle(store)
  for (let i = 0; i < 25; i++) await eventWithEverything(store, article)
  const queries = await countQueries(t, app, store)

  const run = async (url: string, size: number) => {
    queries.n = 0
    const { status, body } = await getJson(app, url)
    t.equal(status, 200, url)
    t.equal(body.data.length, size, url)
    return { n: queries.n, body }
  }
  const include = 'include=participants,statements,articles'
  const five = await run(`/events?limit=5&${include}`, 5)
  const twenty = await run(`/events?limit=20&${include}`, 20)
  t.ok(twenty.body.data.every((e: any) => e.embedded.participants.length === 2 && e.embedded.statements.length === 2 &&
    e.embedded.articles.length === 1), 'every event really embeds its records')
  t.ok(five.n > 0, `queries were counted (${five.n})`)
  t.equal(twenty.n, five.n, `events: ${twenty.n} statements for 20, ${five.n} for 5`)

  const statementsInclude = 'include=speaker,event,article,mentions'
  const fewStatements = await run(`/statements?limit=5&${statementsInclude}`, 5)
  const manyStatements = await run(`/statements?limit=40&${statementsInclude}`, 40)
  t.equal(manyStatements.n, fewStatements.n, `statements: ${manyStatements.n} statements for 40, ${fewStatements.n} for 5`)

  const oneEvent = await run(`/events?limit=1&${include}`, 1)
  t.equal(oneEvent.n, five.n, 'one event costs as many statements as five')
})

t.test('embedded statements are capped at 100 per event, the first by id', async (t) => {
  const { app, store } = await build(t)
  const article = await createArticle(store)
  const { event, statements } = await eventWithEverything(store, article, 105)
  const small = await eventWithEverything(store, article, 3)

  const one = await getJson(app, `/events/${event.id}?include=statements`)
  t.equal(one.status, 200)
  t.equal(one.body.embedded.statements.length, 100)
  t.same(ids(one.body.embedded.statements), ids(statements).sort().slice(0, 100))

  const list = await getJson(app, '/events?include=statements')
  const byId = new Map(list.body.data.map((e: any) => [e.id, e.embedded.statements.length]))
  t.equal(byId.get(event.id), 100, 'capped in lists too')
  t.equal(byId.get(small.event.id), 3, 'the cap is per event: other events keep theirs')

  const all = await walk(t, app, `/events/${event.id}/statements?limit=100`)
  t.equal(all.length, 105, 'the sub-list still has all of them')
})

t.test('seed data: fields= answers only those fields plus id, on lists and single records', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string[]]> = [
    ['/events?fields=title', ['id', 'title']],
    ['/events?fields=title,startDate', ['id', 'startDate', 'title']],
    ['/events?fields=title&fields=startDate', ['id', 'startDate', 'title']],
    ['/events?fields=id', ['id']],
    ['/events?fields=location&include=participants', ['id', 'location']],
    ['/events/evt_putin-kim-talks-2024?fields=type,parentId', ['id', 'parentId', 'type']],
    ['/events/evt_putin-kim-talks-2024/statements?fields=text', ['id', 'text']],
    ['/participants?fields=aliases,wikidataId', ['aliases', 'id', 'wikidataId']],
    ['/participants/par_vladimir-putin?fields=name', ['id', 'name']],
    ['/statements?fields=speaker&fields=source', ['id', 'source', 'speaker']],
    // The speaker, the event and the mentions are read only when shown: each alone, and none.
    ['/statements?fields=event', ['event', 'id']],
    ['/statements?fields=mentions&fields=text', ['id', 'mentions', 'text']],
    ['/statements?fields=text,kind&speaker=par_vladimir-putin', ['id', 'kind', 'text']],
    ['/statements?q=Pyongyang&fields=speaker', ['id', 'speaker']],
    ['/statements/stm_af1a277ce4d4aaad-03?fields=text,kind', ['id', 'kind', 'text']],
    ['/articles?fields=published', ['id', 'published']],
    ['/articles/art_af1a277ce4d4aaad?fields=title,language', ['id', 'language', 'title']]
  ]
  for (const [url, expected] of cases) {
    const full = (await getJson(app, url.replace(/[?&]fields=[^&]+/g, '').replace(/^([^?]*)&/, '$1?'))).body
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    const body = res.json()
    const records = 'data' in body ? body.data : [body]
    const fullRecords = 'data' in full ? full.data : [full]
    t.ok(records.length > 0, url)
    t.ok(records.every((r: object) => keys(r).join() === expected.join()), `${url}: ${expected.join(', ')}`)
    t.same(records, fullRecords.map((r: any) => Object.fromEntries(expected.map((k) => [k, r[k]]))), `${url}: values as in the full answer`)
    if ('data' in body) t.same(keys(body), ['data', 'links', 'nextCursor'], `${url}: still a page`)
  }
})

t.test('fields= answers are labelled application/json like every other JSON answer', async (t) => {
  const { app, store } = await build(t)
  const event = await createEvent(store)
  for (const url of [`/events/${event.id}?fields=title`, '/events?fields=title']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.match(res.headers['content-type'], /^application\/json/, `${url}: Content-Type`)
  }
})

t.test('an unknown field in fields= is a 400 problem naming fields', async (t) => {
  const { app } = await build(t)
  for (const url of [
    '/events?fields=nope', '/events?fields=title,nope', '/events/evt_x?fields=nope', '/participants?fields=title',
    '/statements?fields=title&fields=text', '/statements/stm_x?fields=body', '/articles?fields=speaker', '/articles/art_x?fields=roles'
  ]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/, url)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name: 'fields' }] }, url)
    t.match(res.json().detail, 'fields', url)
  }
})

t.test('GET /events/{id}/timeline: the event and all its descendants, in date order, paged', async (t) => {
  const { app, store } = await build(t)
  const grandparent = await createEvent(store, { startDate: '2024-05-01' })
  const root = await createEvent(store, { startDate: '2024-06-01', parentId: grandparent.id })
  const late = await createEvent(store, { startDate: '2024-06-10', parentId: root.id })
  const early = await createEvent(store, { startDate: '2024-06-05', parentId: root.id })
  const lateChild = await createEvent(store, { startDate: '2024-06-20', parentId: late.id })
  const earlyChild = await createEvent(store, { startDate: '2024-06-02', parentId: early.id })
  const sameDay = await createEvent(store, { startDate: '2024-06-02', parentId: early.id })
  await createEvent(store, { startDate: '2024-06-03' }) // unrelated
  await createEvent(store, { startDate: '2024-06-04', parentId: grandparent.id }) // a sibling of root

  const expected = [root.id, earlyChild.id, sameDay.id, early.id, late.id, lateChild.id]
  const first = await getJson(app, `/events/${root.id}/timeline`)
  t.equal(first.status, 200)
  t.same(ids(first.body.data), expected, 'root, children and grandchildren by date, then id; no ancestor, sibling or stranger')
  t.same(ids(await walk(t, app, `/events/${root.id}/timeline?limit=2`)), expected, 'paging yields the same, once each')
  t.same(ids((await getJson(app, `/events/${late.id}/timeline`)).body.data), [late.id, lateChild.id], 'a subtree')
  t.same(ids((await getJson(app, `/events/${lateChild.id}/timeline`)).body.data), [lateChild.id], 'a leaf is its own timeline')
  t.same(ids((await getJson(app, `/events/${root.id}/timeline?from=2024-06-06`)).body.data), [late.id, lateChild.id], 'filters of GET /events apply')

  const missing = await app.inject('/events/evt_nope/timeline')
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { code: 'NEWS_EVENT_NOT_FOUND', detail: "No event with id 'evt_nope'" })
})

t.test('GET /participants/{id}/timeline interleaves events taken part in and statements made, by date', async (t) => {
  const { app, store } = await build(t)
  const article = await createArticle(store)
  const ana = await createParticipant(store)
  const ben = await createParticipant(store)
  const march = await createEvent(store, { startDate: '2024-03-01' }, [{ participantId: ana.id, role: 'host' }])
  const january = await createEvent(store, { startDate: '2024-01-15' }, [{ participantId: ana.id, role: 'guest' }, { participantId: ana.id, role: 'speaker' }])
  const february = await createEvent(store, { startDate: '2024-02-10' }, [{ participantId: ben.id, role: 'host' }]) // Ana only speaks about it
  await createEvent(store, { startDate: '2024-01-20' }, [{ participantId: ben.id, role: 'host' }]) // without Ana
  const said = async (eventId: string, speakerId = ana.id) => await createStatement(store, { eventId, speakerId, article })
  const inMarch = await said(march.id)
  const inJanuary = await said(january.id)
  const inFebruary = await said(february.id)
  const inMarchToo = await said(march.id)
  await said(march.id, ben.id) // Ben's, not Ana's

  const expected = [
    ['event', '2024-01-15', january.id],
    ['statement', '2024-01-15', inJanuary.id],
    ['statement', '2024-02-10', inFebruary.id],
    ['event', '2024-03-01', march.id],
    ...[inMarch.id, inMarchToo.id].sort().map((id) => ['statement', '2024-03-01', id])
  ]
  const entry = (e: any) => [e.type, e.date, e.type === 'event' ? e.event.id : e.statement.id]

  const { status, body } = await getJson(app, `/participants/${ana.id}/timeline`)
  t.equal(status, 200)
  t.same(body.data.map(entry), expected)
  for (const e of body.data) {
    t.same(keys(e), ['date', 'type', e.type].sort(), `${e.type} entry is {type, date, ${e.type}}`)
  }
  const statement = body.data.find((e: any) => e.type === 'statement').statement
  t.same(statement, (await getJson(app, `/statements/${statement.id}`)).body, 'the full statement')
  const event = body.data.find((e: any) => e.type === 'event').event
  t.same(event, (await getJson(app, `/events/${event.id}`)).body, 'the full event')
  t.equal(body.data.find((e: any) => e.type === 'statement' && e.statement.id === inFebruary.id).date, february.startDate, 'a statement is dated by its event')

  for (const limit of [1, 2, 4]) {
    t.same((await walk(t, app, `/participants/${ana.id}/timeline?limit=${limit}`)).map(entry), expected, `limit=${limit}: every entry once`)
  }

  const missing = await app.inject('/participants/par_nope/timeline')
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { code: 'NEWS_PARTICIPANT_NOT_FOUND' })

  const csv = await app.inject({ url: `/participants/${ana.id}/timeline`, headers: { accept: 'text/csv' } })
  t.equal(csv.statusCode, 406)
  t.match(csv.headers['content-type'], /^application\/problem\+json/)
  t.match(csv.json(), { status: 406, code: 'NEWS_NOT_ACCEPTABLE' })
  t.match(csv.json().detail, 'application/json')
})
