import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import type { App } from '../src/app.js'
import { buildWithKey, getJson, type TestContext } from './helper.js'

// Bringing articles in: as JSON or as text in the seed file format, and through the statement
// extractor (`?extract=true`, `POST /articles/{id}/extract`). Every test runs on its own seeded database.

t.setTimeout(120_000)

const SEED_ARTICLE = 'art_af1a277ce4d4aaad'
const SEED_FILE = readFileSync(new URL('../seeds/000_af1a277ce4d4aaad.txt', import.meta.url), 'utf8')

/** The app on a new seeded database (SQLite, or PostgreSQL under TEST_ENGINE), and a way to send requests with a write key. */
async function appWithKey (t: TestContext) {
  // The overload guard is off here (maxEventLoopDelayMs: 0): these tests check what is stored, and a
  // machine busy with other test files can stall a loop past the guard's second and shed a read
  // (a 503 NEWS_OVERLOADED). Staying responsive is test/reliability/responsive.test.ts's subject.
  const { app, key } = await buildWithKey(t, { maxEventLoopDelayMs: 0 })
  const send = (method: 'POST' | 'GET', url: string, body?: string | object): Promise<LightMyRequestResponse> => app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, ...(typeof body === 'string' ? { 'content-type': 'text/plain; charset=utf-8' } : {}) },
    ...(body === undefined ? {} : { payload: body })
  })
  // Every record as a client can get it back, on either engine: a refused request must change none.
  const snapshot = async () => (await app.inject('/export')).body
  return { app, send, snapshot }
}

const contentId = (body: string) => `art_${createHash('sha256').update(body).digest('hex').slice(0, 16)}`

/** An article file as the seeds hold them: the date header, a blank line, the body. */
const articleFile = (date: string, body: string) => `date ${date}\n\n${body}\n`

const statementsOf = async (app: App, articleId: string) =>
  (await getJson(app, `/statements?article=${articleId}&limit=100`)).body.data as any[]

// A French and an English article, each quoting Putin by an alias and someone the database does not know yet.
const QUOTING = [
  {
    language: 'fr',
    body: '« Nous ne céderons jamais devant les pressions », a déclaré M. Poutine jeudi à Hanoï. ' +
      '« Nous sommes prêts à coopérer avec tous nos partenaires », a affirmé Jean Dupont, ministre des affaires étrangères.',
    known: 'Nous ne céderons jamais devant les pressions',
    unknown: { text: 'Nous sommes prêts à coopérer avec tous nos partenaires', name: 'Jean Dupont' }
  },
  {
    language: 'en',
    body: '"We will never give in to pressure," Mr Putin said on Thursday in Hanoi. ' +
      '"We are ready to work with all our partners," said John Smith, the foreign minister.',
    known: 'We will never give in to pressure',
    unknown: { text: 'We are ready to work with all our partners', name: 'John Smith' }
  }
]

t.test('POST /articles as JSON is a 201 whose id is a hash of the body; the same body again is a 409', async (t) => {
  const { send, snapshot } = await appWithKey(t)
  const article = { title: 'Putin in Hanoi', language: 'en', published: '2024-06-20', body: 'Putin landed in Hanoi on Thursday.' }
  const res = await send('POST', '/articles', article)
  t.equal(res.statusCode, 201)
  t.equal(res.json().id, contentId(article.body))
  t.equal(res.headers.location, `/articles/${contentId(article.body)}`)
  const before = await snapshot()
  const again = await send('POST', '/articles', { ...article, title: 'Another title' })
  t.equal(again.statusCode, 409)
  t.match(again.json(), { code: 'NEWS_CONFLICT', detail: /already exists/ })
  t.same(await snapshot(), before)
})

t.test('an article sent as text/plain in the seed format is stored with the date of its header and the body after it', async (t) => {
  const { app, send } = await appWithKey(t)
  const body = 'Putin landed in Hanoi on Thursday.\n\nHe was met at the airport by the president.'
  const res = await send('POST', '/articles?title=Putin%20in%20Hanoi&publisher=Example%20Wire', articleFile('2024-06', body))
  t.equal(res.statusCode, 201, res.body)
  t.match(res.json(), { id: contentId(body), title: 'Putin in Hanoi', publisher: 'Example Wire', published: '2024-06', body, updatedBy: 'editor' })
  t.same((await getJson(app, res.headers.location as string)).body, res.json())

  const untitled = await send('POST', '/articles', articleFile('2024-06-21', 'Putin left Hanoi. He flew home.'))
  t.equal(untitled.statusCode, 201)
  t.match(untitled.json(), { title: 'Putin left Hanoi.', published: '2024-06-21' }, 'the first sentence is the title when none is given')

  const repeated = await send('POST', '/articles?title=Again', articleFile('2024-06', body))
  t.equal(repeated.statusCode, 409, 'the same text again is a duplicate')
})

t.test('seed data: the seed article file sent again as text/plain is a 409, not a second copy of the same text', async (t) => {
  const { app, send } = await appWithKey(t)
  const seedBody = (await getJson(app, `/articles/${SEED_ARTICLE}`)).body.body
  const res = await send('POST', '/articles?title=Again', SEED_FILE)
  t.equal(res.statusCode, 409, `answered ${res.statusCode} ${res.json().id ?? ''}`)
  const copies = (await getJson(app, '/articles?limit=100')).body.data.filter((a: any) => a.body === seedBody)
  t.equal(copies.length, 1, 'the text is stored once')
})

t.test('the language of a text/plain article is detected (fr or en) when not given, and taken from ?language= when given', async (t) => {
  const { send } = await appWithKey(t)
  const cases = [
    { query: '', body: QUOTING[0]!.body, language: 'fr' },
    { query: '', body: QUOTING[1]!.body, language: 'en' },
    { query: '', body: 'Le président russe est arrivé à Hanoï jeudi pour une visite de deux jours.', language: 'fr' },
    { query: '', body: 'The Russian president arrived in Hanoi on Thursday for a two-day visit.', language: 'en' },
    { query: '&language=de', body: 'Der russische Präsident ist am Donnerstag in Hanoi eingetroffen.', language: 'de' }
  ]
  for (const { query, body, language } of cases) {
    const res = await send('POST', `/articles?title=T${query}`, articleFile('2024-06', body))
    t.equal(res.statusCode, 201, body)
    t.equal(res.json().language, language, body)
  }
})

t.test('a text/plain article without its date header, or with nothing after it, is a 422 naming the body', async (t) => {
  const { send, snapshot } = await appWithKey(t)
  const before = await snapshot()
  for (const text of ['Putin landed in Hanoi on Thursday.', '2024-06\n\nPutin landed in Hanoi.', 'date June 2024\n\nPutin landed.', 'date 2024-06\n\n   \n']) {
    const res = await send('POST', '/articles?title=T', text)
    t.equal(res.statusCode, 422, JSON.stringify(text))
    t.match(res.json(), { code: 'NEWS_UNPROCESSABLE', errors: [{ name: 'body' }] }, JSON.stringify(text))
  }
  t.same(await snapshot(), before)
})

t.test('a text/plain article whose date header is no real date is a 422, like the same date sent as JSON', async (t) => {
  const { send, snapshot } = await appWithKey(t)
  const before = await snapshot()
  for (const date of ['2024-13', '2024-02-30', '2024-00']) {
    const json = await send('POST', '/articles', { title: 'T', language: 'en', published: date, body: `Putin landed on ${date}.` })
    t.equal(json.statusCode, 400, `${date} as JSON`)
    const text = await send('POST', '/articles?title=T', articleFile(date, `Putin landed on ${date}.`))
    t.equal(text.statusCode, 422, `${date} as text/plain: ${text.body.slice(0, 160)}`)
  }
  t.same(await snapshot(), before, 'no article stored')
})

for (const article of QUOTING) {
  t.test(`?extract=true stores the statements of a new ${article.language} article: extracted, with a confidence, at their exact offsets`, async (t) => {
    const { app, send } = await appWithKey(t)
    const res = await send('POST', `/articles?title=Quotes&extract=true&language=${article.language}`, articleFile('2024-06-20', article.body))
    t.equal(res.statusCode, 201, res.body)
    const { id, body } = res.json()
    t.equal(body, article.body)

    const found = await statementsOf(app, id)
    t.same(found.map((s) => s.text).sort(), [article.known, article.unknown.text].sort(), 'both quotes found')
    for (const statement of found) {
      t.equal(statement.origin, 'extracted', statement.text)
      t.ok(statement.confidence >= 0 && statement.confidence <= 1, `confidence ${statement.confidence} in [0, 1]`)
      t.equal(body.slice(statement.source.start, statement.source.end), statement.text, 'offsets are the slice of the body')
      t.equal(statement.updatedBy, 'editor')
    }

    const byPutin = found.find((s) => s.text === article.known)
    t.equal(byPutin?.speaker.id, 'par_vladimir-putin', 'a known speaker is matched by alias')
    const byNewcomer = found.find((s) => s.text === article.unknown.text)
    t.equal(byNewcomer?.speaker.name, article.unknown.name)
    const newcomer = await getJson(app, `/participants/${byNewcomer?.speaker.id}`)
    t.match(newcomer.body, { name: article.unknown.name, kind: 'person', origin: 'extracted' }, 'an unknown speaker is created as extracted')
  })
}

t.test('extracting an article again stores nothing new, and uses the same event', async (t) => {
  const { app, send, snapshot } = await appWithKey(t)
  const { id } = (await send('POST', '/articles?title=Quotes&extract=true', articleFile('2024-06-20', QUOTING[0]!.body))).json()
  const stored = await statementsOf(app, id)
  t.equal(stored.length, 2)
  const eventId = stored[0].event.id
  const event = await getJson(app, `/events/${eventId}`)
  t.match(event.body, { type: 'other', title: 'Quotes', startDate: '2024-06-20', articles: [id] }, 'a new event reported by the article')

  const before = await snapshot()
  const again = await send('POST', `/articles/${id}/extract`)
  t.equal(again.statusCode, 200)
  t.match(again.json(), { event: eventId, created: [], participantsCreated: [], alreadyStored: 2 })
  t.same(await snapshot(), before, 'nothing written')
})

t.test('POST /articles/{id}/extract?event= attaches the statements to that event; an unknown event is a 404 that stores nothing', async (t) => {
  const { app, send, snapshot } = await appWithKey(t)
  const { id } = (await send('POST', '/articles?title=Quotes', articleFile('2024-06-20', QUOTING[1]!.body))).json()
  t.same(await statementsOf(app, id), [], 'nothing extracted without ?extract=true')

  const before = await snapshot()
  const unknown = await send('POST', `/articles/${id}/extract?event=evt_nothing-here`)
  t.equal(unknown.statusCode, 404)
  t.match(unknown.json(), { code: 'NEWS_EVENT_NOT_FOUND' })
  t.same(await snapshot(), before)

  const res = await send('POST', `/articles/${id}/extract?event=evt_putin-kim-talks-2024`)
  t.equal(res.statusCode, 200)
  const report = res.json()
  t.equal(report.event, 'evt_putin-kim-talks-2024')
  t.equal(report.created.length, 2)
  t.equal(report.alreadyStored, 0)
  t.same(report.participantsCreated, [report.created.find((s: any) => s.speaker.name === 'John Smith')?.speaker.id])
  for (const statement of report.created) {
    t.equal(statement.event.id, 'evt_putin-kim-talks-2024')
    t.equal(statement.origin, 'extracted')
  }
  const atEvent = (await getJson(app, '/events/evt_putin-kim-talks-2024/statements?limit=100')).body.data.map((s: any) => s.id)
  for (const statement of report.created) t.ok(atEvent.includes(statement.id), `${statement.id} is listed at the event`)
})

t.test('POST /articles/{id}/extract of an unknown article is a 404', async (t) => {
  const { send } = await appWithKey(t)
  const res = await send('POST', '/articles/art_nothing-here/extract')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { code: 'NEWS_ARTICLE_NOT_FOUND' })
})

t.test('GET /statements?origin=extracted lists exactly the extracted statements', async (t) => {
  const { app, send } = await appWithKey(t)
  t.same((await getJson(app, '/statements?origin=extracted')).body.data, [], 'seed data: none at first')
  const ids: string[] = []
  for (const article of QUOTING) {
    const { id } = (await send('POST', '/articles?title=Quotes&extract=true', articleFile('2024-06-20', article.body))).json()
    ids.push(...(await statementsOf(app, id)).map((s) => s.id))
  }
  t.equal(ids.length, 4)
  const extracted = (await getJson(app, '/statements?origin=extracted&limit=100')).body.data
  t.same(extracted.map((s: any) => s.id).sort(), ids.sort())
  t.ok(extracted.every((s: any) => s.origin === 'extracted'))
  t.equal((await getJson(app, '/statements?origin=curated&count=true')).body.total, 9, 'the curated ones are not listed as extracted')
})

t.test('seed data: extracting the seed article finds its 9 statements already stored and creates nothing', async (t) => {
  const { send, snapshot } = await appWithKey(t)
  const before = await snapshot()
  const res = await send('POST', `/articles/${SEED_ARTICLE}/extract`)
  t.equal(res.statusCode, 200)
  t.match(res.json(), { event: 'evt_putin-state-visit-north-korea-2024', alreadyStored: 9, created: [], participantsCreated: [] })
  t.same(await snapshot(), before)
})
