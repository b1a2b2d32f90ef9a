// npm run db:generate -- --events 100000 --statements 1000000 --seed 42 [--participants N]
//   [--articles N] [--database PATH] [--postgres URL] [--force] [--compare-sqlite3]
// Fills a new database with deterministic synthetic data, for load and performance work.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../config.js'
import { compareWithSqlite3 } from '../generate/compare.js'
import { DEFAULTS, GenerateError, generateDatabase } from '../generate/generate.js'
import { loadIntoPostgres } from '../generate/postgres.js'
import { count } from '../generate/progress.js'

const USAGE = `usage: npm run db:generate -- [options]
  --events N          events (default ${DEFAULTS.events})
  --statements N      statements (default ${DEFAULTS.statements})
  --participants N    participants (default ${DEFAULTS.participants})
  --articles N        articles (default ${DEFAULTS.articles})
  --seed N            PRNG seed: same seed, same database (default ${DEFAULTS.seed})
  --database PATH     file to create (default DATABASE_PATH; with --postgres, a temporary file)
  --postgres URL      then load it into this PostgreSQL database (new, C collation), in one transaction
  --batch-size N      rows per transaction (default ${DEFAULTS.batchSize})
  --force             replace an existing non-empty file
  --compare-sqlite3   also time the sqlite3 shell's .import of the same statements as CSV`

function integer (name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.replaceAll('_', ''))) throw new GenerateError(`--${name} must be a non-negative integer, not "${value}"`)
  return Number(value.replaceAll('_', ''))
}

try {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      statements: { type: 'string' },
      participants: { type: 'string' },
      articles: { type: 'string' },
      seed: { type: 'string' },
      database: { type: 'string' },
      postgres: { type: 'string' },
      'batch-size': { type: 'string' },
      force: { type: 'boolean', default: false },
      'compare-sqlite3': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    },
    strict: true
  })
  if (values.help) {
    console.log(USAGE)
  } else {
    // Loading PostgreSQL goes through a SQLite file: kept when named, else a temporary one.
    const staging = values.postgres !== undefined && values.database === undefined ? mkdtempSync(join(tmpdir(), 'news-events-generate-')) : undefined
    const path = values.database ?? (staging === undefined ? loadConfig().DATABASE_PATH : join(staging, 'generated.db'))
    const report = generateDatabase({
      path,
      seed: integer('seed', values.seed),
      events: integer('events', values.events),
      statements: integer('statements', values.statements),
      participants: integer('participants', values.participants),
      articles: integer('articles', values.articles),
      batchSize: integer('batch-size', values['batch-size']),
      force: values.force
    })
    const s = report.seconds
    console.log(`${report.path} (seed ${report.seed}): ${(report.bytes / 1024 / 1024).toFixed(1)} MiB`)
    for (const [table, n] of Object.entries(report.counts)) console.log(`  ${table.padEnd(20)} ${count(n).padStart(12)}`)
    console.log(`  ${'total'.padEnd(20)} ${count(report.rows).padStart(12)}`)
    console.log(`time: ${s.total.toFixed(1)} s — migrate ${s.migrate.toFixed(1)}, generate+insert ${s.load.toFixed(1)}, indexes ${s.indexes.toFixed(1)}, search ${s.search.toFixed(1)}, triggers ${s.triggers.toFixed(2)}, verify ${s.verify.toFixed(1)}`)
    console.log(`rate: ${count(report.loadRowsPerSecond)} rows/s while loading, ${count(report.overallRowsPerSecond)} rows/s overall, statements INSERT ${count(report.statementInsertsPerSecond)} rows/s`)
    for (const warning of report.warnings) console.warn(`warning: ${warning}`)
    if (values.postgres !== undefined) {
      try {
        console.log('loading PostgreSQL:')
        const loaded = await loadIntoPostgres(report.path, values.postgres, (line) => { console.log(line) })
        const rows = Object.values(loaded.counts).reduce((a, b) => a + b, 0)
        console.log(`PostgreSQL: ${count(rows)} rows in ${loaded.seconds.toFixed(1)} s (${count(Math.round(rows / loaded.seconds))} rows/s, derived data and ANALYZE included)`)
      } finally {
        if (staging !== undefined) rmSync(staging, { recursive: true, force: true })
      }
    }
    if (values['compare-sqlite3']) {
      const floor = compareWithSqlite3(report.path)
      if ('skipped' in floor) {
        console.log(`sqlite3 comparison skipped: ${floor.skipped}`)
      } else {
        const ours = report.counts.statements / s.load
        console.log(`sqlite3 .import of the ${count(floor.rows)} statements (${(floor.csvBytes / 1024 / 1024).toFixed(1)} MiB CSV, bare table): ${floor.seconds.toFixed(1)} s, ${count(floor.rowsPerSecond)} rows/s`)
        console.log(`  statements INSERT alone: ${count(report.statementInsertsPerSecond)} rows/s, ratio ${(report.statementInsertsPerSecond / floor.rowsPerSecond).toFixed(2)}`)
        console.log(`  statements through the whole load (generation, other tables): ${count(ours)} rows/s, ratio ${(ours / floor.rowsPerSecond).toFixed(2)}`)
        console.log(`  every row, whole run (indexes, FTS, verify): ${count(report.overallRowsPerSecond)} rows/s, ratio ${(report.overallRowsPerSecond / floor.rowsPerSecond).toFixed(2)}`)
      }
    }
  }
} catch (err) {
  if (err instanceof GenerateError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
    console.error(`db:generate: ${(err as Error).message}\n\n${USAGE}`)
  } else {
    console.error(err)
  }
  process.exitCode = 1
}
