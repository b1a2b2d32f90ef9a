// npm run bench:import [-- --events 10000 --statements 100000 --engine sqlite,postgres] [-- --database PATH]
//
// POST /import of a whole export: a generated corpus (cached in bench/.cache as npm run bench
// caches it) is exported by the app on its SQLite file, then imported through the app (in-process,
// app.inject, an admin key) into a new empty database of each engine, timed from request to answer.
// PostgreSQL: a throw-away cluster (test/postgres/cluster.ts). Prints a Markdown table for
// bench/RESULTS.md.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildApp, type AppOptions } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { preparePostgres } from '../src/db/postgres/prepare.js'
import { openDatabase } from '../src/db/sqlite/connection.js'
import { applyMigrations } from '../src/db/sqlite/migrate.js'
import { generateDatabase } from '../src/generate/generate.js'
import { startCluster } from '../test/postgres/cluster.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values: opts } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    statements: { type: 'string', default: '100000' },
    engine: { type: 'string', default: 'sqlite,postgres' },
    database: { type: 'string' }
  }
})
const events = Number(opts.events)
const statements = Number(opts.statements)
const tmp = mkdtempSync(join(tmpdir(), 'news-events-bench-import-'))
const say = (line: string) => console.error(`bench:import: ${line}`)

/** The app on this storage, with an admin key; closed by the caller. */
async function appOn (where: Pick<AppOptions, 'databasePath' | 'postgres'>) {
  const apiKeysFile = join(tmp, `keys-${Math.random().toString(36).slice(2)}.json`)
  const key = createKey(apiKeysFile, 'bench', 'admin')
  return { app: await buildApp({ ...where, apiKeysFile, readWorkers: 0, logger: { level: 'error' } }), key }
}

async function exportOf (path: string): Promise<string> {
  const { app } = await appOn({ databasePath: path })
  try {
    return (await app.inject('/export')).body
  } finally {
    await app.close()
  }
}

async function timedImport (engine: string, where: Pick<AppOptions, 'databasePath' | 'postgres'>, body: string) {
  const { app, key } = await appOn(where)
  try {
    const started = performance.now()
    const res = await app.inject({ method: 'POST', url: '/import', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' }, body })
    const seconds = (performance.now() - started) / 1000
    if (res.statusCode !== 200) throw new Error(`${engine}: /import answered ${res.statusCode}: ${res.body.slice(0, 500)}`)
    const imported = (res.json() as { imported: Record<string, number> }).imported
    return { engine, seconds, records: Object.values(imported).reduce((a, b) => a + b, 0) }
  } finally {
    await app.close()
  }
}

try {
  const cached = opts.database ?? join(root, 'bench', '.cache', `generated-e${events}-s${statements}-seed42.db`)
  if (!existsSync(cached)) {
    mkdirSync(dirname(cached), { recursive: true })
    say(`generating ${events} events and ${statements} statements into ${cached}`)
    generateDatabase({ path: cached, events, statements, seed: 42, progress: null, log: () => {} })
  }
  const body = await exportOf(cached)
  const lines = body.split('\n').filter((line) => line !== '').length
  say(`export: ${lines} lines, ${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MiB`)
  const load = loadavg()[0] as number
  const results = []
  for (const engine of (opts.engine ?? '').split(',')) {
    if (engine === 'sqlite') {
      const path = join(tmp, 'import.db')
      const db = openDatabase(path)
      applyMigrations(db)
      db.$client.close()
      results.push(await timedImport(engine, { databasePath: path }, body))
    } else if (engine === 'postgres') {
      const cluster = await startCluster()
      try {
        const url = await cluster.createDatabase('import')
        await preparePostgres(url) // as the server does before it listens
        results.push(await timedImport(engine, { databasePath: '', postgres: { url } }, body))
      } finally {
        await cluster.stop()
      }
    } else {
      throw new Error(`--engine: sqlite or postgres, not ${engine}`)
    }
    const last = results.at(-1)
    if (last) say(`${engine}: ${last.records} records in ${last.seconds.toFixed(1)} s`)
  }
  console.log(`POST /import of the export of ${opts.database ?? `\`npm run db:generate -- --events ${events} --statements ${statements} --seed 42\``} (${lines.toLocaleString('en-US')} lines, ` +
    `${(Buffer.byteLength(body) / 2 ** 20).toFixed(1)} MiB of NDJSON) into an empty database, in-process (app.inject); ${cpus().length} cores, 1-minute load average ${load.toFixed(1)} before.\n`)
  console.log('| Engine | Records | Seconds | Records/s |\n| --- | ---: | ---: | ---: |')
  for (const r of results) console.log(`| ${r.engine} | ${r.records.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} | ${Math.round(r.records / r.seconds).toLocaleString('en-US')} |`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
