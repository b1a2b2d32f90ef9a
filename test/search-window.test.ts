import { createHash } from 'node:crypto'
import t, { type Test } from 'tap'
import { build, getJson, walk } from './helper.js'
import type { TableName, TestStore } from './store.js'
import { RANKED_MATCHES } from '../src/lib/search-syntax.js'

// A relevance search may rank only the RANKED_MATCHES most recently added matches of `q`, but the
// other filters of the request choose which matches those are: a quiet speaker whose few statements
// are older than a crowd's thousands must still find them with `q=kremlin&speaker=…`.

type App = Awaited<ReturnType<typeof build>>['app']

const WORD = 'kremlin'
/** More matches than relevance ranks, all of them added after the quiet records. */
const CROWD = RANKED_MATCHES + 100

/** Four words, `times` of them Kremlin: equal lengths, so bm25 ranks them by `times` alone. */
const saying = (times: number) => [...Array(times).fill('Kremlin'), ...Array(4 - times).fill('talks')].join(' ')

const QUIET_ENVOY = 'par_quiet-envoy'
const MINISTER = 'par_mentioned-minister'
const QUIET_EVENT = 'evt_quiet-treaty-1990'
const QUIET_ARTICLE = 'art_quiet-1990'
const FRENCH_ARTICLE = 'art_quiet-1990-fr'
const TREATY_EVENTS = [QUIET_EVENT, 'evt_quiet-protocol-1991']

/** The quiet envoy's statements at the 1990 treaty: how often each says Kremlin, in the order added. */
const ENVOY_SAYS = [2, 4, 1, 3, 2]
const envoyStatement = (i: number) => `stm_quiet-envoy-${i}`
/** Reported in French by a spokesman, extracted, mentioning the minister: four words, one Kremlin. */
const REPORTED = { id: 'stm_quiet-reported-fr', text: 'Le Kremlin a précisé', times: 1 }

/** Every quiet statement, in the order added (the lowest rowids or seqs), with what it matches. */
const QUIET = [
  ...ENVOY_SAYS.map((times, i) => ({ id: envoyStatement(i), text: saying(times), times, speaker: QUIET_ENVOY, article: QUIET_ARTICLE, language: 'en', kind: 'direct', origin: 'curated', mentions: i === 1 ? [MINISTER] : [] })),
  { ...REPORTED, speaker: 'par_quiet-spokesman', article: FRENCH_ARTICLE, language: 'fr', kind: 'indirect', origin: 'extracted', mentions: [MINISTER] }
]
type Quiet = typeof QUIET[number]

/** The quiet statements that pass `keep`, best first: most Kremlins, ties in the order added. */
const bestFirst = (keep: (s: Quiet) => boolean) =>
  QUIET.map((s, added) => ({ ...s, added })).filter(keep).sort((a, b) => b.times - a.times || a.added - b.added).map((s) => s.id)

type Row = Record<string, string | number | null>

/** Rows per INSERT: under SQLite's limit of 32,766 bound values with every column of the widest table. */
const CHUNK = 1000

/**
 * Inserts rows in the order given, a thousand per statement, so the order they were added (rowid on
 * SQLite, seq on PostgreSQL) follows it. Each row still passes the table's constraints and
 * triggers (the search index follows), without a round trip per row.
 */
async function insertRows (store: TestStore, table: TableName, rows: Row[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await store.insert(table, rows.slice(i, i + CHUNK))
}

const article = (id: string, title: string, language: string, published: string, body: string) =>
  ({ id, title, language, published, body, bodyHash: createHash('sha256').update(body).digest('hex') })

/** A statement quoting `text` from `article`'s body, exactly where it occurs, as the schema requires. */
function quoting (from: { id: string, body: string }, text: string) {
  const start = from.body.indexOf(text)
  if (start === -1) throw new Error(`"${text}" is not in ${from.id}`)
  return { text, articleId: from.id, start, end: start + text.length }
}

/**
 * The corpus: the quiet records first (added first), then CROWD events,
 * articles and statements saying Kremlin, each added later than every quiet one.
 */
async function fill (store: TestStore) {
  const quietArticles = [
    article(QUIET_ARTICLE, 'The envoy at the Kremlin', 'en', '1990-05-02', [1, 2, 3, 4].map((times) => `The envoy said: "${saying(times)}"`).join(' ')),
    article(FRENCH_ARTICLE, 'Le traité', 'fr', '1990-05-02', `${REPORTED.text} les termes du traité, selon le porte-parole.`)
  ]
  const crowdText = 'The Kremlin said nothing.'
  const crowd = Array.from({ length: CROWD }, (_, i) => String(i).padStart(5, '0'))
  const crowdArticles = crowd.map((n) => article(`art_crowd-${n}`, `Briefing ${n}`, 'en', '2024-06-19', `Briefing ${n}: "${crowdText}"`))

  await insertRows(store, 'participants', [
    { id: QUIET_ENVOY, kind: 'person', name: 'Quiet Envoy' },
    { id: 'par_quiet-spokesman', kind: 'person', name: 'Quiet Spokesman' },
    { id: MINISTER, kind: 'person', name: 'Mentioned Minister' },
    { id: 'par_crowd-spokesman', kind: 'person', name: 'Crowd Spokesman' }
  ])
  await insertRows(store, 'events', [
    { id: QUIET_EVENT, title: 'Treaty signed at the Kremlin', type: 'treaty-signing', startDate: '1990-05-01' },
    { id: TREATY_EVENTS[1] as string, title: 'Kremlin protocol to the treaty', type: 'treaty-signing', startDate: '1991-03-01' },
    ...crowd.map((n) => ({ id: `evt_crowd-${n}`, title: `Kremlin briefing ${n}`, type: 'meeting', startDate: '2024-06-19' }))
  ])
  await insertRows(store, 'articles', [...quietArticles, ...crowdArticles])
  const from = (id: string) => quietArticles.find((a) => a.id === id) as { id: string, body: string }
  await insertRows(store, 'statements', [
    ...QUIET.map((s) => ({ id: s.id, eventId: QUIET_EVENT, speakerId: s.speaker, language: s.language, kind: s.kind, origin: s.origin, ...quoting(from(s.article), s.text) })),
    ...crowd.map((n) => ({ id: `stm_crowd-${n}`, eventId: 'evt_crowd-00000', speakerId: 'par_crowd-spokesman', language: 'en', kind: 'direct', origin: 'curated', ...quoting(crowdArticles[0] as { id: string, body: string }, crowdText) }))
  ])
  await insertRows(store, 'statementMentions', QUIET.flatMap((s) => s.mentions.map((participant) => ({ statementId: s.id, participantId: participant }))))
}

const started = Date.now()
const { app, store } = await build(t)
await fill(store)
t.comment(`${QUIET.length} quiet statements, then ${CROWD} statements, events and articles saying "${WORD}", in ${Date.now() - started} ms`)

/** The first page of a counted search, after checking it answered 200. */
async function counted (t: Test, app: App, url: string) {
  const { status, body } = await getJson(app, url)
  t.equal(status, 200, url)
  return body as { data: Array<{ id: string, speaker?: { id: string }, type?: string }>, total: number }
}

/** Checks that a filtered search answers exactly `expected`, in that order, its total agreeing. */
async function findsAll (t: Test, url: string, expected: string[]) {
  const { data, total } = await counted(t, app, url)
  t.equal(total, expected.length, `${url}: total counts the matches`)
  if (!t.ok(data.length > 0, `${url}: the page is not empty while the total is ${total}`)) return data
  t.equal(data.length, total, `${url}: every match is on the page (total ≤ limit)`)
  t.same(data.map((s) => s.id), expected, `${url}: those matches, best first`)
  return data
}

t.test('a quiet speaker\'s statements are found by relevance, though thousands of newer ones say the same word', async (t) => {
  const envoy = bestFirst((s) => s.speaker === QUIET_ENVOY)
  const data = await findsAll(t, `/statements?q=${WORD}&speaker=${QUIET_ENVOY}&count=true`, envoy)
  t.ok(data.every((s) => s.speaker?.id === QUIET_ENVOY), 'every one is by the quiet envoy')
  await findsAll(t, `/statements?q=${WORD}&speaker=${encodeURIComponent('Quiet Envoy')}&count=true`, envoy)
  await findsAll(t, `/statements?q=${WORD}&speaker=${QUIET_ENVOY}&sort=-relevance&count=true`, [...envoy].reverse())
})

t.test('every other statement filter picks the matches before relevance ranks them', async (t) => {
  const cases: Array<[string, (s: Quiet) => boolean]> = [
    [`mentioned=${MINISTER}`, (s) => s.mentions.includes(MINISTER)],
    [`event=${QUIET_EVENT}`, () => true],
    ['eventType=treaty-signing', () => true],
    ['to=1999', () => true],
    ['from=1990&to=1990-12', () => true],
    [`article=${QUIET_ARTICLE}`, (s) => s.article === QUIET_ARTICLE],
    [`article=${FRENCH_ARTICLE}`, (s) => s.article === FRENCH_ARTICLE],
    ['language=fr', (s) => s.language === 'fr'],
    ['kind=indirect', (s) => s.kind === 'indirect'],
    ['origin=extracted', (s) => s.origin === 'extracted'],
    [`speaker=${QUIET_ENVOY}&mentioned=${MINISTER}`, (s) => s.speaker === QUIET_ENVOY && s.mentions.includes(MINISTER)]
  ]
  for (const [filter, keep] of cases) await findsAll(t, `/statements?q=${WORD}&${filter}&count=true`, bestFirst(keep))
})

t.test('paging by relevance through a quiet speaker\'s matches yields each exactly once, best first', async (t) => {
  const cases: Array<[string, number, (s: Quiet) => boolean]> = [
    [`speaker=${QUIET_ENVOY}`, 2, (s) => s.speaker === QUIET_ENVOY],
    [`event=${QUIET_EVENT}`, 4, () => true],
    ['eventType=treaty-signing', 1, () => true]
  ]
  for (const [filter, limit, keep] of cases) {
    const url = `/statements?q=${WORD}&${filter}&limit=${limit}`
    const seen = (await walk(t, app, url)).map((s: { id: string }) => s.id)
    t.equal(new Set(seen).size, seen.length, `${url}: no statement twice`)
    t.same(seen, bestFirst(keep), `${url}: every match once, best first`)
  }
})

t.test('events of a rare type and articles in a rare language are found by relevance among thousands of newer matches', async (t) => {
  const events = await counted(t, app, `/events?q=${WORD}&type=treaty-signing&count=true`)
  t.equal(events.total, TREATY_EVENTS.length, 'the total counts the treaty events')
  t.ok(events.data.length > 0, `the page is not empty while the total is ${events.total}`)
  t.same(events.data.map((e) => e.id).sort(), [...TREATY_EVENTS].sort(), 'both treaty events')
  t.ok(events.data.every((e) => e.type === 'treaty-signing'), 'and nothing else')

  const articles = await counted(t, app, `/articles?q=${WORD}&language=fr&count=true`)
  t.equal(articles.total, 1, 'the total counts the French article')
  t.ok(articles.data.length > 0, `the page is not empty while the total is ${articles.total}`)
  t.same(articles.data.map((a) => a.id), [FRENCH_ARTICLE], 'the French article, and nothing else')
})

t.test('a search alone still answers a full page at once, however common the word', async (t) => {
  for (const path of ['/statements', '/events', '/articles']) {
    const url = `${path}?q=${WORD}&count=true`
    const asked = Date.now()
    const { data, total } = await counted(t, app, url)
    const took = Date.now() - asked
    t.equal(data.length, 20, `${url}: a full page`)
    t.ok(total > RANKED_MATCHES, `${url}: the total counts every match`)
    t.ok(took < 5000, `${url}: answered in ${took} ms`)
  }
})
