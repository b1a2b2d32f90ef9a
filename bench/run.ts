// npm run bench [-- --database PATH] [-- --quick] [-- --engine postgres]
//
// Builds the service, starts the production server (node dist/server.js) and the ceiling
// (bench/ceiling.ts) as child processes on loopback, drives them with autocannon, and writes
// bench/RESULTS.md. Then the same load on one and on two server processes sharing the store (the
// scale-out figure). Every load is bounded in time; the children are killed on exit and on Ctrl-C.
//
// Options:
//   --engine E             sqlite (default), postgres, or both: postgres,sqlite (one after the
//                          other, side by side in the results). PostgreSQL: a throw-away cluster
//                          (test/postgres/cluster.ts) loaded from the same SQLite file
//   --database PATH        benchmark a copy of this database (default: generate one, or the seed data)
//   --events N --statements M   size of the generated database (when src/cli/generate.ts exists)
//   --connections 1,8,32   connection counts
//   --duration S --warmup S     seconds measured, seconds of discarded warm-up, per run
//   --quick                smoke run: seed database, 1 connection count, 1 s per scenario
//   --out FILE --json FILE where the results go (default bench/RESULTS.md, no JSON)
//   --skip-build           use dist/ as it is
//   --skip-writes          leave out the write scenario
//   --cpu-prof             write a V8 CPU profile of the server (node --cpu-prof) next to the results
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { hammer, probe, stream, type Measurement } from './load.js'
import { freePort, killAll, onInterrupt, procStatusKb, run, spawnServer, stop, watch } from './processes.js'
import { ENGINES, openStore, type Engine, type Store } from './engines.js'
import { keptSections, markdown, machine, type Results, type ScaleOutResult, type ScenarioResult } from './report.js'
import { ceilingFor, ceilingScenario, ceilingSizes, pickFixtures, readScenarios, writeScenario, type Scenario } from './scenarios.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const { values: opts } = parseArgs({
  args: argv,
  options: {
    database: { type: 'string' },
    engine: { type: 'string', default: 'sqlite' },
    events: { type: 'string', default: '10000' },
    statements: { type: 'string', default: '100000' },
    connections: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    json: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'skip-writes': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false }
  }
})

const connections = (opts.connections ?? (opts.quick ? '8' : '1,8,32')).split(',').map(Number)
const seconds = Number(opts.duration ?? (opts.quick ? 1 : 10))
const warmupSeconds = Number(opts.warmup ?? (opts.quick ? 0.25 : 3))
if (connections.some((c) => !Number.isInteger(c) || c < 1) || !(seconds > 0) || !(warmupSeconds >= 0)) {
  console.error('bench: --connections takes positive integers (1,8,32); --duration and --warmup take seconds')
  process.exit(2)
}
const engines = [...new Set((opts.engine ?? 'sqlite').split(','))] as Engine[]
if (engines.some((e) => !ENGINES.includes(e))) {
  console.error(`bench: --engine takes ${ENGINES.join(', ')} (or several, comma separated), not ${opts.engine}`)
  process.exit(2)
}
const outFile = resolve(opts.out ?? join(root, 'bench', 'RESULTS.md'))
const tmp = mkdtempSync(join(tmpdir(), 'news-events-bench-'))
const say = (message: string) => console.error(`bench: ${message}`)

onInterrupt(async () => {
  await killAll(2000)
  rmSync(tmp, { recursive: true, force: true })
})

/** The SQLite file the data comes from (read only here): given, generated once and cached, or the seed data. */
async function source (): Promise<{ path: string, description: string }> {
  if (opts.database !== undefined) return { path: resolve(opts.database), description: `\`${opts.database}\`` }
  if (!opts.quick && existsSync(join(root, 'src', 'cli', 'generate.ts'))) {
    const events = Number(opts.events)
    const statements = Number(opts.statements)
    const cached = join(root, 'bench', '.cache', `generated-e${events}-s${statements}-seed42.db`)
    if (!existsSync(cached)) {
      mkdirSync(dirname(cached), { recursive: true })
      say(`generating ${events} events and ${statements} statements into ${cached} (once; reused afterwards)`)
      const partial = `${cached}.partial`
      rmSync(partial, { force: true })
      await run(process.execPath, ['--import', 'tsx', 'src/cli/generate.ts', '--events', String(events), '--statements', String(statements), '--seed', '42', '--database', partial],
        { cwd: root, env: { ...process.env, DATABASE_PATH: partial }, timeoutMs: 60 * 60_000 })
      // A WAL left next to it would be lost by the rename: fold it into the file first.
      await run(process.execPath, ['-e', `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(partial)}); d.pragma('wal_checkpoint(TRUNCATE)'); d.pragma('journal_mode = DELETE'); d.close()`], { cwd: root })
      copyFileSync(partial, cached)
      rmSync(partial, { force: true })
    }
    return { path: cached, description: `generated (\`npm run db:generate -- --events ${events} --statements ${statements} --seed 42\`)` }
  }
  say('no generator (src/cli/generate.ts) or --quick: using the seed data')
  const path = join(tmp, 'seed.db')
  const env = { ...process.env, DATABASE_PATH: path }
  await run(process.execPath, ['dist/cli/migrate.js'], { cwd: root, env })
  await run(process.execPath, ['dist/cli/seed.js'], { cwd: root, env })
  return { path, description: 'the seed data only (`npm run db:migrate` + `npm run db:seed`), **not the 1M-statement corpus**: the numbers say little about scale' }
}

/** A copy of the source in the temporary folder, for SQLite to serve (the write scenario adds rows). */
function sqliteCopy (from: string, engine: Engine): string {
  const path = join(tmp, `bench-${engine}.db`)
  say(`copying ${from}`)
  copyFileSync(from, path)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${path}-wal`)
  return path
}

/** Follows nextCursor from the first page, up to `pages` pages; answers the last page's path. */
async function walk (port: number, firstPath: string, pages: number): Promise<{ path: string, page: number }> {
  let path = firstPath
  let page = 1
  while (page < pages) {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(30_000) })
    if (res.status !== 200) throw new Error(`walking the cursor chain: ${path} answered ${res.status}`)
    const body = await res.json() as { nextCursor?: string | null }
    if (typeof body.nextCursor !== 'string') break
    const url = new URL(firstPath, 'http://x')
    url.searchParams.set('cursor', body.nextCursor)
    path = `${url.pathname}${url.search}`
    page++
  }
  return { path, page }
}

/** The scenarios measured again with two server processes (the same connections split between them). */
const SCALE_OUT_SCENARIOS = ['event-by-id', 'statements-first-page']

const settingsEnv = {
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  LOG_PRETTY: 'false',
  MAX_EVENT_LOOP_DELAY_MS: '0',
  RATE_LIMIT_MAX: '1000000000'
}

/** Every scenario against one engine, the ceiling measured beside it, then the scale-out figure. */
async function measure (engine: Engine, data: { path: string, description: string }, key: string, keysFile: string): Promise<Results> {
  const store: Store = await openStore(engine, engine === 'sqlite' ? sqliteCopy(data.path, engine) : data.path, say)
  try {
    const serverPort = await freePort()
    const baseEnv = { ...process.env, ...settingsEnv, ...store.env, API_KEYS_FILE: keysFile, READ_ONLY: 'false' }
    const profileDir = join(dirname(outFile), 'cpu-profiles')
    const log = (name: string) => join(tmp, `${engine}-${name}.log`)
    say(`${engine}: starting the server on 127.0.0.1:${serverPort}`)
    const server = await spawnServer(process.execPath, [...(opts['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'dist/server.js'], {
      cwd: root, env: { ...baseEnv, PORT: String(serverPort) }, port: serverPort, logFile: log('server'), timeoutMs: 120_000
    })
    say(`server ready in ${Math.round(server.coldStartMs)} ms`)

    // The same records on either engine: the ids and words are picked from the SQLite file.
    const fixtures = pickFixtures(data.path)
    const speakerFirst = `/statements?${new URLSearchParams({ speaker: fixtures.speaker.id, limit: '20' })}`
    const deep = await walk(serverPort, speakerFirst, 500)
    say(`cursor chain: page ${deep.page} reached`)
    const runId = `${engine}-${Date.now().toString(36)}`
    const scenarios: Scenario[] = [...readScenarios(fixtures, deep), ...(key !== '' ? [writeScenario(key, runId)] : [])]

    // Checked once before any load: a scenario that does not answer as expected is a harness bug.
    const bodyBytes = new Map<string, number>()
    for (const scenario of scenarios) {
      const { status, body } = await probe(serverPort, scenario)
      if (status !== scenario.expectStatus) throw new Error(`${scenario.key}: ${scenario.paths[0]} answered ${status}, not ${scenario.expectStatus}: ${body.slice(0, 300)}`)
      bodyBytes.set(scenario.key, Buffer.byteLength(body))
    }
    // One ceiling per answer size: serialising, hashing (ETag) and sending 13 kB costs more than 650 bytes.
    const sizes = ceilingSizes(scenarios.filter((s) => s.mode === 'load').map((s) => bodyBytes.get(s.key) ?? 0))
    const ceilings = sizes.map(ceilingScenario)

    const ceilingPort = await freePort()
    say(`starting the ceiling on 127.0.0.1:${ceilingPort} (answer sizes ${sizes.join(', ')})`)
    const ceiling = await spawnServer(process.execPath, ['--import', 'tsx', 'bench/ceiling.ts'], {
      cwd: root, env: { ...baseEnv, PORT: String(ceilingPort) }, port: ceilingPort, logFile: log('ceiling'), timeoutMs: 120_000
    })
    for (const scenario of ceilings) bodyBytes.set(scenario.key, Buffer.byteLength((await probe(ceilingPort, scenario)).body))

    const results: ScenarioResult[] = []
    const ceilingRps = new Map<string, number>()
    for (const scenario of [...ceilings, ...scenarios]) {
      const isCeiling = ceilings.includes(scenario)
      const port = isCeiling ? ceilingPort : serverPort
      const pid = isCeiling ? ceiling.pid : server.pid
      const load = scenario.mode === 'stream' ? stream : hammer
      const comparedWith = isCeiling || scenario.mode === 'stream' ? undefined : ceilingScenario(ceilingFor(sizes, bodyBytes.get(scenario.key) ?? 0)).key
      const runs: ScenarioResult['runs'] = []
      for (const c of connections) {
        if (warmupSeconds > 0) await load(port, scenario, c, warmupSeconds)
        const watcher = watch(pid)
        const m: Measurement = await load(port, scenario, c, seconds)
        const { peakRssMb, cpu } = watcher.end()
        if (isCeiling) ceilingRps.set(`${scenario.key} ${c}`, m.rps)
        const base = comparedWith === undefined ? undefined : ceilingRps.get(`${comparedWith} ${c}`)
        runs.push({ ...m, ratioToCeiling: base === undefined || base === 0 ? null : m.rps / base, serverCpu: cpu, peakRssMb })
        say(`${engine} ${scenario.key} ×${c}: ${Math.round(m.rps)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${scenario.mode === 'stream' ? `, ${m.mbps.toFixed(1)} MB/s` : ''}${m.non2xx + m.errors + m.timeouts > 0 ? ` (non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts})` : ''}`)
      }
      results.push({
        key: scenario.key,
        title: scenario.title,
        request: scenario.request,
        mode: scenario.mode,
        ...(scenario.note ? { note: scenario.note } : {}),
        ...(comparedWith === undefined ? {} : { ceiling: comparedWith }),
        bodyBytes: bodyBytes.get(scenario.key) ?? 0,
        runs
      })
    }
    const ceilingPeak = procStatusKb(ceiling.pid, 'VmHWM') / 1024
    await stop(ceiling.child)

    // Scale-out: a second server process on the same store, the same connections split between the two.
    const secondPort = await freePort()
    say(`${engine}: starting a second server process on 127.0.0.1:${secondPort}`)
    const second = await spawnServer(process.execPath, ['dist/server.js'], {
      cwd: root, env: { ...baseEnv, PORT: String(secondPort) }, port: secondPort, logFile: log('second-server'), timeoutMs: 120_000
    })
    const total = connections.at(-1) as number
    const scaleOut: ScaleOutResult[] = []
    for (const scenario of scenarios.filter((s) => SCALE_OUT_SCENARIOS.includes(s.key))) {
      const runs: ScaleOutResult['runs'] = []
      for (const ports of [[serverPort], [serverPort, secondPort]]) {
        const split = ports.map((port, i) => ({ port, connections: Math.floor(total / ports.length) + (i < total % ports.length ? 1 : 0) }))
        if (warmupSeconds > 0) await Promise.all(split.map(async (p) => await hammer(p.port, scenario, p.connections, warmupSeconds)))
        const measured = await Promise.all(split.map(async (p) => await hammer(p.port, scenario, p.connections, seconds)))
        runs.push({
          processes: ports.length,
          connections: total,
          rps: measured.reduce((sum, m) => sum + m.rps, 0),
          p50: Math.max(...measured.map((m) => m.p50)),
          p99: Math.max(...measured.map((m) => m.p99)),
          failed: measured.reduce((sum, m) => sum + m.non2xx + m.errors + m.timeouts, 0)
        })
        say(`${engine} scale-out ${scenario.key}, ${ports.length} process(es), ${total} connections: ${Math.round(runs.at(-1)?.rps ?? 0)} req/s`)
      }
      scaleOut.push({ key: scenario.key, title: scenario.title, runs })
    }
    await stop(second.child, 15_000)

    const serverPeak = procStatusKb(server.pid, 'VmHWM') / 1024
    await stop(server.child, 15_000)
    if (server.child.exitCode !== 0) say(`warning: the server exited with ${server.child.exitCode ?? server.child.signalCode} on SIGTERM`)
    return {
      engine,
      date: new Date().toISOString(),
      command: process.env.npm_lifecycle_event === 'bench' ? `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}` : `tsx bench/run.ts ${argv.join(' ')}`.trim(),
      machine: machine(),
      database: { path: data.path, description: `${data.description}; served from: ${store.description}`, bytes: store.bytes, counts: fixtures.counts },
      settings: { connections, seconds, warmupSeconds, env: settingsEnv },
      fixtures,
      server: { coldStartMs: server.coldStartMs, peakRssMb: serverPeak, logBytes: statSync(log('server')).size, exitCode: server.child.exitCode },
      ceiling: { coldStartMs: ceiling.coldStartMs, peakRssMb: ceilingPeak, sizes: ceilings.map((c) => bodyBytes.get(c.key) ?? 0) },
      scenarios: results,
      scaleOut
    }
  } finally {
    await store.close()
  }
}

async function main (): Promise<void> {
  if (!opts['skip-build']) {
    say('building (npm run build)')
    await run('npm', ['run', 'build'], { cwd: root, timeoutMs: 300_000 })
  }
  const data = await source()
  const keysFile = join(tmp, 'api-keys.json')
  const key = opts['skip-writes']
    ? ''
    : (await run(process.execPath, ['dist/cli/key-create.js', '--name', 'bench', '--scope', 'write'], { cwd: root, env: { ...process.env, API_KEYS_FILE: keysFile } })).trim()

  const reports: Results[] = []
  for (const engine of engines) reports.push(await measure(engine, data, key, keysFile))
  // Reported in one order whatever order they ran in (PostgreSQL first fails sooner, if it fails).
  reports.sort((a, b) => ENGINES.indexOf(a.engine) - ENGINES.indexOf(b.engine))

  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, markdown(reports) + keptSections(existsSync(outFile) ? readFileSync(outFile, 'utf8') : ''))
  say(`results in ${outFile}`)
  if (opts.json !== undefined) writeFileSync(resolve(opts.json), JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2))
}

try {
  await main()
  rmSync(tmp, { recursive: true, force: true })
} catch (err) {
  console.error(`bench: ${(err as Error).stack ?? String(err)}`)
  console.error(`bench: logs kept in ${tmp}`)
  process.exitCode = 1
} finally {
  await killAll()
}
