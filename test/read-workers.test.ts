import { Worker } from 'node:worker_threads'
import t from 'tap'
import type { App } from '../src/app.js'
import { ReadPool } from '../src/db/sqlite/read-pool.js'
import { createArticle, createParticipant } from './factories.js'
import { appStore, buildWithKey } from './helper.js'
import { USE_POSTGRES } from './postgres/engine.js'

// Lists, sub-lists, timelines and searches run in read workers (src/db/sqlite/read-pool.ts) with the
// production defaults, unless a list's scan is found cheap on the event loop first (READ_LOOP_ROWS);
// the rest of the suite runs them on the app's own connection (READ_WORKERS=0, see test/helper.ts).
// Here all three, on one database: the answers must not depend on where a read ran.

// Read workers start from TypeScript source here (a second or more each on a busy machine), which
// can make the event loop lag: the overload guard is off in this file, so that no answer is a 503.
t.setTimeout(120_000)
const WORKERS_ON = { readWorkers: 2, maxEventLoopDelayMs: 0 }
/** Every list in a worker, even the cheap ones the defaults answer on the event loop. */
const WORKERS_ONLY = { ...WORKERS_ON, readLoopRows: 0 }
// Read workers are SQLite's: PostgreSQL runs every read on the pool, with no worker thread to compare.
const SQLITE_ONLY = { skip: USE_POSTGRES && 'read workers are part of the SQLite engine only' }

const EVENT = 'evt_putin-kim-talks-2024'
const SPEAKER = 'par_vladimir-putin'

const URLS = [
  '/events', '/events?include=participants,statements,articles', '/events?q=talks&count=true', '/events?sort=-startDate&limit=1',
  `/events/${EVENT}/participants`, `/events/${EVENT}/statements?include=speaker,mentions`, `/events/${EVENT}/timeline`,
  '/participants?count=true', '/participants?q=putin', `/participants/${SPEAKER}/events`, `/participants/${SPEAKER}/statements`,
  `/participants/${SPEAKER}/timeline`, '/statements?limit=2', '/statements?q=Pyongyang&count=true', '/statements?format=csv&all=true',
  '/statements?format=ndjson&all=true&fields=text', '/articles?q=Pyongyang', '/search?q=Pyongyang&count=true', '/search?q=talks*', '/deleted',
  // Errors raised in the read itself: their class, status and fields cross back from the worker.
  '/statements?cursor=bad', `/statements?q=${encodeURIComponent('"unclosed')}`, '/events/evt_nope/statements', '/participants/par_nope/timeline',
  '/participants/par_nope/events', '/events?updatedSince=2024-02-30T00:00:00Z'
]

async function answer (app: App, url: string) {
  const res = await app.inject(url)
  return { status: res.statusCode, type: res.headers['content-type'], body: res.body }
}

t.test('seed data: every list, search and read error answers the same from a read worker as from the event loop', SQLITE_ONLY, async (t) => {
  const { app: pooled, path } = await buildWithKey(t, WORKERS_ONLY)
  // On the same file (the fresh databases buildWithKey made for them go unused).
  const { app: inline } = await buildWithKey(t, { databasePath: path, readWorkers: 0, maxEventLoopDelayMs: 0 })
  const { app: loopFirst } = await buildWithKey(t, { ...WORKERS_ON, databasePath: path })
  for (const url of URLS) {
    const [fromWorker, fromLoop, fromEither] = await Promise.all([answer(pooled, url), answer(inline, url), answer(loopFirst, url)])
    t.same(fromWorker, fromLoop, url)
    t.same(fromEither, fromLoop, `${url}, tried on the event loop first`)
    t.ok(fromWorker.status < 500, `${url}: ${fromWorker.status}`)
  }
  const errors = await answer(pooled, '/statements?cursor=bad')
  t.match(JSON.parse(errors.body), { status: 400, code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name: 'cursor' }] }, 'a 400 names its field')
})

t.test('a read worker sees every commit at once, from the app\'s connection or another, search cache included', SQLITE_ONLY, async (t) => {
  const { app, store } = await buildWithKey(t, WORKERS_ON)
  const url = '/participants?q=Zanzibarian&count=true'
  const search = async () => (await app.inject('/search?q=Zanzibarian&count=true')).json().statements.total as number
  t.equal((await app.inject(url)).json().total, 0)
  t.equal(await search(), 0)

  await createParticipant(appStore(app), { name: 'Zanzibarian envoy' })
  t.equal((await app.inject(url)).json().total, 1, 'a commit on the app\'s own connection is seen by the next list')
  await createParticipant(store, { name: 'Zanzibarian minister' })
  t.equal((await app.inject(url)).json().total, 2, 'and one from another connection')

  const [statement] = (await app.inject('/statements?limit=1')).json().data as Array<{ id: string, text: string }>
  await store.query('update statements set text = ? where id = ?', 'The Zanzibarian delegation agreed.', statement?.id)
  t.equal(await search(), 1, 'a search cached in the worker is not answered from its cache after a commit')
})

t.test('a list is tried on the event loop: within READ_LOOP_ROWS it answers there; past it, or a search or a count, a worker answers the same', SQLITE_ONLY, async (t) => {
  const { app, path } = await buildWithKey(t, { ...WORKERS_ON, readLoopRows: 3 })
  const { app: inline } = await buildWithKey(t, { databasePath: path, readWorkers: 0, maxEventLoopDelayMs: 0 })
  const run = ReadPool.prototype.run
  let inWorkers = 0
  ReadPool.prototype.run = function (this: ReadPool, ...args) { inWorkers++; return run.apply(this, args) } as typeof run
  t.teardown(() => { ReadPool.prototype.run = run })
  const where = async (url: string) => {
    inWorkers = 0
    const [here, there] = await Promise.all([answer(app, url), answer(inline, url)])
    t.same(here, there, url)
    t.equal(here.status, 200, url)
    return inWorkers === 0 ? 'loop' : 'worker'
  }
  t.equal(await where('/statements?limit=2'), 'loop', 'a page of 2 visits 3 rows: within the budget')
  t.equal(await where(`/participants/${SPEAKER}/statements?limit=2`), 'loop', 'a sub-list too')
  t.equal(await where('/events?limit=2&sort=title'), 'loop', 'another list and sort')
  t.equal(await where('/statements?limit=3'), 'worker', 'a page of 3 visits 4 rows: over the budget, a worker reads it again')
  t.equal(await where('/statements?kind=partial&language=zz&limit=1'), 'worker', 'a filter that rejects what the scan visits is over the budget too')
  t.equal(await where('/statements?limit=1&count=true'), 'worker', 'a count is never tried on the loop')
  t.equal(await where('/statements?q=Pyongyang&limit=1'), 'worker', 'nor a search')
  t.equal(await where(`/statements?mentioned=${SPEAKER}&limit=1`), 'worker', 'nor a filter read by a subquery, which no scan counts')
})

t.test('closing the app ends its read workers, and reads asked after that fail instead of hanging', SQLITE_ONLY, async (t) => {
  const { app } = await buildWithKey(t, WORKERS_ON)
  t.equal((await app.inject('/statements')).statusCode, 200)
  await app.close()
  await t.rejects(app.storage.listStatements({}), { code: 'NEWS_SHUTTING_DOWN', statusCode: 503 })
})

t.test('?extract=true on a long article extracts in a read worker, and the event loop answers other requests meanwhile', SQLITE_ONLY, async (t) => {
  const { app, key } = await buildWithKey(t, WORKERS_ON, { seed: false })
  t.equal((await app.inject('/readyz')).statusCode, 200, 'the workers are up')
  // Each verb the app sends to a worker, and whether a request on the event loop was answered while
  // the extraction ran there (the worker loads the gazetteer on first use: most of a second).
  const sent: string[] = []
  let lookup: Promise<number> | undefined
  let extracting = () => {}
  const inWorker = new Promise<void>((resolve) => { extracting = resolve })
  const post = Worker.prototype.postMessage
  t.teardown(() => { Worker.prototype.postMessage = post })
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const verb = (message as { verb?: string } | null)?.verb
    if (verb !== undefined) sent.push(verb)
    if (verb === 'findInArticle') {
      lookup = app.inject('/healthz').then((res) => res.statusCode)
      extracting()
    }
    return (post as (...args: unknown[]) => void).call(this, message, ...rest)
  }

  const lead = 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday. Kim Jong Un said: "Our friendship is invincible."'
  const filler = Array.from({ length: 400 }, (_, i) =>
    `Delegation ${i} toured the port of Wonsan on Tuesday, officials said. "We saw progress," the envoy told reporters.`)
  const body = [lead, ...filler].join('\n\n')
  let answered = false
  const created = app.inject({
    method: 'POST',
    url: '/articles?title=Treaty&extract=true&language=en',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain; charset=utf-8' },
    payload: `date 2024-06-20\n\n${body}\n`
  }).then((res) => { answered = true; return res })
  await Promise.race([inWorker, created])
  t.same(sent.filter((verb) => verb === 'findInArticle'), ['findInArticle'], 'the extraction was sent to a read worker')
  t.equal(await lookup, 200, 'a request on the event loop is answered meanwhile')
  t.notOk(answered, '...before the article is stored')

  const res = await created
  t.equal(res.statusCode, 201, res.body)
  const { id } = res.json() as { id: string }
  const events = (await app.inject('/events?origin=extracted&limit=100')).json().data as Array<{ parentId: string | null, type: string, articles: string[], location: { countryCode: string } | null }>
  const main = events.find((e) => e.parentId === null && e.articles.includes(id))
  t.match(main, { type: 'treaty-signing', location: { countryCode: 'KP' } }, 'what the worker found is stored: the main event, placed through the gazetteer')
  t.ok((await app.inject(`/statements?article=${id}&count=true&limit=1`)).json().total > 100, 'and the statements')
})

t.test('a read past READ_TIMEOUT_MS is answered 503 and stopped at its next row: the same worker, not a new one, answers the next read', SQLITE_ONLY, async (t) => {
  // One worker, every list in it, and a search that takes seconds whole: a passage cut from each of
  // 40 long articles (220 kB), far past the deadline set here.
  const { app, store } = await buildWithKey(t, { readWorkers: 1, readLoopRows: 0, readTimeoutMs: 200, maxEventLoopDelayMs: 0 }, { seed: false })
  const body = 'The harvest was late this year and the farmers waited. '.repeat(4000)
  for (let i = 0; i < 40; i++) await createArticle(store, { body: `${body} (${i})` })
  t.equal((await app.inject('/readyz')).statusCode, 200, 'the worker is up')

  // Which thread each read went to, each answer a worker gave, and any worker terminated.
  const sent: Array<{ thread: number, verb: string }> = []
  const answers: Array<{ thread: number, answer: { error?: { message: string } } }> = []
  let terminated = 0
  const { postMessage, emit, terminate } = Worker.prototype
  t.teardown(() => Object.assign(Worker.prototype, { postMessage, emit, terminate }))
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const verb = (message as { verb?: string } | null)?.verb
    if (verb !== undefined) sent.push({ thread: this.threadId, verb })
    return (postMessage as (...args: unknown[]) => void).call(this, message, ...rest)
  }
  Worker.prototype.emit = function (this: Worker, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') answers.push({ thread: this.threadId, answer: args[0] as { error?: { message: string } } })
    return emit.call(this, event, ...args)
  }
  Worker.prototype.terminate = async function (this: Worker) { terminated++; return await terminate.call(this) }

  const res = await app.inject('/articles?q=harvest&limit=100')
  t.equal(res.statusCode, 503, 'the search ran past the deadline')
  t.equal(res.headers['retry-after'], '5')
  t.match(res.json(), { status: 503, code: 'NEWS_READ_TIMEOUT' })

  const next = await app.inject('/events?limit=1')
  t.equal(next.statusCode, 200, 'the next read is answered')
  t.same(sent.map(({ verb }) => verb), ['listArticles', 'listEvents'])
  const [search, list] = sent
  t.equal(list?.thread, search?.thread, 'by the worker that ran the stopped search: it was free again')
  t.equal(terminated, 0, 'no worker was terminated or replaced')
  t.match(answers.find(({ thread }) => thread === search?.thread)?.answer, { error: { message: /ran past its deadline and was stopped/ } },
    'the search itself ended by being stopped (SQLite stopped at a row), not by running to its end')
})
