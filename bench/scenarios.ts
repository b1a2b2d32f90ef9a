// What the benchmark asks for: ids picked from the database it runs on, and the scenarios built
// from them.
import Database from 'better-sqlite3'
import { SEARCH_PAGES_KEPT } from '../src/db/sqlite/search-cache.js'
import { CONFIG_DEFAULTS } from '../src/config.js'

export interface Fixtures {
  counts: Record<'events' | 'participants' | 'statements' | 'articles', number>
  /** A spread of event ids (evenly over the table), cycled through by the event-by-id scenario. */
  eventIds: string[]
  /** The event with the most statements among those with participants and articles. */
  richEvent: { id: string, participants: number, statements: number, articles: number }
  /** The participant in the most events, and a date range over the middle half of them. */
  participant: { id: string, events: number, from: string, to: string }
  /** The speaker with the most statements. */
  speaker: { id: string, statements: number }
  /** The most frequent word of the statements, for full-text search. */
  word: { text: string, sampleHits: number, sampleSize: number }
  /** Searches that do not repeat within the search caches' reach: pairs of the next most frequent words. */
  searches: string[]
}

const count = (db: Database.Database, table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n

/** Reads the database (read-only) for the ids and words the scenarios use. */
export function pickFixtures (path: string): Fixtures {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const counts = {
      events: count(db, 'events'),
      participants: count(db, 'participants'),
      statements: count(db, 'statements'),
      articles: count(db, 'articles')
    }
    if (counts.events === 0 || counts.statements === 0) throw new Error(`${path} has no events or no statements to benchmark`)

    const step = Math.max(1, Math.floor(counts.events / 100))
    const eventIds = (db.prepare('select id from events where (rowid % ?) = 0 order by rowid limit 100').all(step) as Array<{ id: string }>).map((r) => r.id)
    if (eventIds.length === 0) eventIds.push((db.prepare('select id from events limit 1').get() as { id: string }).id)

    const speaker = db.prepare(`
      select speaker_id as id, count(*) as statements from statements
      group by speaker_id order by statements desc, speaker_id limit 1`).get() as Fixtures['speaker']

    const richEvent = (db.prepare(`
      select s.event_id as id, count(*) as statements,
        (select count(*) from event_participants p where p.event_id = s.event_id) as participants,
        (select count(*) from event_articles a where a.event_id = s.event_id) as articles
      from statements s group by s.event_id
      order by (participants > 0 and articles > 0) desc, statements desc, id limit 1`).get()) as Fixtures['richEvent']

    const busiest = db.prepare(`
      select participant_id as id, count(distinct event_id) as events from event_participants
      group by participant_id order by events desc, participant_id limit 1`).get() as { id: string, events: number } | undefined
    if (busiest === undefined) throw new Error(`${path} has no event participants to benchmark`)
    const dates = (db.prepare(`
      select e.start_date as d from events e join event_participants p on p.event_id = e.id
      where p.participant_id = ? order by e.start_date`).all(busiest.id) as Array<{ d: string }>).map((r) => r.d)
    const participant = {
      ...busiest,
      from: dates[Math.floor(dates.length / 4)] ?? dates[0] ?? '1900',
      to: dates[Math.floor((dates.length * 3) / 4)] ?? dates.at(-1) ?? '2100'
    }

    return { counts, eventIds, richEvent, participant, speaker, ...frequentWords(db) }
  } finally {
    db.close()
  }
}

/**
 * Searches that never repeat within the search caches' reach: each read worker and the app keep
 * their own cache, so half again as many as they hold together.
 */
const COLD_SEARCHES = Math.ceil(SEARCH_PAGES_KEPT * (CONFIG_DEFAULTS.READ_WORKERS + 1) * 1.5)

/** The most frequent words of six letters or more in a sample of statements, and the pairs of them found together most often. */
function frequentWords (db: Database.Database): Pick<Fixtures, 'word' | 'searches'> {
  const texts = (db.prepare('select text from statements order by rowid limit 5000').all() as Array<{ text: string }>).map((r) => r.text)
  const seen = new Map<string, number>()
  const together = new Map<string, number>()
  for (const text of texts) {
    const words = [...new Set(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/\p{L}{6,}/gu) ?? [])].sort()
    for (const [i, word] of words.entries()) {
      seen.set(word, (seen.get(word) ?? 0) + 1)
      for (const other of words.slice(i + 1)) together.set(`${word} ${other}`, (together.get(`${word} ${other}`) ?? 0) + 1)
    }
  }
  const ranked = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  const [text, sampleHits] = ranked(seen)[0] ?? ['accord', 0]
  // Both words required: a generated corpus has too few distinct words for that many single-word searches.
  return { word: { text, sampleHits, sampleSize: texts.length }, searches: ranked(together).slice(0, COLD_SEARCHES).map(([pair]) => pair) }
}

export interface Scenario {
  key: string
  title: string
  /** What is requested, as shown in the results. */
  request: string
  /** `load`: autocannon, req/s; `stream`: whole downloads, MB/s and completion time. */
  mode: 'load' | 'stream'
  method: 'GET' | 'POST'
  /** Paths cycled through by every connection. */
  paths: string[]
  /** Hand the paths out in turn across all connections (no two connections asking the same at once). */
  sharedPaths?: boolean
  expectStatus: number
  headers?: Record<string, string>
  /** A new body for every request (writes). */
  body?: () => string
  note?: string
}

const q = (params: Record<string, string | number>) => new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()

export function readScenarios (f: Fixtures, deep: { path: string, page: number }): Scenario[] {
  const firstPage = `/statements?${q({ speaker: f.speaker.id, limit: 20 })}`
  return [
    {
      key: 'event-by-id',
      title: 'Event by id',
      request: `GET /events/{id}, cycling through ${f.eventIds.length} ids spread over the table`,
      mode: 'load',
      method: 'GET',
      paths: f.eventIds.map((id) => `/events/${encodeURIComponent(id)}`),
      expectStatus: 200
    },
    {
      key: 'events-participant-dates',
      title: 'Events by participant and date range',
      request: `GET /events?participant=${f.participant.id}&from=${f.participant.from}&to=${f.participant.to} (${f.participant.events} events in all for this participant)`,
      mode: 'load',
      method: 'GET',
      paths: [`/events?${q({ participant: f.participant.id, from: f.participant.from, to: f.participant.to })}`],
      expectStatus: 200
    },
    {
      key: 'statements-first-page',
      title: 'Statements by speaker, first page',
      request: `GET ${firstPage} (${f.speaker.statements} statements by this speaker)`,
      mode: 'load',
      method: 'GET',
      paths: [firstPage],
      expectStatus: 200
    },
    {
      key: 'statements-deep-page',
      title: `Statements by speaker, page ${deep.page} (keyset cursor)`,
      request: `GET ${firstPage}&cursor=… (page ${deep.page}, reached by following nextCursor from the first page)`,
      mode: 'load',
      method: 'GET',
      paths: [deep.path],
      expectStatus: 200,
      ...(deep.page < 500 ? { note: `the speaker's statements end at page ${deep.page}: this database is too small to go 500 pages deep` } : {})
    },
    {
      key: 'statements-fts',
      title: 'Full-text search on statements, the same search repeated',
      request: `GET /statements?q=${f.word.text} (in ${f.word.sampleHits} of the first ${f.word.sampleSize} statements)`,
      mode: 'load',
      method: 'GET',
      paths: [`/statements?${q({ q: f.word.text })}`],
      expectStatus: 200
    },
    {
      key: 'statements-fts-cold',
      title: 'Full-text search on statements, never the same words twice in a row',
      request: `GET /statements?q=… cycling through the ${f.searches.length} pairs of words found together most often in a sample (half again as many as the search caches of the app and its read workers keep, so each search is ranked anew)`,
      mode: 'load',
      method: 'GET',
      paths: f.searches.map((words) => `/statements?${q({ q: words })}`),
      sharedPaths: true,
      expectStatus: 200
    },
    {
      key: 'event-include',
      title: 'Event with participants, statements and articles embedded',
      request: `GET /events/${f.richEvent.id}?include=participants,statements,articles (${f.richEvent.participants} participants, ${f.richEvent.statements} statements, ${f.richEvent.articles} articles)`,
      mode: 'load',
      method: 'GET',
      paths: [`/events/${encodeURIComponent(f.richEvent.id)}?include=participants,statements,articles`],
      expectStatus: 200
    },
    {
      key: 'statements-csv-export',
      title: 'CSV export of a speaker\'s statements, streamed end to end',
      request: `GET /statements?format=csv&all=true&speaker=${f.speaker.id} (${f.speaker.statements} rows)`,
      mode: 'stream',
      method: 'GET',
      paths: [`/statements?${q({ format: 'csv', all: 'true', speaker: f.speaker.id })}`],
      expectStatus: 200
    }
  ]
}

export function writeScenario (key: string, runId: string): Scenario {
  let n = 0
  return {
    key: 'write-participants',
    title: 'Write: create a participant',
    request: 'POST /participants {"kind":"person","name":"Bench <unique>"} with a write key',
    mode: 'load',
    method: 'POST',
    paths: ['/participants'],
    expectStatus: 201,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: () => JSON.stringify({ kind: 'person', name: `Bench ${runId} ${++n}` })
  }
}

/** Answer sizes within this factor of each other share one ceiling measurement. */
export const CEILING_SIZE_STEP = 1.25

/** The ceiling at one answer size: a constant body of `bytes`, on the same Fastify setup. */
export function ceilingScenario (bytes: number): Scenario {
  return {
    key: `ceiling-${bytes}`,
    title: `Ceiling: constant ${bytes.toLocaleString('en-US')}-byte body on the same Fastify setup`,
    request: `GET /__ceiling?bytes=${bytes} (bench/ceiling.ts: buildApp with the server's options plus one route answering a constant JSON body of this size, shaped like the API's answers)`,
    mode: 'load',
    method: 'GET',
    paths: [`/__ceiling?bytes=${bytes}`],
    expectStatus: 200
  }
}

/** The ceiling sizes for these answer sizes: sizes within CEILING_SIZE_STEP of a ceiling use it. */
export function ceilingSizes (answerBytes: number[]): number[] {
  const sizes: number[] = []
  for (const bytes of [...answerBytes].sort((a, b) => a - b)) {
    const last = sizes.at(-1)
    if (last === undefined || bytes > last * CEILING_SIZE_STEP) sizes.push(bytes)
  }
  return sizes
}

/** The ceiling an answer of `bytes` is compared with: the largest not above it (the smallest for tiny answers). */
export function ceilingFor (sizes: number[], bytes: number): number {
  return [...sizes].reverse().find((size) => size <= bytes) ?? sizes[0] as number
}
