import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { buildApp, type App } from '../src/app.js'
import { EXIT, runIngest } from '../src/ingest/command.js'
import { ingestArticles } from '../src/ingest/ingest.js'
import type { BacklogItem } from '../src/ingest/articles.js'
import { build, TEST_APP_DEFAULTS, tempDir, walk, type TestContext } from './helper.js'
import { freshPgDatabase, USE_POSTGRES } from './postgres/engine.js'

// `npm run ingest -- DIR`: a folder of article files in the three formats, stored with their
// extracted statements and events, checked back through HTTP. Each test has its own database
// (SQLite, or PostgreSQL under TEST_ENGINE=postgres).

t.setTimeout(120_000)

const PUTIN = '« Nous ne céderons jamais devant les pressions », a déclaré M. Poutine jeudi à Hanoï. ' +
  '« Nous sommes prêts à coopérer avec tous nos partenaires », a affirmé Jean Dupont, ministre des affaires étrangères.'
const STRIKE = '"We will strike until the government listens," union leader Mary Jones said on Tuesday in Paris.'
const CEASEFIRE = '"The ceasefire must hold," said Ana Lopez, the United Nations envoy, in Geneva on Monday.'

/**
 * The backlog: a seed-format file in a subfolder, a plain-text file, and NDJSON with a good line,
 * a blank line, a line without a title and the seed-format article's text again; and a file that
 * is not an article.
 */
function writeBacklog (t: TestContext): string {
  const dir = join(tempDir(t), 'backlog')
  mkdirSync(join(dir, '2024'), { recursive: true })
  mkdirSync(join(dir, 'plain'))
  writeFileSync(join(dir, '2024', 'putin-hanoi.txt'), `date 2024-06-20\n\n${PUTIN}\n`)
  writeFileSync(join(dir, 'plain', 'strike.txt'), `${STRIKE}\n`)
  writeFileSync(join(dir, 'wire.ndjson'), '\uFEFF' + [
    JSON.stringify({ title: 'Ceasefire talks in Geneva', body: CEASEFIRE, published: '2024-03-04', language: 'en', url: 'https://example.com/geneva' }),
    '',
    JSON.stringify({ body: 'A line without its title.', published: '2024-03-04', language: 'en' }),
    JSON.stringify({ title: 'Poutine à Hanoï', body: PUTIN, published: '2024-06-20', language: 'fr' })
  ].join('\n') + '\n')
  writeFileSync(join(dir, 'notes.md'), 'not an article\n')
  return dir
}

/** Captures what the command writes; `isTTY` as asked. */
function output (isTTY = false) {
  const chunks: string[] = []
  return { isTTY, columns: 100, write: (chunk: string) => chunks.push(chunk), text: () => chunks.join('') }
}

/** A new database for the command (its arguments and environment) and, once filled, the app on it. */
async function target (t: TestContext) {
  if (USE_POSTGRES) {
    const url = await freshPgDatabase()
    return { args: [], env: { DATABASE_URL: url }, app: () => appOn(t, { databasePath: '', postgres: { url } }) }
  }
  const path = join(tempDir(t), 'ingest.db')
  return { args: ['--database', path], env: {}, app: () => appOn(t, { databasePath: path }) }
}

async function appOn (t: TestContext, settings: { databasePath: string, postgres?: { url: string } }): Promise<App> {
  const app = await buildApp({ ...settings, ...TEST_APP_DEFAULTS })
  t.after(() => app.close())
  return app
}

async function ingest (argv: string[], env: NodeJS.ProcessEnv, options: { tty?: boolean, signal?: AbortSignal } = {}) {
  const stdout = output()
  const stderr = output(options.tty)
  const code = await runIngest(argv, { env, stdout, stderr, ...(options.signal === undefined ? {} : { signal: options.signal }) })
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

t.test('ingest stores the three formats with statements and events, reports the bad line, and a second run stores nothing new', async (t) => {
  const dir = writeBacklog(t)
  const db = await target(t)
  const args = [dir, '--published', '2024-05-07', ...db.args]

  const first = await ingest(args, db.env)
  t.equal(first.code, EXIT.failures, 'a failed line makes the exit code non-zero')
  t.match(first.stdout, /stored +3\n/)
  t.match(first.stdout, /skipped +1 \(already stored\)/, 'the NDJSON copy of the seed-format article')
  t.match(first.stdout, /failed +1\n +wire\.ndjson:3: 'title' is required/, 'the summary names the line and why')
  t.match(first.stderr, /wire\.ndjson:3: 'title' is required/, 'reported as it happens too')
  t.match(first.stderr, /notes\.md/, 'the file that is not an article is said to be left aside')
  t.match(first.stdout, /statements added +[1-9]/)
  t.match(first.stdout, /events added +[1-9]/)
  t.match(first.stdout, /articles\/s/)

  const app = await db.app()
  const articles = await walk(t, app, '/articles?limit=100')
  for (const [body, published, title] of [[PUTIN, '2024-06-20', /^« Nous ne céderons/], [STRIKE, '2024-05-07', /^"We will strike/], [CEASEFIRE, '2024-03-04', /^Ceasefire talks/]] as const) {
    const stored = articles.filter((a) => a.body === body)
    t.equal(stored.length, 1, `stored once: ${body.slice(0, 30)}`)
    const article = stored[0]
    t.equal(article?.published, published)
    t.match(article?.title, title)
    const statements = (await walk(t, app, `/statements?article=${article?.id}&limit=100`))
    t.ok(statements.length >= 1, `its statements are stored: ${article?.id}`)
    t.ok(statements.every((s) => s.origin === 'extracted' && body.slice(s.source.start, s.source.end) === s.text), 'extracted, each its article\'s slice')
    const events = (await walk(t, app, '/events?limit=100')).filter((e) => e.articles.includes(article?.id))
    t.ok(events.length >= 1, `an event reported by it is stored: ${article?.id}`)
  }
  t.equal(articles.find((a) => a.body === CEASEFIRE)?.url, 'https://example.com/geneva', 'NDJSON fields are kept')
  t.equal(articles.find((a) => a.body === PUTIN)?.language, 'fr', 'a text file\'s language is detected')
  const before = (await app.inject('/export')).body

  const second = await ingest(args, db.env, { tty: true })
  t.equal(second.code, EXIT.failures, 'the bad line is still there')
  t.match(second.stdout, /stored +0\n/)
  t.match(second.stdout, /skipped +4 /)
  t.match(second.stdout, /statements added +0\n/)
  t.match(second.stdout, /events added +0\n/)
  t.match(second.stderr, /\r.*5\/5 .*\/s ETA/, 'a terminal gets the progress bar')
  t.equal((await app.inject('/export')).body, before, 'nothing was written')
})

t.test('a plain-text file without --published is a failure naming it; bad options are usage errors', async (t) => {
  const dir = writeBacklog(t)
  const db = await target(t)
  const run = await ingest([dir, ...db.args], db.env)
  t.equal(run.code, EXIT.failures)
  t.match(run.stdout, /plain\/strike\.txt: no `date YYYY-MM` header: give --published/)
  t.match(run.stdout, /stored +2\n/, 'the other articles are stored')

  for (const argv of [[dir, '--language', 'de'], [dir, '--published', 'yesterday'], [join(dir, 'nowhere')], []]) {
    const refused = await ingest([...argv, ...db.args], db.env)
    t.equal(refused.code, EXIT.usage, argv.join(' '))
    t.match(refused.stderr, /usage: npm run ingest/)
  }
})

t.test('interrupted, ingest finishes the current article, reports, and answers 130; a re-run goes on', async (t) => {
  const { app } = await build(t)
  const items: BacklogItem[] = [STRIKE, CEASEFIRE, PUTIN].map((body, i) => ({
    where: `wire.ndjson:${i + 1}`,
    input: { title: `Article ${i + 1}`, body, published: '2024-03-04', language: i === 2 ? 'fr' : 'en' }
  }))
  const list = async function * () { yield * items }
  const stop = new AbortController()
  const first = await ingestArticles(app.storage, list(), { actor: 'test', signal: stop.signal, onArticle: () => stop.abort() })
  t.same({ stored: first.stored, skipped: first.skipped, interrupted: first.interrupted }, { stored: 1, skipped: 0, interrupted: true })
  const again = await ingestArticles(app.storage, list(), { actor: 'test' })
  t.same({ stored: again.stored, skipped: again.skipped, failed: again.failed, interrupted: again.interrupted }, { stored: 2, skipped: 1, failed: [], interrupted: false })

  const own = async function * (): AsyncGenerator<BacklogItem> {
    yield { where: 'own.ndjson:1', input: { id: 'art_taken', title: 'Another text', body: 'Another text under an id already taken.', published: '2024', language: 'en' } }
    yield { where: 'own.ndjson:2', input: { id: 'art_mine', title: 'Stored', body: STRIKE, published: '2024', language: 'en' } }
  }
  await app.storage.createArticle({ id: 'art_taken', title: 'First', body: 'The first text stored under this id.', published: '2024', language: 'en' }, { actor: 'test' })
  const ids = await ingestArticles(app.storage, own(), { actor: 'test' })
  t.equal(ids.skipped, 1, 'a stored text under another id is skipped')
  t.match(ids.failed, [{ where: 'own.ndjson:1', reason: /art_taken/ }], 'an id taken by another text is a failure, not a skip')

  const db = await target(t)
  const stopped = await ingest([writeBacklog(t), '--published', '2024-05-07', ...db.args], db.env, { signal: AbortSignal.abort() })
  t.equal(stopped.code, EXIT.interrupted)
  t.match(stopped.stdout, /interrupted — 0 of 5 articles/)
  t.match(stopped.stdout, /Run the same command again/)
})
