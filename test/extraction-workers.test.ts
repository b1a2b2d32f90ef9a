import { Worker } from 'node:worker_threads'
import t from 'tap'
import { buildApp, type App } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { buildWithKey, freshDatabase, tempDir, TEST_APP_DEFAULTS } from './helper.js'
import { USE_POSTGRES } from './postgres/engine.js'

// ?extract=true runs the extractors off the event loop on either engine: in SQLite's read workers
// (with their own connection), in PostgreSQL's extraction workers (given the participants the
// article names, read on the app's pool). Either way the events and statements stored are the ones
// SQLite stores when it extracts on the event loop.

// Workers start from TypeScript source here (a second or more on a busy machine): the overload
// guard is off, so that no answer is a 503.
t.setTimeout(120_000)

const LEAD = 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday. Kim Jong Un said: "Our friendship is invincible."'
const BODY = [LEAD, ...Array.from({ length: 40 }, (_, i) =>
  `Delegation ${i} held talks with port officials in Wonsan on Tuesday, officials said. "We saw progress," the envoy told reporters.`)].join('\n\n')

/** Posts the article with ?extract=true; its id. */
async function postArticle (app: App, key: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/articles?title=Treaty&extract=true&language=en',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain; charset=utf-8' },
    payload: `date 2025-03-20\n\n${BODY}\n`
  })
  if (res.statusCode !== 201) throw new Error(`POST /articles answered ${res.statusCode}: ${res.body}`)
  return (res.json() as { id: string }).id
}

interface Participation { name: string, roles: string[] }
interface ExtractedEvent {
  articles: string[]
  parentId: string | null
  title: string
  type: string
  cameo: string | null
  startDate: string
  confidence: number
  location: unknown
  source: { start: number, end: number } | null
  embedded?: { participants: Participation[] }
}

/** What the article's extraction stored, without the ids each database gives: events (the main one first) and statements. */
async function extracted (app: App, articleId: string) {
  const events = (await app.inject('/events?include=participants&limit=100')).json().data as ExtractedEvent[]
  const statements = (await app.inject(`/statements?article=${articleId}&include=speaker&limit=100`)).json().data as Array<{ text: string, source: { start: number }, embedded?: { speaker?: { name: string } } }>
  return {
    events: events.filter((e) => e.articles.includes(articleId)).map(({ parentId, title, type, cameo, startDate, confidence, location, source, embedded }) => ({
      title,
      type,
      cameo,
      startDate,
      confidence,
      location,
      main: parentId === null,
      trigger: source === null ? null : [source.start, source.end],
      participants: (embedded?.participants ?? []).map((p) => `${p.name}: ${p.roles.join(',')}`).sort()
    })).sort((a, b) => Number(b.main) - Number(a.main) || (a.trigger?.[0] ?? -1) - (b.trigger?.[0] ?? -1)),
    statements: statements.map((s) => ({ text: s.text, source: s.source, speaker: s.embedded?.speaker?.name ?? null }))
      .sort((a, b) => a.source.start - b.source.start)
  }
}

t.test(`?extract=true extracts in a worker on ${USE_POSTGRES ? 'PostgreSQL' : 'SQLite'} and stores what SQLite extracting on the event loop stores`, async (t) => {
  const { app, key } = await buildWithKey(t, { readWorkers: 2, maxEventLoopDelayMs: 0 })
  t.equal((await app.inject('/readyz')).statusCode, 200, 'the workers are up')
  // Each verb the app sends to a worker thread.
  const sent: string[] = []
  const post = Worker.prototype.postMessage
  t.teardown(() => { Worker.prototype.postMessage = post })
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
    const verb = (message as { verb?: string } | null)?.verb
    if (verb !== undefined) sent.push(verb)
    return (post as (...args: unknown[]) => void).call(this, message, ...rest)
  }
  const id = await postArticle(app, key)
  Worker.prototype.postMessage = post
  t.same(sent, [USE_POSTGRES ? 'extractFindings' : 'findInArticle'], 'the extraction ran in a worker, once')

  // The reference: SQLite, extracting on the event loop, on its own seeded file.
  const apiKeysFile = `${tempDir(t)}/keys.json`
  const inlineKey = createKey(apiKeysFile, 'editor', 'write')
  const inline = await buildApp({ databasePath: freshDatabase(t, { seed: true }).path, apiKeysFile, ...TEST_APP_DEFAULTS, maxEventLoopDelayMs: 0 })
  t.after(() => inline.close())
  const expected = await extracted(inline, await postArticle(inline, inlineKey))
  const got = await extracted(app, id)
  t.ok(expected.events.length > 1 && expected.statements.length > 20, 'the article has events and statements to compare')
  t.ok(expected.events[0]?.participants.some((p) => p.startsWith('Vladimir Putin')), 'a seeded participant is among the actors')
  t.same(got, expected, 'the same events and statements')
})
