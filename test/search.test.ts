import t, { type Test } from 'tap'
import { createArticle, createEvent, createParticipant, createStatement, createStatements, many } from './factories.js'
import { appStore, build, getJson } from './helper.js'
import type { TestStore } from './store.js'
import { RANKED_MATCHES } from '../src/lib/search-syntax.js'
import type { App } from '../src/app.js'

const ids = (body: { data: Array<{ id: string }> }) => body.data.map((row) => row.id)
const seedStatement = (n: number) => `stm_af1a277ce4d4aaad-0${n}`
const SEED_EVENTS = [
  'evt_airport-welcome-2024', 'evt_kim-il-sung-square-ceremony-2024', 'evt_kim-invited-to-moscow-2024',
  'evt_partnership-treaty-signing-2024', 'evt_putin-kim-talks-2024', 'evt_putin-kim-tete-a-tete-2024',
  'evt_putin-press-statement-2024', 'evt_putin-state-visit-north-korea-2024'
]
const SEARCHABLE = ['/statements', '/events', '/articles']

/** The ids a list answers, after checking it answered 200. */
async function listed (t: Test, app: App, url: string): Promise<string[]> {
  const { status, body } = await getJson(app, url)
  t.equal(status, 200, url)
  return status === 200 ? ids(body) : []
}

/** Follows `links.next` from the first page to the last and returns every id seen, in order. */
async function walk (t: Test, app: App, url: string): Promise<string[]> {
  const seen: string[] = []
  let next: string | null = url
  for (let pages = 0; next !== null; pages++) {
    if (pages > 100) throw new Error(`pagination of ${url} does not end`)
    const res: { status: number, body: any } = await getJson(app, next)
    t.equal(res.status, 200, next)
    if (res.status !== 200) break
    seen.push(...ids(res.body))
    next = res.body.links.next
  }
  return seen
}

/** Checks a 400 problem+json that names `name` as the offending query parameter. */
async function expectProblem (t: Test, app: App, url: string, name: string) {
  const res = await app.inject(url)
  t.equal(res.statusCode, 400, url)
  t.match(res.headers['content-type'], /^application\/problem\+json/, url)
  t.match(res.json(), { status: 400, code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name }] }, url)
}

/** One article holding every text, and a speaker and an event to hang statements on. */
async function quoting (store: TestStore, texts: string[]) {
  const article = await createArticle(store, { body: texts.map((text, i) => `Speaker ${i} said: "${text}"`).join(' ') })
  const speaker = await createParticipant(store)
  const event = await createEvent(store)
  const say = async (text: string) => await createStatement(store, { eventId: event.id, speakerId: speaker.id, article }, { text })
  return { article, say }
}

/** Texts of equal length (so bm25 weighs them alike) holding `treaty` 1 to 4 times. */
const treaties = (times: number) => [...Array(times).fill('treaty'), ...Array(4 - times).fill('pact')].join(' ')

t.test('seed data: q ignores case and accents and understands phrases, prefixes, AND, OR and NOT', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, number[]]> = [
    ['defensif', [5]],
    ['DÉFENSIF', [5]],
    ['Defensif', [5]],
    ['"nouvelle ère"', [7]],
    ['"NOUVELLE ERE"', [7]],
    ['"ère nouvelle"', []],
    ['révolution*', [3]],
    ['REVOLUTION*', [3]],
    ['révolution', []],
    ['russie', [2, 4, 5]],
    ['russie accord', [5]],
    ['russie AND accord', [5]],
    ['accord diktat', []],
    ['défensif OR ami', [5, 6]],
    ['russie NOT accord', [2, 4]],
    ['(défensif OR ami) AND russie', [5]],
    ['zeppelin', []]
  ]
  for (const [q, expected] of cases) {
    t.same(await listed(t, app, `/statements?sort=id&q=${encodeURIComponent(q)}`), expected.map(seedStatement), q)
  }
})

t.test('results come best first: more occurrences rank higher, -relevance reverses, another sort overrides', async (t) => {
  const { app, store } = await build(t)
  const { say } = await quoting(store, [1, 3, 2].map(treaties))
  const once = await say(treaties(1))
  const thrice = await say(treaties(3))
  const twice = await say(treaties(2))

  t.same(await listed(t, app, '/statements?q=treaty'), [thrice.id, twice.id, once.id], 'by relevance by default')
  t.same(await listed(t, app, '/statements?q=treaty&sort=relevance'), [thrice.id, twice.id, once.id], 'sort=relevance is the default')
  t.same(await listed(t, app, '/statements?q=treaty&sort=-relevance'), [once.id, twice.id, thrice.id], '-relevance: worst first')
  t.same(await listed(t, app, '/statements?q=treaty&sort=id'), [once.id, thrice.id, twice.id], 'sort=id wins over relevance')
  t.same(await listed(t, app, '/statements?q=pact'), [once.id, twice.id, thrice.id], 'the other term ranks the other way')
})

t.test('sort=relevance without q is a 400 naming sort, on every searchable list', async (t) => {
  const { app } = await build(t)
  for (const path of SEARCHABLE) {
    for (const sort of ['relevance', '-relevance']) await expectProblem(t, app, `${path}?sort=${sort}`, 'sort')
  }
})

t.test('seed data: every hit carries a snippet with the matched term in <mark>, without q there is none', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string]> = [
    ['/statements?q=defensif', '<mark>défensif</mark>'],
    ['/statements?q=RUSSIE', '<mark>Russie</mark>'],
    ['/statements?q=révolution*', '<mark>révolutionnaire</mark>'],
    ['/events?q=airport', '<mark>airport</mark>'],
    ['/events?q=pyongyang', '<mark>Pyongyang</mark>'],
    ['/articles?q=kremlin', '<mark>Kremlin</mark>']
  ]
  for (const [url, marked] of cases) {
    const { status, body } = await getJson(app, url)
    t.equal(status, 200, url)
    t.ok(body.data.length > 0, `${url} finds something`)
    for (const hit of body.data) t.match(hit.snippet, marked, `${url}: ${hit.id}`)
  }
  for (const path of SEARCHABLE) {
    const { body } = await getJson(app, path)
    t.ok(body.data.length > 0, `${path} lists something`)
    t.notOk(body.data.some((row: object) => 'snippet' in row), `${path}: no snippet key without q`)
  }
})

t.test('the snippet escapes markup from the text, so <mark> is the only markup in it', async (t) => {
  const { app, store } = await build(t)
  const { say } = await quoting(store, ['<img src=x onerror=alert(1)> treaty & pact'])
  await say('<img src=x onerror=alert(1)> treaty & pact')
  const { body } = await getJson(app, '/statements?q=treaty')
  t.equal(body.data.length, 1)
  const snippet: string = body.data[0].snippet
  t.match(snippet, '<mark>treaty</mark>')
  t.equal(snippet.replace(/<\/?mark>/g, ''), '&lt;img src=x onerror=alert(1)&gt; treaty &amp; pact',
    'text from the article is escaped, not live markup')
})

// Each of these is a broken FTS5 expression: a 400 naming q, on every route that searches.
const MALFORMED = [
  '"unbalanced', 'foo:bar', 'AND', '(', '*', 'NEAR(', 'OR', 'NOT', ')', 'russie OR', 'russie NOT', 'AND russie',
  'russie AND (corée', 'NEAR(a b, x)', '"', '**', 'a:b:c', '{nope}:x', '!!!', ',', '.', "'", ' ', '-', '+'
]
// Odd but possibly valid: whatever they mean, never a server error.
const ODD = [
  '""', '…', '^russie', '"a" *', 'NEAR(russie accord)', 'NEAR(a b, 99999999999999999999)', 'text:russie', 'title:russie',
  '- russie', '%', "l'accord", 'e\u0301', 'ΣΊΣΥΦΟΣ', '\u0000', '🙂', 'x'.repeat(500), 'a'.repeat(200) + '*', 'rank:x'
]

t.test('seed data: malformed search expressions are 400 problems naming q, never 5xx', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const q of MALFORMED) {
    for (const path of [...SEARCHABLE, '/search']) await expectProblem(t, app, `${path}?q=${encodeURIComponent(q)}`, 'q')
  }
})

t.test('seed data: odd search expressions answer 200 or a 400 naming q, never 5xx', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const q of ODD) {
    for (const path of [...SEARCHABLE, '/search']) {
      const url = `${path}?q=${encodeURIComponent(q)}`
      const res = await app.inject(url)
      t.ok(res.statusCode === 200 || res.statusCode === 400, `${url} answered ${res.statusCode}`)
      if (res.statusCode === 400) t.equal(res.json().errors[0].name, 'q', url)
    }
  }
})

t.test('seed data: a malformed q streamed as CSV is a 400 problem too, not a torn 200', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const path of SEARCHABLE) {
    for (const format of ['csv', 'ndjson']) {
      const url = `${path}?q=${encodeURIComponent('"unbalanced')}&format=${format}&all=true`
      const res = await app.inject(url).catch((err: Error) => ({ statusCode: `no answer (${err.message})`, json: () => ({}) }))
      t.equal(res.statusCode, 400, url)
      if (res.statusCode === 400) t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ name: 'q' }] }, url)
    }
  }
})

t.test('the statement index follows updates and deletes', async (t) => {
  const { app, store } = await build(t)
  const { article, say } = await quoting(store, ['The harvest failed.', 'The vineyard flourished.'])
  const statement = await say('The harvest failed.')
  t.same(await listed(t, app, '/statements?q=harvest'), [statement.id])

  const text = 'The vineyard flourished.'
  const start = article.body.indexOf(text)
  await store.query('update statements set text = ?, start = ?, "end" = ? where id = ?', text, start, start + text.length, statement.id)
  t.same(await listed(t, app, '/statements?q=harvest'), [], 'the old words are gone')
  const { body } = await getJson(app, '/statements?q=vineyard')
  t.same(ids(body), [statement.id], 'the new words are found')
  t.match(body.data[0], { text, snippet: /<mark>vineyard<\/mark>/ })

  await store.query('delete from statement_mentions where statement_id = ?', statement.id)
  await store.query('delete from statements where id = ?', statement.id)
  t.same(await listed(t, app, '/statements?q=vineyard'), [], 'a deleted statement is not found')
})

t.test('repeated searches are answered from a cache that any commit empties, from this connection or another', async (t) => {
  const { app, store } = await build(t)
  const { article, say } = await quoting(store, ['The harvest failed.', 'The harvest was late.', 'The vineyard flourished.'])
  const first = await say('The harvest failed.')
  const url = '/statements?q=harvest&count=true'
  const again = async () => (await getJson(app, url)).body
  t.same((await again()).total, 1)
  t.same(await again(), await again(), 'the same answer twice')

  // A write by the app's own connection (as the API writes).
  const second = await createStatement(appStore(app), { eventId: first.eventId, speakerId: first.speakerId, article }, { text: 'The harvest was late.' })
  t.same(ids(await again()).sort(), [first.id, second.id].sort(), 'a commit on the app\'s connection is seen')
  t.equal((await again()).total, 2, 'and the count follows')

  // A write by another connection (another process, the CLI).
  await store.query('delete from statements where id = ?', first.id)
  t.same(ids(await again()), [second.id], 'a commit on another connection is seen')
  t.equal((await again()).total, 1)
})

t.test(`a relevance sort ranks the ${RANKED_MATCHES} most recently added matches; other sorts and the count see them all`, async (t) => {
  const { app, store } = await build(t)
  const { article, say } = await quoting(store, ['The harvest, the harvest, the harvest failed.', 'A harvest.'])
  const richest = await say('The harvest, the harvest, the harvest failed.')
  await createStatements(store, { eventId: richest.eventId, speakerId: richest.speakerId, article }, RANKED_MATCHES, { text: 'A harvest.' })

  const ranked = (await getJson(app, '/statements?q=harvest&limit=100&count=true')).body
  t.equal(ranked.total, RANKED_MATCHES + 1, 'the count is of every match')
  t.equal(ranked.data.length, 100)
  t.notOk(ranked.data.some((s: { id: string }) => s.id === richest.id), 'the oldest match is outside the ranked window, however relevant')
  const byId = (await getJson(app, '/statements?q=harvest&sort=id&limit=1')).body
  t.same(ids(byId), [richest.id], 'sorted by id, every match is there')
  t.match(byId.data[0].snippet, /<mark>harvest<\/mark>/, 'with its snippet')
})

t.test('the event and article indexes follow updates and deletes', async (t) => {
  const { app, store } = await build(t)
  const event = await createEvent(store, { title: 'Harvest festival', summary: 'Grapes were picked.', locationName: 'Bordeaux' })
  const article = await createArticle(store, { title: 'Harvest report', body: 'Grapes were picked in Bordeaux.' })
  const cases = [
    { path: '/events', table: 'events', column: 'summary', id: event.id, old: 'grapes', value: 'Zeppelins were seen.', fresh: 'zeppelins' },
    { path: '/events', table: 'events', column: 'location_name', id: event.id, old: 'bordeaux', value: 'Friedrichshafen', fresh: 'friedrichshafen' },
    { path: '/articles', table: 'articles', column: 'title', id: article.id, old: 'harvest', value: 'Zeppelin report', fresh: 'zeppelin' },
    { path: '/articles', table: 'articles', column: 'body', id: article.id, old: 'grapes', value: 'Nothing happened in Friedrichshafen.', fresh: 'friedrichshafen' }
  ]
  for (const { path, table, column, id, old, value, fresh } of cases) {
    t.same(await listed(t, app, `${path}?q=${old}`), [id], `${table}.${column}: ${old} found before`)
    await store.query(`update ${table} set ${column} = ? where id = ?`, value, id)
    t.same(await listed(t, app, `${path}?q=${old}`), [], `${table}.${column}: ${old} gone after the update`)
    t.same(await listed(t, app, `${path}?q=${fresh}`), [id], `${table}.${column}: ${fresh} found after the update`)
  }
  await store.query('delete from events where id = ?', event.id)
  await store.query('delete from articles where id = ?', article.id)
  t.same(await listed(t, app, '/events?q=zeppelin*'), [], 'a deleted event is not found')
  t.same(await listed(t, app, '/articles?q=zeppelin*'), [], 'a deleted article is not found')
})

t.test('seed data: /events q finds the events located in Pyongyang', async (t) => {
  const { app } = await build(t, { seed: true })
  const found = await listed(t, app, '/events?q=pyongyang&limit=100')
  t.same([...found].sort(), SEED_EVENTS)
  t.same(await listed(t, app, '/events?q=pyongyang&sort=startDate&limit=100'), SEED_EVENTS, 'sort=startDate keeps the same hits')
})

t.test('/events q matches titles, summaries and location names; /articles q titles and bodies', async (t) => {
  const { app, store } = await build(t)
  const inTitle = await createEvent(store, { title: 'Zeppelin parade', summary: 'A parade.', locationName: 'Paris' })
  const inSummary = await createEvent(store, { title: 'A parade', summary: 'Zeppelins flew over.', locationName: 'Paris' })
  const inLocation = await createEvent(store, { title: 'A parade', summary: 'A parade.', locationName: 'Zeppelin Field' })
  await createEvent(store, { title: 'A parade', summary: 'A parade.', locationName: 'Paris' })
  t.same(await listed(t, app, '/events?q=zeppelin*&sort=title'), [inSummary.id, inLocation.id, inTitle.id])

  const titled = await createArticle(store, { title: 'Zeppelin news', body: 'Nothing to report.' })
  const bodied = await createArticle(store, { title: 'News', body: 'A zeppelin landed.' })
  await createArticle(store, { title: 'News', body: 'Nothing more to report.' })
  t.same(await listed(t, app, '/articles?q=zeppelin&sort=published'), [titled.id, bodied.id])
})

t.test('seed data: GET /search answers the best hits of each type, each group linked to its full list', async (t) => {
  const { app } = await build(t, { seed: true })
  const q = 'russie OR "nouvelle ère" OR pyongyang'
  const { status, body } = await getJson(app, `/search?q=${encodeURIComponent(q)}`)
  t.equal(status, 200)
  t.same(Object.keys(body).sort(), ['articles', 'events', 'statements'])
  t.equal(body.events.data.length, 5, 'five hits per group by default')
  for (const [name, group] of Object.entries<any>(body)) {
    t.same(Object.keys(group).sort(), ['data', 'links'], `${name}: no total without count=true`)
    t.ok(group.data.length > 0, `${name} has hits`)
    t.ok(group.data.every((hit: any) => /<mark>/.test(hit.snippet)), `${name}: every hit has a snippet`)
    const all = await getJson(app, group.links.all)
    t.equal(all.status, 200, group.links.all)
    t.equal(all.body.data[0].id, group.data[0].id, `${name}: links.all starts with the same hit`)
    t.same(ids(all.body).slice(0, group.data.length), ids(group), `${name}: the group is the head of the full list`)
  }
})

t.test('seed data: GET /search limit is per group and count=true adds exact totals', async (t) => {
  const { app } = await build(t, { seed: true })
  const q = encodeURIComponent('russie OR pyongyang')
  const { status, body } = await getJson(app, `/search?q=${q}&limit=2&count=true`)
  t.equal(status, 200)
  for (const name of ['statements', 'events', 'articles']) {
    const everything = await walk(t, app, `/${name}?q=${q}&limit=3`)
    t.equal(body[name].total, everything.length, `${name}: total counts every hit`)
    t.same(ids(body[name]), everything.slice(0, 2), `${name}: at most two, the best ones`)
  }
  t.equal(body.events.total, 8, 'all eight seed events are in Pyongyang')
  t.equal((await getJson(app, `/search?q=${q}&limit=50`)).body.events.data.length, 8)
})

t.test('GET /search refuses a missing or empty q and a bad limit', async (t) => {
  const { app } = await build(t)
  const cases: Array<[string, string]> = [
    ['/search', 'q'],
    ['/search?q=', 'q'],
    ['/search?limit=3', 'q'],
    ['/search?q=x&limit=0', 'limit'],
    ['/search?q=x&limit=51', 'limit'],
    ['/search?q=x&sort=id', 'sort']
  ]
  for (const [url, name] of cases) await expectProblem(t, app, url, name)
})

t.test('paging through search results yields every hit once, in relevance order', async (t) => {
  const { app, store } = await build(t)
  // Ties on purpose: equal texts rank equally and must come in id order.
  const times = [2, 4, 1, 2, 3, 4, 1, 2]
  const { say } = await quoting(store, [...[1, 2, 3, 4].map(treaties), 'No such word here.'])
  const said = await many(times.length, async (i) => ({ n: times[i]!, id: (await say(treaties(times[i]!))).id }))
  await say('No such word here.')
  const best = [...said].sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1)).map((s) => s.id)

  t.same(await walk(t, app, '/statements?q=treaty&limit=1'), best)
  t.same(await walk(t, app, '/statements?q=treaty&limit=3&sort=-relevance'), [...best].reverse())
  const counted = await getJson(app, '/statements?q=treaty&limit=1&count=true')
  t.equal(counted.body.total, said.length, 'count=true counts every hit')

  const events = await many(times.length, async (i) => ({ n: times[i]!, id: (await createEvent(store, { title: treaties(times[i]!) })).id }))
  const bestEvents = [...events].sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1)).map((e) => e.id)
  t.same(await walk(t, app, '/events?q=treaty&limit=2'), bestEvents)
})

t.test('a search cursor cannot be replayed without the search', async (t) => {
  const { app, store } = await build(t)
  const { say } = await quoting(store, ['treaty'])
  await say('treaty')
  await say('treaty')
  const first = await getJson(app, '/statements?q=treaty&limit=1')
  t.type(first.body.nextCursor, 'string')
  await expectProblem(t, app, `/statements?cursor=${first.body.nextCursor}`, 'cursor')
  await expectProblem(t, app, `/statements?q=treaty&sort=id&cursor=${first.body.nextCursor}`, 'cursor')
})
