// Fills a new database with deterministic, realistic data in bulk: migrations first, then the
// per-row triggers and secondary indexes set aside, rows inserted by reused prepared statements
// in large transactions, then indexes, search and triggers put back, and the result verified.
import { createHash } from 'node:crypto'
import { existsSync, rmSync, statSync } from 'node:fs'
import type SQLite from 'better-sqlite3'
import { openDatabase } from '../db/sqlite/connection.js'
import { applyMigrations } from '../db/sqlite/migrate.js'
import type { Language } from './corpus.js'
import { dayWithin, format, precision } from './dates.js'
import { extend, writeArticle } from './articles.js'
import { readSearchMigration, SetAside, LOADED_TABLES } from './bulk.js'
import { count, Progress, type ProgressStream } from './progress.js'
import { Random } from './random.js'
import { LANGUAGES, makeEvents, makeParticipants, pad } from './world.js'

export interface GenerateOptions {
  /** The database file to create. */
  path: string
  seed?: number
  events?: number
  statements?: number
  participants?: number
  articles?: number
  /** Replace an existing non-empty file. */
  force?: boolean
  /** Rows per transaction. */
  batchSize?: number
  /** Where the progress bar goes (default stderr); null for none. */
  progress?: ProgressStream | null
  /** Phase messages (default: to the progress stream). */
  log?: (line: string) => void
}

export const DEFAULTS = { seed: 42, events: 100_000, statements: 1_000_000, participants: 20_000, articles: 100_000, batchSize: 50_000 }

export type TableCounts = Record<typeof LOADED_TABLES[number], number>

export interface GenerateReport {
  path: string
  seed: number
  counts: TableCounts
  rows: number
  seconds: { migrate: number, load: number, indexes: number, search: number, triggers: number, verify: number, total: number }
  /** Every row loaded, per second of the insert phase (generation included). */
  loadRowsPerSecond: number
  /** Every row, per second of the whole run (indexes, search, verification included). */
  overallRowsPerSecond: number
  /** Statements rows per second spent inside their INSERT (generation excluded). */
  statementInsertsPerSecond: number
  bytes: number
  warnings: string[]
}

export class GenerateError extends Error {
  override name = 'GenerateError'
}

/** A fixed instant the generated timestamps count from, so they are the same on every run. */
const EPOCH = Date.UTC(2025, 0, 1)
const stamp = (ms: number) => new Date(EPOCH + ms).toISOString()

const seconds = (since: number) => (performance.now() - since) / 1000

/** Begins a transaction, and commits and begins again every `size` rows. */
class Batches {
  private rows = 0
  constructor (private readonly sqlite: SQLite.Database, private readonly size: number) {
    sqlite.exec('BEGIN')
  }

  tick (n = 1): void {
    this.rows += n
    if (this.rows >= this.size) {
      this.sqlite.exec('COMMIT; BEGIN')
      this.rows = 0
    }
  }

  end (): void {
    this.sqlite.exec('COMMIT')
  }
}

function checkSizes (o: Required<Pick<GenerateOptions, 'events' | 'statements' | 'participants' | 'articles' | 'seed' | 'batchSize'>>): void {
  for (const [name, value] of Object.entries(o)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new GenerateError(`--${name} must be a non-negative integer, not ${value}`)
  }
  if (o.participants < 3) throw new GenerateError('--participants must be at least 3')
  if (o.events < 1 || o.articles < 1) throw new GenerateError('--events and --articles must be at least 1')
  if (o.batchSize < 1) throw new GenerateError('--batch-size must be at least 1')
}

/** How many statements each article carries: skewed (log-normal weights), summing to `total`. */
function statementCounts (random: Random, articles: number, total: number): Uint32Array {
  const weights = new Float64Array(articles)
  let sum = 0
  for (let a = 0; a < articles; a++) {
    weights[a] = Math.exp(0.8 * random.normal())
    sum += weights[a] as number
  }
  const counts = new Uint32Array(articles)
  let given = 0
  for (let a = 0; a < articles; a++) {
    counts[a] = Math.floor(total * (weights[a] as number) / sum)
    given += counts[a] as number
  }
  for (; given < total; given++) {
    const a = random.int(0, articles - 1)
    counts[a] = (counts[a] as number) + 1
  }
  return counts
}

export function generateDatabase (options: GenerateOptions): GenerateReport {
  const o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS & GenerateOptions
  checkSizes({ seed: o.seed, events: o.events, statements: o.statements, participants: o.participants, articles: o.articles, batchSize: o.batchSize })
  const stream = o.progress === undefined ? process.stderr : o.progress
  const log = o.log ?? ((line: string) => { stream?.write(line + '\n') })
  if (existsSync(o.path) && statSync(o.path).size > 0) {
    if (o.force !== true) throw new GenerateError(`${o.path} exists and is not empty: pass --force to replace it`)
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(o.path + suffix, { force: true })

  const started = performance.now()
  const db = openDatabase(o.path)
  const sqlite = db.$client
  let ok = false
  try {
    applyMigrations(db)
    const migrated = seconds(started)
    const aside = new SetAside(sqlite, readSearchMigration())
    const dropped = aside.drop()
    log(`migrated; set aside ${dropped.triggers} triggers and ${dropped.indexes} indexes for the load`)
    // A new file, deleted if the load fails: no journal, no fsync, no per-row foreign-key lookups
    // (checked once at the end instead).
    sqlite.pragma('foreign_keys = OFF')
    sqlite.pragma('journal_mode = OFF')
    sqlite.pragma('synchronous = OFF')
    sqlite.pragma('cache_size = -262144')
    sqlite.pragma('temp_store = MEMORY')

    const loadStarted = performance.now()
    const { counts, statementSeconds } = load(sqlite, o, stream, log)
    const load_ = seconds(loadStarted)

    let t = performance.now()
    aside.restoreIndexes()
    const indexes = seconds(t)
    log(`indexes rebuilt in ${indexes.toFixed(1)} s`)
    t = performance.now()
    aside.rebuildSearch()
    const search = seconds(t)
    log(`search indexes rebuilt in ${search.toFixed(1)} s`)
    t = performance.now()
    const warnings = aside.restoreTriggers()
    const triggers = seconds(t)

    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('foreign_keys = ON')

    t = performance.now()
    verify(sqlite, counts, o.seed)
    const verifySeconds = seconds(t)
    log(`verified (integrity_check, foreign_key_check, counts, offsets) in ${verifySeconds.toFixed(1)} s`)
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const rows = Object.values(counts).reduce((a, b) => a + b, 0)
    const total = seconds(started)
    ok = true
    return {
      path: o.path,
      seed: o.seed,
      counts,
      rows,
      seconds: { migrate: migrated, load: load_, indexes, search, triggers, verify: verifySeconds, total },
      loadRowsPerSecond: rows / load_,
      overallRowsPerSecond: rows / total,
      statementInsertsPerSecond: statementSeconds > 0 ? counts.statements / statementSeconds : 0,
      bytes: statSync(o.path).size,
      warnings
    }
  } finally {
    sqlite.close()
    if (!ok) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(o.path + suffix, { force: true })
  }
}

function load (
  sqlite: SQLite.Database, o: typeof DEFAULTS, stream: ProgressStream | null, log: (line: string) => void
): { counts: TableCounts, statementSeconds: number } {
  const random = new Random(o.seed)
  const counts: TableCounts = {
    participants: 0, participant_aliases: 0, events: 0, event_participants: 0, articles: 0, event_articles: 0, statements: 0, statement_mentions: 0
  }
  const insert = {
    participant: sqlite.prepare('INSERT INTO participants (id, kind, name, description, country_code, wikidata_id, origin, enriched_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, \'[]\', ?, ?)'),
    alias: sqlite.prepare('INSERT INTO participant_aliases (participant_id, language, name) VALUES (?, ?, ?)'),
    event: sqlite.prepare('INSERT INTO events (id, title, summary, type, start_date, end_date, location_name, location_country, latitude, longitude, parent_id, enriched_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, \'[]\', ?, ?)'),
    eventParticipant: sqlite.prepare('INSERT INTO event_participants (event_id, participant_id, role) VALUES (?, ?, ?)'),
    article: sqlite.prepare('INSERT INTO articles (id, title, publisher, language, published, url, body, body_hash, enriched_fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, \'[]\', ?, ?)'),
    eventArticle: sqlite.prepare('INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)'),
    statement: sqlite.prepare('INSERT INTO statements (id, event_id, speaker_id, text, language, kind, cue, audience, relayed_by, article_id, start, "end", origin, confidence, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    mention: sqlite.prepare('INSERT INTO statement_mentions (statement_id, participant_id) VALUES (?, ?)')
  }
  const progress = new Progress(stream, o.participants + o.events + o.articles + o.statements)
  const batches = new Batches(sqlite, o.batchSize)

  const participants = makeParticipants(random, o.participants)
  participants.forEach((p, i) => {
    const at = stamp(i * 1000)
    insert.participant.run(p.id, p.kind, p.name, p.description, p.countryCode, p.wikidataId, p.origin, at, at)
    for (const [language, name] of p.aliases) insert.alias.run(p.id, language, name)
    counts.participants++
    counts.participant_aliases += p.aliases.length
    batches.tick(1 + p.aliases.length)
    progress.add()
  })

  const events = makeEvents(random, o.events, participants)
  events.forEach((e, i) => {
    const at = stamp(i * 1000)
    insert.event.run(e.id, e.title[e.language], e.summary, e.type, e.startDate, e.endDate, e.locationName, e.locationCountry,
      e.latitude, e.longitude, e.parent >= 0 ? (events[e.parent] as typeof e).id : null, at, at)
    e.cast.forEach((p, k) => { insert.eventParticipant.run(e.id, (participants[p] as typeof participants[number]).id, e.roles[k]) })
    counts.events++
    counts.event_participants += e.cast.length
    batches.tick(1 + e.cast.length)
    progress.add()
  })

  const perArticle = statementCounts(random, o.articles, o.statements)
  // Every event gets an article before any gets a second one, in a shuffled order.
  const order = random.shuffle(Array.from({ length: o.events }, (_, i) => i))
  const hashes = new Set<string>()
  let statementSeconds = 0
  let nextStatement = 1
  for (let a = 0; a < o.articles; a++) {
    const eventIndex = a < o.events ? order[a] as number : random.int(0, o.events - 1)
    const event = events[eventIndex] as typeof events[number]
    const language: Language = random.chance(0.8) ? event.language : LANGUAGES.find((l) => l !== event.language) as Language
    const article = writeArticle(random, language, event, eventIndex, perArticle[a] as number, participants)
    let hash = createHash('sha256').update(article.body).digest('hex')
    while (hashes.has(hash)) {
      extend(random, article)
      hash = createHash('sha256').update(article.body).digest('hex')
    }
    hashes.add(hash)
    const id = `art_g${pad(a + 1, 6)}`
    const published = random.chance(0.05) && precision(event.startDate) < 2 ? event.startDate : format(dayWithin(random, event.startDate, 3), 2)
    const at = stamp(a * 60_000)
    insert.article.run(id, article.title, article.publisher, language, published,
      article.publisher === null ? null : `https://news.example.org/${language}/${published.slice(0, 4)}/${id.slice(4)}`,
      article.body, hash, at, at)
    insert.eventArticle.run(event.id, id)
    counts.articles++
    counts.event_articles++
    // Some articles also cover the larger event this one is part of.
    if (event.parent >= 0 && random.chance(0.3)) {
      insert.eventArticle.run((events[event.parent] as typeof event).id, id)
      counts.event_articles++
    }
    batches.tick(2)
    progress.add()
    for (const s of article.statements) {
      const sid = `stm_g${pad(nextStatement++, 7)}`
      const extracted = random.chance(0.2)
      const confidence = extracted ? Math.round((0.5 + random.next() * 0.5) * 100) / 100 : null
      const t = performance.now()
      insert.statement.run(sid, event.id, (participants[s.speaker] as typeof participants[number]).id, s.text, language, s.kind, s.cue,
        s.audience, s.relayedBy, id, s.start, s.end, extracted ? 'extracted' : 'curated', confidence, at, at)
      statementSeconds += (performance.now() - t) / 1000
      for (const m of s.mentions) insert.mention.run(sid, (participants[m] as typeof participants[number]).id)
      counts.statements++
      counts.statement_mentions += s.mentions.length
      batches.tick(1 + s.mentions.length)
      progress.add()
    }
  }
  batches.end()
  progress.finish()
  log(`loaded ${count(Object.values(counts).reduce((x, y) => x + y, 0))} rows`)
  return { counts, statementSeconds }
}

/** integrity_check, foreign_key_check, row counts, and a sample of statement offsets checked in JS. */
function verify (sqlite: SQLite.Database, counts: TableCounts, seed: number): void {
  const integrity = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>
  if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
    throw new GenerateError(`integrity_check failed: ${integrity.slice(0, 5).map((r) => r.integrity_check).join('; ')}`)
  }
  const broken = sqlite.pragma('foreign_key_check') as unknown[]
  if (broken.length > 0) throw new GenerateError(`foreign_key_check found ${broken.length} broken references, e.g. ${JSON.stringify(broken[0])}`)
  for (const [table, expected] of Object.entries(counts)) {
    const { n } = sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }
    if (n !== expected) throw new GenerateError(`${table} holds ${n} rows, ${expected} were inserted`)
  }
  for (const fts of ['statements', 'events', 'articles', 'participants']) {
    const { n } = sqlite.prepare(`SELECT count(*) AS n FROM "${fts}_fts"`).get() as { n: number }
    const expected = counts[fts as keyof TableCounts]
    if (n !== expected) throw new GenerateError(`${fts}_fts holds ${n} rows, not ${expected}`)
  }
  const random = new Random(seed ^ 0x5eed)
  const sample = sqlite.prepare('SELECT s.text, s.start, s."end", a.body FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.rowid = ?')
  for (let k = 0; k < Math.min(1000, counts.statements); k++) {
    const row = sample.get(random.int(1, counts.statements)) as { text: string, start: number, end: number, body: string } | undefined
    if (row !== undefined && row.body.slice(row.start, row.end) !== row.text) throw new GenerateError(`a statement is not the slice of its article: ${row.text}`)
  }
}
