// No request stalls the others: on the real server with its production defaults (the overload
// guard on, lists and searches in read workers), lookups by id stay quick and never fail while a
// whole export and an `all=true` CSV stream run, and while counts over every statement and searches
// for common words run back to back; and a server started beside CPU-bound neighbours serves its
// first requests once /readyz says ready, instead of shedding them.
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import Database from 'better-sqlite3'
import { CONFIG_DEFAULTS } from '../../src/config.js'
import { generateDatabase } from '../../src/generate/generate.js'
import { tempDir } from '../helper.js'
import { startServer, serverFiles } from './server.js'
import { long, sizes } from './sizes.js'

t.setTimeout(600_000)
const run = promisify(execFile)

// Production's guard, not the reliability suite's default (off).
const GUARDED = { MAX_EVENT_LOOP_DELAY_MS: String(CONFIG_DEFAULTS.MAX_EVENT_LOOP_DELAY_MS) }

/** The busiest speaker and some event ids of a database. */
function fixtures (path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    const speaker = (db.prepare('select speaker_id as id from statements group by speaker_id order by count(*) desc limit 1').get() as { id: string }).id
    const events = (db.prepare('select id from events order by random() limit 50').all() as Array<{ id: string }>).map((row) => row.id)
    return { speaker, events }
  } finally {
    db.close()
  }
}

/**
 * Reads a whole answer as fast as it comes, in another process (curl): reading 100 MB here would
 * make this process's own event loop lag, and the lookups it times with it.
 */
async function drain (url: string): Promise<{ status: number, bytes: number, seconds: number }> {
  const { stdout } = await run('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{size_download} %{time_total}', url], { timeout: 300_000 })
  const [status, bytes, seconds] = stdout.split(' ').map(Number)
  return { status: status ?? 0, bytes: bytes ?? 0, seconds: seconds ?? 0 }
}

const rate = ({ bytes, seconds }: { bytes: number, seconds: number }) =>
  `${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(bytes / 1e6 / seconds).toFixed(1)} MB/s)`

/**
 * The first answers of a fresh process compile their routes' code, and the first lists start the
 * read workers (lazily, each in its own thread): not what is measured here.
 */
async function warmUp (url: (path: string) => string, ids: string[]) {
  for (const id of ids.slice(0, 20)) await (await fetch(url(`/events/${id}`))).arrayBuffer()
  await Promise.all(Array.from({ length: 4 }, async () => (await fetch(url('/events?limit=1'))).arrayBuffer()))
}

type Lookups = Awaited<ReturnType<typeof lookUp>>

/** Lookups by id, one after another with a short pause, until `going` says stop: their latencies (sorted) and statuses. */
async function lookUp (url: (path: string) => string, ids: string[], going: () => boolean) {
  const latencies: number[] = []
  const statuses: Record<number, number> = {}
  for (let i = 0; going(); i++) {
    const started = performance.now()
    const res = await fetch(url(`/events/${ids[i % ids.length] as string}`))
    await res.arrayBuffer()
    latencies.push(performance.now() - started)
    statuses[res.status] = (statuses[res.status] ?? 0) + 1
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  latencies.sort((a, b) => a - b)
  const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? 0
  return { latencies, statuses, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0 }
}

const describe = (lookups: Lookups) => `${lookups.latencies.length} lookups meanwhile: p50 ${lookups.p50.toFixed(1)} ms, ` +
  `p99 ${lookups.p99.toFixed(1)} ms, max ${lookups.max.toFixed(1)} ms; statuses ${JSON.stringify(lookups.statuses)}`

t.test(`lookups by id stay quick while an export and an all=true stream run (${sizes.responsiveStatements.toLocaleString('en-US')} statements)`, async (t) => {
  const files = serverFiles(tempDir(t))
  const statements = sizes.responsiveStatements
  generateDatabase({ path: files.databasePath, statements, events: statements / 10, participants: statements / 50, articles: statements / 10, seed: 11, progress: null })
  const { speaker, events } = fixtures(files.databasePath)
  const server = await startServer(t, files, GUARDED)
  await warmUp(server.url, events)

  let streaming = true
  const stillStreaming = () => streaming
  const streams = Promise.all([
    drain(server.url('/export')),
    drain(server.url(`/statements?speaker=${speaker}&format=csv&all=true`))
  ]).finally(() => { streaming = false })

  const lookups = await lookUp(server.url, events, stillStreaming)
  const [exported, listed] = await streams
  t.comment(`export ${rate(exported)}, all=true CSV ${rate(listed)}, side by side; ${describe(lookups)}`)
  t.equal(exported.status, 200, 'the export answered 200')
  t.equal(listed.status, 200, 'the all=true stream answered 200')
  t.ok(lookups.latencies.length >= 2, `lookups ran while the streams did (${lookups.latencies.length})`)
  t.same(Object.keys(lookups.statuses), ['200'], 'every lookup answered 200: none waited for the streams to end, none was shed')
  // The short run (npm test) has too few lookups for a percentile: there, none may wait as long as a stream.
  if (long) t.ok(lookups.p99 < 100, `lookups p99 under 100 ms (${lookups.p99.toFixed(1)} ms)`)
  else t.ok(lookups.max < 1000, 'no lookup waited for a stream')
})

t.test(`lookups by id stay quick while counts and common-word searches run (${sizes.responsiveStatements.toLocaleString('en-US')} statements)`, async (t) => {
  const files = serverFiles(tempDir(t))
  const statements = sizes.responsiveStatements
  generateDatabase({ path: files.databasePath, statements, events: statements / 10, participants: statements / 50, articles: statements / 10, seed: 12, progress: null })
  const { events } = fixtures(files.databasePath)
  const server = await startServer(t, files, GUARDED)
  await warmUp(server.url, events)

  // Each costly read differs from the others (its limit), so that none is answered from the search cache.
  const costly = (i: number) => [
    `/statements?q=the&count=true&limit=${1 + (i % 100)}`,
    `/search?q=accord&count=true&limit=${1 + (i % 50)}`,
    `/statements?count=true&limit=${1 + (i % 100)}`,
    `/events?q=the&count=true&limit=${1 + (i % 100)}`
  ][i % 4] as string
  const rounds = long ? 200 : 40
  const costlyTimes: number[] = []
  const costlyStatuses: Record<number, number> = {}
  let reading = true
  // The readers go on past their rounds until the lookups beside them are enough to judge by:
  // on a fast machine the rounds alone can end before a handful of lookups.
  const tally = { lookups: 0 }
  const readers = Promise.all([0, 1].map(async (reader) => {
    for (let i = reader; i < rounds || tally.lookups < 20; i += 2) {
      const started = performance.now()
      const res = await fetch(server.url(costly(i)))
      await res.arrayBuffer()
      costlyTimes.push(performance.now() - started)
      costlyStatuses[res.status] = (costlyStatuses[res.status] ?? 0) + 1
    }
  })).finally(() => { reading = false })

  const lookups = await lookUp(server.url, events, () => { tally.lookups++; return reading })
  await readers
  costlyTimes.sort((a, b) => a - b)
  t.comment(`${costlyTimes.length} counts and searches (p50 ${costlyTimes[Math.floor(costlyTimes.length / 2)]?.toFixed(1)} ms, max ${costlyTimes.at(-1)?.toFixed(1)} ms, ` +
    `statuses ${JSON.stringify(costlyStatuses)}); ${describe(lookups)}`)
  t.same(Object.keys(costlyStatuses), ['200'], 'every count and search answered 200 (none ran past READ_TIMEOUT_MS)')
  t.same(Object.keys(lookups.statuses), ['200'], 'every lookup answered 200: none was shed')
  if (long) t.ok(lookups.p99 < 100, `lookups p99 under 100 ms (${lookups.p99.toFixed(1)} ms)`)
  else t.ok(lookups.max < 1000, 'no lookup waited for a count or a search')
})

t.test('a server started beside CPU-bound neighbours serves its first requests once ready', async (t) => {
  const files = serverFiles(tempDir(t))
  // Two busy processes on a two-core machine: start-up is slow and the event loop lags while it runs.
  const neighbours = [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }))
  t.after(() => { for (const child of neighbours) child.kill('SIGKILL') })
  const server = await startServer(t, files, GUARDED)
  const statuses: number[] = []
  for (const path of ['/events', '/statements?q=traité', '/participants?q=poutine', '/events?limit=1', '/statements?limit=5']) {
    for (let i = 0; i < 4; i++) statuses.push((await fetch(server.url(path))).status)
  }
  t.same([...new Set(statuses)], [200], `the first ${statuses.length} requests after /readyz answered 200 (${statuses.join(' ')})`)
})
