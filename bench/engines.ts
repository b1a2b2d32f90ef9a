// The store a benchmark run serves from: the SQLite file itself, or a throw-away PostgreSQL
// cluster (test/postgres/cluster.ts) loaded from that file by `npm run db:generate -- --postgres`'s
// own loader, so both engines hold the same records.
import { statSync } from 'node:fs'
import pg from 'pg'
import { loadIntoPostgres } from '../src/generate/postgres.js'
import { startCluster } from '../test/postgres/cluster.js'

export const ENGINES = ['sqlite', 'postgres'] as const
export type Engine = typeof ENGINES[number]

export interface Store {
  engine: Engine
  /** What the server (and the ceiling) need in their environment to use it. */
  env: Record<string, string>
  /** How the data got there, for the report. */
  description: string
  bytes: number
  /** Seconds the load into the engine took (PostgreSQL only). */
  loadSeconds?: number
  close: () => Promise<void>
}

/** SQLite: the file is the store (a copy already: the write scenario adds rows). */
function sqliteStore (path: string): Store {
  return { engine: 'sqlite', env: { DATABASE_PATH: path }, description: 'SQLite file', bytes: statSync(path).size, close: async () => {} }
}

/** PostgreSQL 15: a new cluster (fsync off, as the tests run it), one database loaded from the SQLite file. */
async function postgresStore (sqlitePath: string, say: (line: string) => void): Promise<Store> {
  const cluster = await startCluster()
  try {
    const url = await cluster.createDatabase('bench')
    say(`loading PostgreSQL (${url}) from ${sqlitePath}`)
    const loaded = await loadIntoPostgres(sqlitePath, url, say)
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    const bytes = Number((await client.query<{ n: string }>('select pg_database_size(current_database()) as n')).rows[0]?.n ?? 0)
    const settings = (await client.query<{ name: string, setting: string, unit: string | null }>(
      "select name, setting, unit from pg_settings where name in ('server_version', 'shared_buffers', 'fsync', 'synchronous_commit', 'work_mem') order by name")).rows
    await client.end()
    const version = settings.find((s) => s.name === 'server_version')?.setting ?? '?'
    return {
      engine: 'postgres',
      env: { DATABASE_URL: url },
      description: `PostgreSQL ${version}, a throw-away cluster on 127.0.0.1 (test/postgres/cluster.ts: ${settings.filter((s) => s.name !== 'server_version').map((s) => `${s.name}=${s.setting}${s.unit === '8kB' ? '×8kB' : s.unit ?? ''}`).join(', ')}), loaded from the SQLite file by \`db:generate --postgres\`'s loader in ${loaded.seconds.toFixed(0)} s`,
      bytes,
      loadSeconds: loaded.seconds,
      close: async () => { await cluster.stop() }
    }
  } catch (error) {
    await cluster.stop()
    throw error
  }
}

export async function openStore (engine: Engine, sqlitePath: string, say: (line: string) => void): Promise<Store> {
  return engine === 'sqlite' ? sqliteStore(sqlitePath) : await postgresStore(sqlitePath, say)
}
