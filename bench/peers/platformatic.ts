// npm run bench:peers [-- --ours DIR --database PATH ...]
//
// Ours against Platformatic DB's SQL-to-REST layer (@platformatic/sql-mapper + @platformatic/sql-openapi
// 2.x) on the same generated database, on equal queries. Both servers run as child processes on
// loopback; autocannon loads one at a time, in interleaved rounds (ours, theirs, ours, theirs...).
// Platformatic is installed at run time into a temporary folder, so the project never depends on it.
// Writes bench/peers/RESULTS.md; children and temporary files are removed on exit and on Ctrl-C.
//
// Options:
//   --ours DIR              the checkout whose build is ours: DIR/dist/server.js (default: this repo)
//   --database PATH         default bench/.cache/generated-e100000-s1000000-seed42.db, which
//                           `npm run bench -- --events 100000 --statements 1000000` makes
//   --platformatic RANGE    the sql-mapper and sql-openapi versions to install (default 2)
//   --rounds N              interleaved rounds (default 3)
//   --duration S --warmup S seconds measured, seconds of discarded warm-up, per query, side and round
//   --connections N         (default 8)
//   --out FILE              (default bench/peers/RESULTS.md)
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, release, tmpdir, totalmem } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { hammer } from '../load.js'
import { cpuSeconds, freePort, killAll, onInterrupt, run, spawnServer, stop, type Spawned } from '../processes.js'
import type { Scenario } from '../scenarios.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = resolve(here, '..', '..')
const argv = process.argv.slice(2)
const { values: opts } = parseArgs({
  args: argv,
  options: {
    ours: { type: 'string', default: root },
    database: { type: 'string', default: join(root, 'bench', '.cache', 'generated-e100000-s1000000-seed42.db') },
    platformatic: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    out: { type: 'string', default: join(here, 'RESULTS.md') }
  }
})
const ours = resolve(opts.ours)
const source = resolve(opts.database)
const [rounds, seconds, warmup, connections] = [opts.rounds, opts.duration, opts.warmup, opts.connections].map(Number) as [number, number, number, number]
if (!(Number.isInteger(rounds) && rounds >= 1 && Number.isInteger(connections) && connections >= 1 && seconds > 0 && warmup >= 0)) {
  console.error('bench:peers: --rounds and --connections take positive integers, --duration and --warmup seconds')
  process.exit(2)
}
const tmp = mkdtempSync(join(tmpdir(), 'news-events-peers-'))
const startedAt = performance.now()
const say = (message: string) => console.error(`bench:peers [${Math.round((performance.now() - startedAt) / 1000)} s]: ${message}`)

onInterrupt(async () => {
  await killAll(2000)
  rmSync(tmp, { recursive: true, force: true })
})

/** The tables the compared queries read. */
const SERVED = ['participants', 'events', 'statements']
/** How deep the deep query goes, in rows (theirs: offset; ours: that many rows of cursor pages). */
const DEPTH = 10_000
const PAGE = 20

/** Installs Platformatic outside the repo, on the Fastify version ours runs; answers what it got. */
async function installPlatformatic (dir: string): Promise<Record<string, string>> {
  const fastify = version(ours, 'fastify')
  mkdirSync(dir)
  await run('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error',
    `@platformatic/sql-mapper@${opts.platformatic}`, `@platformatic/sql-openapi@${opts.platformatic}`, `fastify@${fastify}`],
  { cwd: dir, timeoutMs: 600_000 })
  return Object.fromEntries(['@platformatic/sql-mapper', '@platformatic/sql-openapi', 'fastify', 'better-sqlite3']
    .map((name) => [name, version(dir, name)]))
}

const version = (dir: string, name: string) => (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version

/**
 * The served tables copied into a new file, their `text` primary keys declared `varchar`: on
 * SQLite, Platformatic 2.x refuses any other primary-key type. Same rows, same indexes; foreign
 * keys to tables left out are dropped, or Platformatic would look for them. WAL, as ours runs.
 */
function varcharCopy (target: string): void {
  const db = new Database(target)
  try {
    // A scratch file until it is done, of rows already consistent: no journal, no checks on the way in.
    db.pragma('journal_mode = OFF')
    db.pragma('foreign_keys = OFF')
    db.prepare('attach database ? as src').run(source)
    const schema = (type: string) => db.prepare('select sql from src.sqlite_master where type = ? and sql is not null and tbl_name in (select value from json_each(?))')
      .pluck().all(type, JSON.stringify(SERVED)) as string[]
    for (const sql of schema('table')) db.exec(varcharTable(sql))
    for (const column of OUR_COPIES) db.exec(`alter table main.statements drop column "${column}"`)
    for (const table of SERVED) {
      // Generated columns are computed, not copied.
      const columns = (db.prepare('select name from pragma_table_xinfo(?, \'main\') where hidden = 0').pluck().all(table) as string[]).map((c) => `"${c}"`).join(', ')
      db.exec(`insert into main."${table}" (${columns}) select ${columns} from src."${table}"`)
    }
    for (const sql of schema('index')) db.exec(sql)
    db.exec('detach database src')
    db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
}

/**
 * The statements' copies of the names they show (`shownNames` in src/db/sqlite/tables/columns.ts):
 * our read path's, derived from the other tables. Theirs serves the tables' own data, as it did
 * before the copies existed, so that its answers stay the plainer ones the comparison is about.
 */
const OUR_COPIES = ['speaker_name', 'event_title', 'mentions']

/** Drizzle's CREATE TABLE, one clause a line, with a varchar id and no foreign key to a table left out. */
function varcharTable (sql: string): string {
  const kept = sql.split('\n').filter((line) => {
    const target = /^\s*FOREIGN KEY .* REFERENCES [`"](\w+)[`"]/.exec(line)?.[1]
    return target === undefined || SERVED.includes(target)
  })
  return kept.join('\n').replace(/(`id`|"id") text PRIMARY KEY/i, '$1 varchar PRIMARY KEY').replace(/,(\s*\))$/, '$1')
}

/** What the queries ask for: ~100 event ids spread over the table, and the busiest speaker. */
function fixtures (): { eventIds: string[], speaker: string } {
  const db = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const events = db.prepare('select count(*) from events').pluck().get() as number
    const eventIds = db.prepare('select id from events where rowid % ? = 0 order by rowid limit 100').pluck().all(Math.max(1, Math.floor(events / 100))) as string[]
    const speaker = db.prepare('select speaker_id from statements group by speaker_id order by count(*) desc, speaker_id limit 1').pluck().get() as string
    return { eventIds, speaker }
  } finally {
    db.close()
  }
}

interface Query { key: string, title: string, ours: string[], theirs: string[], sameRows: boolean }

function queries (eventIds: string[], speaker: string, deep: string): Query[] {
  const first = `/statements?speaker=${encodeURIComponent(speaker)}&limit=${PAGE}`
  const theirs = `/statements?where.speakerId.eq=${encodeURIComponent(speaker)}&orderby.id=asc&limit=${PAGE}`
  return [
    { key: 'by-id', title: 'event by id', ours: eventIds.map((id) => `/events/${encodeURIComponent(id)}`), theirs: eventIds.map((id) => `/events/${encodeURIComponent(id)}`), sameRows: true },
    { key: 'first-page', title: 'speaker\'s statements, first page', ours: [first], theirs: [theirs], sameRows: true },
    { key: 'deep', title: `the same, ${DEPTH.toLocaleString('en-US')} rows deep`, ours: [deep], theirs: [`${theirs}&offset=${DEPTH}`], sameRows: true },
    { key: 'fields', title: 'first page, ours with fields=text,kind', ours: [`${first}&fields=text,kind`], theirs: [theirs], sameRows: false }
  ]
}

/** The records of an answer: ours pages as `{ data }`, theirs as a bare array, one record alone. */
function records (body: unknown): Array<{ id?: unknown }> {
  if (Array.isArray(body)) return body
  const data = (body as { data?: unknown }).data
  return Array.isArray(data) ? data : [body as { id?: unknown }]
}

async function get (port: number, path: string): Promise<{ body: unknown, bytes: number }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(30_000) })
  const text = await res.text()
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${text.slice(0, 300)}`)
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) }
}

/** Ours `DEPTH` rows deep: the first page's nextCursor followed from page to page (keyset, no offset). */
async function followCursor (port: number, first: string): Promise<string> {
  let path = first
  for (let page = 0; page < DEPTH / PAGE; page++) {
    const { nextCursor } = (await get(port, path)).body as { nextCursor?: string | null }
    if (typeof nextCursor !== 'string') throw new Error(`${first}: no next page after page ${page + 1}`)
    path = `${first}&cursor=${encodeURIComponent(nextCursor)}`
  }
  return path
}

/** Every path answers 200 with records, the same on both sides where it should; answers their sizes. */
async function check (query: Query, oursPort: number, theirsPort: number): Promise<{ ours: number, theirs: number }> {
  const answers = (port: number, paths: string[]) => Promise.all(paths.map(async (path) => {
    const answer = await get(port, path)
    if (records(answer.body).length === 0) throw new Error(`${path} answered no records`)
    return answer
  }))
  const [o, t] = [await answers(oursPort, query.ours), await answers(theirsPort, query.theirs)]
  const ids = (answers: Array<{ body: unknown }>) => answers.flatMap((a) => records(a.body).map((r) => r.id)).join(' ')
  if (query.sameRows && ids(o) !== ids(t)) throw new Error(`${query.key}: ours and theirs answer different records:\n  ${ids(o)}\n  ${ids(t)}`)
  return { ours: o[0]?.bytes ?? 0, theirs: t[0]?.bytes ?? 0 }
}

/** Requests per second; the server's CPU per request (µs), steadier on a shared machine; the cores others kept busy. */
interface Sample { rps: number, cpuUs: number, elsewhere: number }
interface Row { query: Query, ours: Sample, theirs: Sample }

/**
 * Requests per second on `paths` after a discarded warm-up (a failed request is an error), and the
 * cores kept busy meanwhile by anything but the server and this process (autocannon runs in it):
 * the machine may be shared, and that is the noise.
 */
async function measure (port: number, pid: number, key: string, paths: string[]): Promise<Sample> {
  const scenario: Scenario = { key, title: key, request: paths[0] ?? '/', mode: 'load', method: 'GET', paths, expectStatus: 200 }
  if (warmup > 0) await hammer(port, scenario, connections, warmup)
  const busy = () => {
    const self = process.cpuUsage()
    return machineBusySeconds() - cpuSeconds(pid) - (self.user + self.system) / 1e6
  }
  const [before, serverBefore] = [busy(), cpuSeconds(pid)]
  const m = await hammer(port, scenario, connections, seconds)
  if (m.non2xx + m.errors + m.timeouts > 0) throw new Error(`${key}: non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts}`)
  return { rps: m.rps, cpuUs: (cpuSeconds(pid) - serverBefore) / Math.max(1, m.requests) * 1e6, elsewhere: Math.max(0, (busy() - before) / m.seconds) }
}

/** CPU seconds the whole machine has worked: /proc/stat's first line, all but idle and iowait, at 100 Hz. */
function machineBusySeconds (): number {
  const ticks = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number)
  return (ticks.reduce((a, b) => a + b, 0) - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / 100
}

const n = (value: number) => Math.round(value).toLocaleString('en-US')
const ratio = (row: Row) => (row.ours.rps / row.theirs.rps).toFixed(2)
/** How much less CPU ours spends on a request than theirs: > 1 is faster, whatever else the machine does. */
const cpuRatio = (row: Row) => (row.theirs.cpuUs / row.ours.cpuUs).toFixed(2)

function roundTable (rows: Row[]): string[] {
  const elsewhere = Math.max(...rows.flatMap((row) => [row.ours.elsewhere, row.theirs.elsewhere]))
  return ['| query | ours req/s | theirs req/s | ours ÷ theirs | server CPU per request (µs), ours / theirs | theirs ÷ ours |', '|---|---:|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row.query.title} | ${n(row.ours.rps)} | ${n(row.theirs.rps)} | ${ratio(row)} | ${n(row.ours.cpuUs)} / ${n(row.theirs.cpuUs)} | ${cpuRatio(row)} |`),
    '', `Other processes kept up to ${elsewhere.toFixed(2)} of the ${cpus().length} cores busy during a measurement of this round.`]
}

/** min–max and median of one ratio over the rounds. */
function spread (values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b)
  const median = ((sorted[Math.floor((sorted.length - 1) / 2)] ?? 0) + (sorted[Math.ceil((sorted.length - 1) / 2)] ?? 0)) / 2
  return `${sorted[0]?.toFixed(2)}–${sorted.at(-1)?.toFixed(2)} | ${median.toFixed(2)}`
}

function summaryTable (all: Row[][]): string[] {
  return ['| query | req/s, ours ÷ theirs: min–max over the rounds | median | CPU per request, theirs ÷ ours: min–max | median |', '|---|---:|---:|---:|---:|',
    ...(all[0] ?? []).map((row, i) => {
      const rows = all.map((round) => round[i] as Row)
      return `| ${row.query.title} | ${spread(rows.map((r) => Number(ratio(r))))} | ${spread(rows.map((r) => Number(cpuRatio(r))))} |`
    })]
}

function machine (): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown CPU'
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Linux ${release()}, Node.js ${process.version}`
}

/** Platformatic installed and both copies made, side by side: npm is mostly compiling, the copies mostly disk. */
async function prepare (): Promise<{ versions: Record<string, string>, oursDb: string, theirsDb: string }> {
  say(`installing @platformatic/sql-mapper@${opts.platformatic} and @platformatic/sql-openapi@${opts.platformatic}, copying ${source}`)
  const installing = installPlatformatic(join(tmp, 'platformatic'))
  installing.catch(() => {}) // awaited below, after the copies
  const oursDb = join(tmp, 'ours.db')
  copyFileSync(source, oursDb)
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${oursDb}-wal`)
  const theirsDb = join(tmp, 'theirs.db')
  varcharCopy(theirsDb)
  say('copies made')
  const versions = await installing
  say(`installed ${Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(', ')}`)
  return { versions, oursDb, theirsDb }
}

interface Server extends Spawned { port: number }

const OURS_ENV = { HOST: '127.0.0.1', LOG_LEVEL: 'silent', MAX_EVENT_LOOP_DELAY_MS: '0', RATE_LIMIT_MAX: '1000000000' }

async function startOurs (database: string): Promise<Server> {
  const port = await freePort()
  const env = { ...process.env, ...OURS_ENV, PORT: String(port), DATABASE_PATH: database, API_KEYS_FILE: join(tmp, 'api-keys.json') }
  return { port, ...await spawnServer(process.execPath, ['dist/server.js'], { cwd: ours, env, port, logFile: join(tmp, 'ours.log'), timeoutMs: 120_000 }) }
}

async function startTheirs (database: string): Promise<Server> {
  const port = await freePort()
  const env = { ...process.env, PLATFORMATIC_PREFIX: join(tmp, 'platformatic'), DATABASE_PATH: database, HOST: '127.0.0.1', PORT: String(port) }
  const args = [join(here, 'platformatic-server.mjs')]
  return { port, ...await spawnServer(process.execPath, args, { env, port, readyPath: '/documentation/json', logFile: join(tmp, 'theirs.log'), timeoutMs: 120_000 }) }
}

/** Round after round, each query on ours then on theirs: drift on the machine hits both alike. */
async function measureRounds (list: Query[], o: Server, t: Server): Promise<Row[][]> {
  const all: Row[][] = []
  for (let round = 1; round <= rounds; round++) {
    const rows: Row[] = []
    for (const query of list) {
      const row: Row = { query, ours: await measure(o.port, o.pid, `ours ${query.key}`, query.ours), theirs: await measure(t.port, t.pid, `theirs ${query.key}`, query.theirs) }
      rows.push(row)
      say(`round ${round}, ${query.key}: ours ${n(row.ours.rps)} req/s, theirs ${n(row.theirs.rps)} req/s, ours ÷ theirs ${ratio(row)}`)
    }
    all.push(rows)
    console.log([`Round ${round}`, ...roundTable(rows)].join('\n'))
  }
  console.log(summaryTable(all).join('\n'))
  return all
}

async function main (): Promise<void> {
  if (!existsSync(source)) throw new Error(`no database at ${source}: make it with \`npm run bench -- --events 100000 --statements 1000000\` or pass --database`)
  if (!existsSync(join(ours, 'dist', 'server.js'))) throw new Error(`no ${join(ours, 'dist', 'server.js')}: run \`npm run build\` in ${ours}`)
  const { versions, oursDb, theirsDb } = await prepare()
  const { eventIds, speaker } = fixtures()
  const o = await startOurs(oursDb)
  const t = await startTheirs(theirsDb)
  say(`ours on :${o.port} (ready in ${n(o.coldStartMs)} ms), theirs on :${t.port} (ready in ${n(t.coldStartMs)} ms)`)

  const list = queries(eventIds, speaker, await followCursor(o.port, `/statements?speaker=${encodeURIComponent(speaker)}&limit=${PAGE}`))
  const bytes = new Map<string, { ours: number, theirs: number }>()
  for (const query of list) bytes.set(query.key, await check(query, o.port, t.port))
  say('every query answers 200 with records; measuring')

  const all = await measureRounds(list, o, t)
  await stop(t.child)
  await stop(o.child, 15_000)
  const commit = (await run('git', ['-C', ours, 'log', '-1', '--format=%h'], { timeoutMs: 10_000 }).catch(() => 'not a git checkout')).trim()
  writeFileSync(opts.out, report({ all, list, bytes, versions, speaker, eventIds, commit, minutes: (performance.now() - startedAt) / 60_000 }))
  say(`results in ${opts.out}`)
}

interface Report {
  all: Row[][]
  list: Query[]
  bytes: Map<string, { ours: number, theirs: number }>
  versions: Record<string, string>
  speaker: string
  eventIds: string[]
  commit: string
  minutes: number
}

function report (r: Report): string {
  return [
    '# Ours against Platformatic DB',
    '',
    `- **Date:** ${new Date().toISOString()}`,
    `- **Command:** \`npm run bench:peers${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}\` (${r.minutes.toFixed(1)} min end to end)`,
    `- **Machine:** ${machine()}`,
    `- **Database:** \`${relative(root, source).startsWith('..') ? source : relative(root, source)}\`; theirs reads a copy of ${SERVED.join(', ')} with \`varchar\` primary keys (Platformatic 2.x refuses \`text\` ones on SQLite), same rows and indexes, WAL like ours.`,
    `- **Ours:** \`node dist/server.js\` in \`${ours}\` (${r.commit}) with ${Object.entries(OURS_ENV).map(([k, v]) => `\`${k}=${v}\``).join(', ')}.`,
    `- **Theirs:** bench/peers/platformatic-server.mjs — Fastify with sql-mapper and sql-openapi, logging off: ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `- **Load:** autocannon on 127.0.0.1, ${connections} connections, pipelining 1, no compression; per query ${warmup} s warm-up (discarded) then ${seconds} s, ours then theirs, in ${rounds} rounds; only one server loaded at a time.`,
    `- **Fixtures:** ${r.eventIds.length} event ids spread over the table; the busiest speaker \`${r.speaker}\`.`,
    '',
    '## Queries',
    '',
    '| query | ours | theirs | bytes, ours / theirs |',
    '|---|---|---|---:|',
    ...r.list.map((q) => `| ${q.title} | \`${q.ours[0]}\`${q.ours.length > 1 ? ` (${q.ours.length} ids)` : ''} | \`${q.theirs[0]}\` | ${r.bytes.get(q.key)?.ours} / ${r.bytes.get(q.key)?.theirs} |`),
    '',
    ...r.all.flatMap((rows, i) => [`## Round ${i + 1}`, '', ...roundTable(rows), '']),
    '## Over the rounds',
    '',
    ...summaryTable(r.all),
    '',
    'A round on a busy machine (see the other processes under it) says little; a virtual machine\'s neighbours do not show at all, so even quiet rounds differ: more rounds (`--rounds`) narrow the median.',
    ''
  ].join('\n')
}

try {
  await main()
} catch (err) {
  console.error(`bench:peers: ${(err as Error).stack ?? String(err)}`)
  // The logs go with the temporary folder: show their ends now.
  for (const log of ['ours.log', 'theirs.log'].map((name) => join(tmp, name)).filter(existsSync)) {
    console.error(`--- ${log}\n${readFileSync(log, 'utf8').slice(-2000)}`)
  }
  process.exitCode = 1
} finally {
  await killAll()
  rmSync(tmp, { recursive: true, force: true })
}
