// The floor SQLite itself sets: the same statements rows, as CSV, through the sqlite3 shell's
// `.import` into a bare table (no indexes, no constraints), timed.
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'

export type Comparison =
  | { skipped: string }
  | { rows: number, seconds: number, rowsPerSecond: number, csvBytes: number }

const csvField = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  const text = String(value)
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Times `sqlite3 tmp.db ".mode csv" ".import file statements"` on the statements of `databasePath`. */
export function compareWithSqlite3 (databasePath: string, sqlite3 = 'sqlite3'): Comparison {
  const version = spawnSync(sqlite3, ['-version'], { encoding: 'utf8' })
  if (version.error !== undefined || version.status !== 0) return { skipped: `${sqlite3} not found (apt-get install sqlite3)` }
  const dir = mkdtempSync(join(tmpdir(), 'news-events-import-'))
  try {
    const csv = join(dir, 'statements.csv')
    const source = new SQLite(databasePath, { readonly: true })
    let columns: string[]
    let rows = 0
    let csvBytes = 0
    try {
      columns = (source.pragma('table_info(statements)') as Array<{ name: string }>).map((c) => c.name)
      const fd = openSync(csv, 'w')
      let chunk: string[] = []
      let size = 0
      const flush = () => {
        const text = chunk.join('')
        csvBytes += writeSync(fd, text)
        chunk = []
        size = 0
      }
      for (const row of source.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM statements`).raw().iterate() as Iterable<unknown[]>) {
        const line = row.map(csvField).join(',') + '\n'
        chunk.push(line)
        size += line.length
        rows++
        if (size > 1 << 20) flush()
      }
      flush()
      closeSync(fd)
    } finally {
      source.close()
    }
    const target = join(dir, 'import.db')
    const create = spawnSync(sqlite3, [target, `CREATE TABLE statements (${columns.map((c) => `"${c}"`).join(', ')})`], { encoding: 'utf8' })
    if (create.status !== 0) return { skipped: `sqlite3 could not create the table: ${create.stderr}` }
    const started = performance.now()
    const run = spawnSync(sqlite3, [target, 'PRAGMA journal_mode=OFF', 'PRAGMA synchronous=OFF', '.mode csv', `.import ${csv} statements`], { encoding: 'utf8' })
    const seconds = (performance.now() - started) / 1000
    if (run.status !== 0 || run.stderr.trim() !== '') return { skipped: `sqlite3 .import failed: ${run.stderr}` }
    const counted = spawnSync(sqlite3, [target, 'SELECT count(*) FROM statements'], { encoding: 'utf8' })
    if (Number(counted.stdout.trim()) !== rows) return { skipped: `sqlite3 imported ${counted.stdout.trim()} rows, not ${rows}` }
    return { rows, seconds, rowsPerSecond: rows / seconds, csvBytes }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
