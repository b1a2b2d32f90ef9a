// POST /import on PostgreSQL writes new records many at a time (src/db/postgres/writes/
// import-batches.ts) and every other line alone: the answers, the errors by line and the data
// must be those of the line-by-line import, which SQLite still does.
import { join } from 'node:path'
import t from 'tap'
import { buildApp, type App } from '../../src/app.js'
import { createKey } from '../../src/auth/keys.js'
import { generateDatabase } from '../../src/generate/generate.js'
import { freshDatabase, TEST_APP_DEFAULTS, tempDir, type TestContext } from '../helper.js'
import { freshPgDatabase, USE_POSTGRES } from './engine.js'

const skip = USE_POSTGRES ? false : 'PostgreSQL tests: run `npm run test:postgres` (TEST_ENGINE=postgres; needs the PostgreSQL 15 server binaries)'

async function appOn (t: TestContext, where: { databasePath: string, postgres?: { url: string } }) {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const admin = createKey(apiKeysFile, 'admin', 'admin')
  // The overload guard is off (maxEventLoopDelayMs: 0): the apps here share the test's event loop, and
  // one's synchronous SQLite import of a whole corpus is lag the other would answer with a 503.
  const app = await buildApp({ ...where, apiKeysFile, ...TEST_APP_DEFAULTS, maxEventLoopDelayMs: 0 })
  t.after(() => app.close())
  return { app, admin }
}

const emptySqlite = async (t: TestContext) => await appOn(t, { databasePath: freshDatabase(t, { seed: false }).path })
const emptyPostgres = async (t: TestContext) => await appOn(t, { databasePath: '', postgres: { url: await freshPgDatabase() } })
const exportAll = async (app: App) => (await app.inject('/export')).body
const importAll = async (app: App, key: string, body: string) =>
  await app.inject({ method: 'POST', url: '/import', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' }, body })

/** A generated corpus as an export file (200 events, sub-events among them, 1,500 statements: more than one window). */
async function corpus (t: TestContext): Promise<string> {
  const path = join(tempDir(t), 'generated.db')
  generateDatabase({ path, events: 200, statements: 1500, participants: 150, articles: 100, seed: 7, progress: null, log: () => {} })
  const { app } = await appOn(t, { databasePath: path })
  return await exportAll(app)
}

t.test('a generated corpus imports into an empty PostgreSQL database as it was exported, and again onto itself', { skip }, async (t) => {
  t.setTimeout(240_000)
  const file = await corpus(t)
  const lines = file.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string, data: { parentId?: string | null } })
  t.ok(lines.some((l) => l.type === 'event' && l.data.parentId != null), 'sub-events right after their parents (a window starts again there)')

  const { app, admin } = await emptyPostgres(t)
  const res = await importAll(app, admin, file)
  t.equal(res.statusCode, 200, res.body)
  const count = (type: string) => lines.filter((l) => l.type === type).length
  t.same(res.json(), { imported: { article: count('article'), participant: count('participant'), event: count('event'), statement: count('statement') } })
  t.equal(await exportAll(app), file, 'the same export, byte for byte (stamps kept as given)')
  t.equal((await app.inject('/participants?limit=1')).json().data.length, 1)

  // Every id exists now: each line is a replacement, written alone (a sample: it is the slow way).
  const again = await importAll(app, admin, file.split('\n').filter((_, i) => i % 10 === 0).join('\n'))
  t.equal(again.statusCode, 200, again.body)
  t.equal(await exportAll(app), file, 'importing onto the same data changes nothing')
})

t.test('problems among many good lines: the same 422, line for line, as the line-by-line import; nothing written', { skip }, async (t) => {
  t.setTimeout(240_000)
  const original = (await corpus(t)).trimEnd().split('\n')
  const lines = [...original]
  const nth = (from: string[], type: string, n: number) => from.map((l, i) => [l, i] as const).filter(([l]) => JSON.parse(l).type === type)[n]?.[1] as number
  const at = (type: string, n: number) => nth(lines, type, n)
  const edit = (index: number, change: (data: any) => void) => {
    const record = JSON.parse(lines[index] as string)
    change(record.data)
    lines[index] = JSON.stringify(record)
  }
  const firstArticle = JSON.parse(lines[at('article', 0)] as string).data
  // An article with the text of another under a new id, right after it (in the same window).
  lines.splice(at('article', 1), 0, JSON.stringify({ type: 'article', data: { ...firstArticle, id: 'art_twin' } }))
  edit(at('event', 40), (data) => { data.participants = [{ id: 'par_nobody', role: 'host' }] })
  edit(at('statement', 1100), (data) => { data.eventId = 'evt_nobody' })
  edit(at('statement', 1101), (data) => { data.source = { ...data.source, end: data.source.start } })
  // The same statement twice: the second replaces the first (a new window at the repeated id).
  lines.splice(at('statement', 1300), 0, lines[at('statement', 1299)] as string)
  const file = lines.join('\n')

  const sqlite = await emptySqlite(t)
  const postgres = await emptyPostgres(t)
  const [bySqlite, byPostgres] = [await importAll(sqlite.app, sqlite.admin, file), await importAll(postgres.app, postgres.admin, file)]
  t.equal(byPostgres.statusCode, 422)
  t.match(byPostgres.headers['content-type'], /application\/problem\+json/)
  const failed = byPostgres.json().errors.map((e: { name: string }) => Number(e.name.replace('line ', '')) - 1)
  t.ok([at('article', 1), at('event', 40), at('statement', 1100), at('statement', 1101)].every((i) => failed.includes(i)), 'every edited line is named (and the statements of the refused event)')
  t.same(byPostgres.json().errors, bySqlite.json().errors, 'the same problems, on the same lines, as SQLite reports them')
  t.equal(await exportAll(postgres.app), '', 'nothing written')

  // Without the problems, the repeated statement and the rest go in.
  const good = [...original]
  good.splice(nth(original, 'statement', 1300), 0, original[nth(original, 'statement', 1299)] as string)
  const [okSqlite, okPostgres] = [await importAll(sqlite.app, sqlite.admin, good.join('\n')), await importAll(postgres.app, postgres.admin, good.join('\n'))]
  t.equal(okPostgres.statusCode, 200, okPostgres.body)
  t.same(okPostgres.json(), okSqlite.json(), 'the same counts, the repeated line counted twice as on SQLite')
  t.equal(await exportAll(postgres.app), await exportAll(sqlite.app), 'the same data on both engines')
})
