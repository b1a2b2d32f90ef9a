// Loads a generated SQLite file into PostgreSQL: the tables the generator fills, copied in batches
// of multi-row inserts (json_populate_recordset: PostgreSQL parses each batch once, by column name
// and type), in one transaction, with the per-row triggers set aside and the data they derive
// (names documents, participant_events) filled in one pass each afterwards.
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { preparePostgres } from '../db/postgres/prepare.js'
import { insertRecordset } from '../db/postgres/recordset.js'
import { LOADED_TABLES } from './bulk.js'
import { GenerateError } from './generate.js'

/** Referenced before referencing (foreign keys are checked after each statement). */
const LOAD_ORDER = ['participants', 'participant_aliases', 'articles', 'events', 'event_articles', 'event_participants',
  'statements', 'statement_mentions'] as const satisfies ReadonlyArray<typeof LOADED_TABLES[number]>

/** Columns PostgreSQL alone has, filled by DERIVE. */
const DERIVED_COLUMNS = new Set(['participants.names'])

/** What the disabled triggers derive, in one statement each (migrations/postgres/0002_triggers.sql). */
const DERIVE = [
  'UPDATE participants SET names = news_names_document(name, id)',
  `INSERT INTO participant_events (participant_id, event_id, start_date, end_bound)
    SELECT DISTINCT ep.participant_id, e.id, e.start_date, e.end_bound FROM event_participants ep JOIN events e ON e.id = ep.event_id`
]

export interface PostgresLoadReport {
  counts: Record<string, number>
  seconds: number
}

/** The columns a table takes on insert in PostgreSQL (not generated, not identity) that SQLite's copy has too. */
async function sharedColumns (client: pg.Client, sqlite: SQLite.Database, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' AND is_identity = 'NO'
    ORDER BY ordinal_position`, [table])
  const inSqlite = new Set((sqlite.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0').pluck().all(table) as string[]))
  const columns = rows.map((r) => r.name).filter((name) => !DERIVED_COLUMNS.has(`${table}.${name}`))
  const missing = columns.filter((name) => !inSqlite.has(name))
  if (missing.length > 0) throw new GenerateError(`${table}: the SQLite file lacks ${missing.join(', ')} (migrate it first)`)
  return columns
}

async function copyTable (client: pg.Client, sqlite: SQLite.Database, table: string): Promise<number> {
  const columns = await sharedColumns(client, sqlite, table)
  // In rowid order: the identity column (`seq`) numbers the rows in the order SQLite added them.
  const rows = sqlite.prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY rowid`).iterate() as Iterable<object>
  return await insertRecordset(client, table, columns, rows)
}

/**
 * Copies `sqlitePath` (a generated database) into the empty PostgreSQL database at `url`, migrated
 * first. All or nothing: one transaction. The triggers are disabled table by table (the table's
 * owner may, no superuser needed) and enabled again before the commit.
 */
export async function loadIntoPostgres (sqlitePath: string, url: string, log: (line: string) => void = () => {}): Promise<PostgresLoadReport> {
  const started = performance.now()
  await preparePostgres(url)
  const sqlite = new SQLite(sqlitePath, { readonly: true, fileMustExist: true })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const table of LOAD_ORDER) {
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS taken`)
      if (rows[0]?.taken === true) throw new GenerateError(`${table} is not empty in ${url.replace(/\/\/[^@]*@/, '//')}: load into a new database`)
    }
    await client.query('BEGIN')
    const counts: Record<string, number> = {}
    for (const table of LOAD_ORDER) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`)
    for (const table of LOAD_ORDER) {
      const t0 = performance.now()
      counts[table] = await copyTable(client, sqlite, table)
      log(`  ${table.padEnd(20)} ${String(counts[table]).padStart(10)} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    }
    for (const statement of DERIVE) await client.query(statement)
    for (const table of LOAD_ORDER) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`)
    await client.query('COMMIT')
    await client.query('ANALYZE')
    return { counts, seconds: (performance.now() - started) / 1000 }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    await client.end()
    sqlite.close()
  }
}
