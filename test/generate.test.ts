import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import SQLite from 'better-sqlite3'
import t from 'tap'
import { buildApp } from '../src/app.js'
import { generateDatabase, type GenerateOptions } from '../src/generate/generate.js'
import { readSearchMigration } from '../src/generate/bulk.js'
import { Progress } from '../src/generate/progress.js'
import { tempDir } from './helper.js'

const SMALL = { events: 200, statements: 2000, participants: 300, articles: 50, progress: null, log: () => {} } satisfies Partial<GenerateOptions>
const DUMPED = ['participants', 'participant_aliases', 'events', 'event_participants', 'articles', 'event_articles', 'statements', 'statement_mentions']

/** Every row of the loaded tables, in rowid order, as one string. */
function dump (path: string): string {
  const db = new SQLite(path, { readonly: true })
  try {
    return DUMPED.map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all())).join('\n')
  } finally {
    db.close()
  }
}

t.test('the same seed makes the same database, another seed another one', async (t) => {
  const dir = tempDir(t)
  const a = generateDatabase({ ...SMALL, path: join(dir, 'a.db'), seed: 7 })
  generateDatabase({ ...SMALL, path: join(dir, 'b.db'), seed: 7 })
  generateDatabase({ ...SMALL, path: join(dir, 'c.db'), seed: 8 })
  t.same(a.counts.statements, 2000)
  t.same(a.counts.events, 200)
  t.same(a.counts.participants, 300)
  t.same(a.counts.articles, 50)
  t.ok(dump(join(dir, 'a.db')) === dump(join(dir, 'b.db')), 'seed 7 twice: identical rows')
  t.ok(dump(join(dir, 'a.db')) !== dump(join(dir, 'c.db')), 'seed 8: different rows')
})

t.test('a generated database is true to its articles, searchable, triggered and served', async (t) => {
  const path = join(tempDir(t), 'generated.db')
  const report = generateDatabase({ ...SMALL, path, seed: 42 })
  t.same(report.warnings, [])
  const db = new SQLite(path)
  t.after(() => db.close())

  const statements = db.prepare('SELECT s.id, s.text, s.start, s."end", s.kind, s.language, a.body FROM statements s JOIN articles a ON a.id = s.article_id')
    .all() as Array<{ id: string, text: string, start: number, end: number, kind: string, language: string, body: string }>
  t.equal(statements.length, 2000)
  t.same(statements.filter((s) => s.body.slice(s.start, s.end) !== s.text).map((s) => s.id), [], 'every statement is its article slice')
  t.same(new Set(statements.map((s) => s.kind)), new Set(['direct', 'partial', 'indirect']))
  t.same(new Set(statements.map((s) => s.language)), new Set(['fr', 'en']))
  t.match(statements[0]?.id, /^stm_g\d{7}$/)

  const speakers = db.prepare('SELECT speaker_id, count(*) AS n FROM statements GROUP BY speaker_id ORDER BY n DESC').all() as Array<{ n: number }>
  t.ok((speakers[0]?.n ?? 0) > 10 * (speakers[Math.floor(speakers.length / 2)]?.n ?? 0), 'a few speakers speak far more than most')

  const dates = (db.prepare('SELECT start_date AS d FROM events').all() as Array<{ d: string }>).map((r) => r.d.length)
  t.same(new Set(dates), new Set([4, 7, 10]), 'partial dates of every precision')
  t.ok((db.prepare('SELECT count(*) AS n FROM events WHERE parent_id IS NOT NULL').get() as { n: number }).n > 0, 'nested events')
  const wikidata = db.prepare('SELECT count(*) AS n, count(DISTINCT wikidata_id) AS d FROM participants WHERE wikidata_id IS NOT NULL').get() as { n: number, d: number }
  t.ok(wikidata.n > 200 && wikidata.n === wikidata.d, 'unique Wikidata-like ids')

  t.same(db.pragma('integrity_check'), [{ integrity_check: 'ok' }])
  t.same(db.pragma('foreign_key_check'), [])
  const pairs = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  t.equal(pairs('SELECT count(*) AS n FROM participant_events'), pairs('SELECT count(*) AS n FROM (SELECT DISTINCT participant_id, event_id FROM event_participants)'),
    'participant_events filled: one row per participant and event')
  t.equal(pairs('SELECT count(*) AS n FROM participant_events pe JOIN events e ON e.id = pe.event_id WHERE pe.start_date IS NOT e.start_date OR pe.end_bound IS NOT e.end_bound'), 0,
    'with the events\' dates')
  t.equal(pairs(`SELECT count(*) AS n FROM statements s WHERE s.speaker_name IS NOT (SELECT name FROM participants WHERE id = s.speaker_id)
    OR s.event_title IS NOT (SELECT title FROM events WHERE id = s.event_id)
    OR json_array_length(s.mentions) IS NOT (SELECT count(*) FROM statement_mentions WHERE statement_id = s.id)`), 0,
  'every statement holds its speaker\'s name, its event\'s title and its mentions')
  const triggers = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string }>).map((r) => r.name))
  t.same(triggers, new Set(readSearchMigration().triggers.keys()), 'every trigger of migrations 0001, 0003 and 0007 is back')

  // The triggers work again: a delete leaves a tombstone, a re-insert removes it.
  const article = db.prepare('SELECT * FROM articles WHERE id = ?').get('art_g000001') as Record<string, unknown>
  db.prepare('DELETE FROM statement_mentions WHERE statement_id IN (SELECT id FROM statements WHERE article_id = ?)').run('art_g000001')
  const gone = db.prepare('DELETE FROM statements WHERE article_id = ?').run('art_g000001').changes
  db.prepare('DELETE FROM articles WHERE id = ?').run('art_g000001')
  t.equal((db.prepare("SELECT count(*) AS n FROM tombstones WHERE type = 'statement'").get() as { n: number }).n, gone, 'statement tombstones')
  t.ok(db.prepare('SELECT 1 FROM tombstones WHERE id = ?').get('art_g000001'), 'article tombstone')
  db.prepare(`INSERT INTO articles (${Object.keys(article).map((k) => `"${k}"`).join(', ')}) VALUES (${Object.keys(article).map(() => '?').join(', ')})`).run(...Object.values(article))
  t.notOk(db.prepare('SELECT 1 FROM tombstones WHERE id = ?').get('art_g000001'), 're-inserting removes the tombstone')

  // Search and the lists, through the API.
  const word = (statements.find((s) => s.language === 'fr' && / soutiendrons /.test(s.text)) ?? statements[0])?.text.split(' ').find((w) => w.length > 8) as string
  const app = await buildApp({ databasePath: path })
  t.after(() => app.close())
  const found = await app.inject(`/statements?q=${encodeURIComponent(word)}`)
  t.equal(found.statusCode, 200)
  t.ok(found.json().data.length > 0, `statements search finds "${word}"`)
  const someone = db.prepare("SELECT name FROM participant_aliases WHERE name LIKE 'M. %' LIMIT 1").get() as { name: string }
  const people = await app.inject(`/participants?q=${encodeURIComponent(someone.name.slice(3))}`)
  t.equal(people.statusCode, 200)
  t.ok(people.json().data.length > 0, 'participants search (names and aliases) works')
  for (const url of ['/events', '/participants', '/articles', '/statements', '/events?q=declaration', '/articles?q=accord']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 200, url)
    t.ok(res.json().data.length > 0, `${url} lists rows`)
  }
})

t.test('refuses to overwrite a non-empty file unless forced', async (t) => {
  const path = join(tempDir(t), 'taken.db')
  writeFileSync(path, 'precious')
  t.throws(() => generateDatabase({ ...SMALL, path }), { name: 'GenerateError', message: /not empty/ })
  t.ok(generateDatabase({ ...SMALL, path, force: true }).counts.statements === 2000, '--force replaces it')
  t.throws(() => generateDatabase({ ...SMALL, path, participants: 1, force: true }), { name: 'GenerateError' }, 'bad sizes are refused')
})

t.test('progress: plain lines per 10% when not on a terminal', async (t) => {
  const lines: string[] = []
  const progress = new Progress({ write: (chunk: string) => lines.push(chunk), isTTY: false }, 100)
  for (let i = 0; i < 100; i++) progress.add()
  progress.finish()
  t.equal(lines.length, 10)
  t.match(lines[9], /^100% 100\/100 rows, [\d,]+ rows\/s, ETA 00:00\n$/)
})
