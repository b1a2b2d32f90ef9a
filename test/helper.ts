import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp, type App, type AppOptions } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { openPool } from '../src/db/postgres/connection.js'
import type { Nodes } from '../src/db/postgres/nodes.js'
import { openDatabase, type Database } from '../src/db/sqlite/connection.js'
import { applyMigrations } from '../src/db/sqlite/migrate.js'
import { seedDatabase } from '../src/db/sqlite/seed.js'
import { freshPgDatabase, USE_POSTGRES } from './postgres/engine.js'
import { postgresStore, sqliteStore, type TestStore } from './store.js'

/** The one thing the helpers need from a test runner: a hook that runs when the test ends. */
export interface TestContext {
  after: (fn: () => unknown) => void
}

export interface BuildOptions {
  /** Load seeds/ (the Pyongyang article) into the database. */
  seed?: boolean
  /** Apply the migrations (default true); false leaves a bare SQLite file. */
  migrate?: boolean
}

/** A fresh temporary directory, removed when the test ends. */
export function tempDir (t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-events-test-'))
  t.after(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A new database file, migrated (and seeded if asked), and a connection to it for factories. */
export function freshDatabase (t: TestContext, options: BuildOptions = {}): { path: string, db: Database } {
  const path = join(tempDir(t), 'test.db')
  const db = openDatabase(path)
  t.after(() => db.$client.close())
  if (options.migrate !== false) applyMigrations(db)
  if (options.seed === true) seedDatabase(db)
  return { path, db }
}

/**
 * Lists and searches run on the app's own connection here (READ_WORKERS=0): a read worker started
 * from TypeScript source loads its modules through tsx, a second or more of CPU, and the suite
 * builds some 200 apps. test/read-workers.test.ts proves the workers give the same answers, and the
 * reliability suite runs the real server with its defaults (workers on).
 */
export const TEST_APP_DEFAULTS: Partial<AppOptions> = { readWorkers: 0 }

interface FreshStorage {
  path: string
  /** The SQLite connection (undefined on PostgreSQL): for tests of SQLite itself. */
  db: Database
  /** Another connection to the app's database, on either engine, for factories. */
  store: TestStore
  settings: Pick<AppOptions, 'databasePath' | 'postgres'>
}

/**
 * Where an app under test keeps its data: a new SQLite file, or with TEST_ENGINE=postgres a new
 * PostgreSQL database; and a connection of the test's own to it.
 */
export async function freshStorage (t: TestContext, options: BuildOptions): Promise<FreshStorage> {
  if (USE_POSTGRES) {
    const url = await freshPgDatabase(options)
    const pool = openPool({ url, poolSize: 2 })
    t.after(async () => { await pool.end() })
    const store = postgresStore(pool)
    return { path: '', db: undefined as unknown as Database, store, settings: { databasePath: '', postgres: { url } } }
  }
  const { path, db } = freshDatabase(t, options)
  return { path, db, store: sqliteStore(db), settings: { databasePath: path } }
}

/** The whole app on its own new database, closed when the test ends. */
export async function build (t: TestContext, options: BuildOptions = {}): Promise<{ app: App, db: Database, store: TestStore, path: string }> {
  const { path, db, store, settings } = await freshStorage(t, options)
  const app = await buildApp({ ...settings, ...TEST_APP_DEFAULTS })
  t.after(() => app.close())
  return { app, db, store, path }
}

/** The app on its own new database (seeded unless told otherwise) with a `write` key, and any settings the test gives. */
export async function buildWithKey (t: TestContext, settings: Partial<AppOptions> = {}, options: BuildOptions = { seed: true }) {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const key = createKey(apiKeysFile, 'editor', 'write')
  const { path, db, store, settings: where } = await freshStorage(t, options)
  const app = await buildApp({ ...where, apiKeysFile, ...TEST_APP_DEFAULTS, ...settings })
  t.after(() => app.close())
  return { app, key, db, store, path }
}

/** GETs a URL and parses the JSON answer. */
export async function getJson<T = any> (app: App, url: string): Promise<{ status: number, body: T, headers: Record<string, unknown> }> {
  const res = await app.inject({ method: 'GET', url })
  return { status: res.statusCode, body: res.json() as T, headers: res.headers }
}

/** Follows `links.next` from `url` to the last page, checking each answers 200; every item, in order. */
export async function walk (t: { equal: (...args: any[]) => unknown }, app: App, url: string): Promise<any[]> {
  const items: any[] = []
  let next: string | null = url
  for (let pages = 0; next !== null; pages++) {
    if (pages > 50) throw new Error(`${url}: pagination does not end`)
    const res: { status: number, body: any } = await getJson(app, next)
    t.equal(res.status, 200, next)
    items.push(...res.body.data)
    next = res.body.links.next
  }
  return items
}

/** The SQLite connection behind the app's storage: for tests that look under the storage boundary (query plans, failures). */
export function sqliteOf (app: App): Database {
  return (app.storage as unknown as { db: Database }).db
}

/** A store on the app's own connection (its primary pool on PostgreSQL): writes as the API itself makes them. */
export function appStore (app: App): TestStore {
  return USE_POSTGRES ? postgresStore((app.storage as unknown as { nodes: Nodes }).nodes.primary) : sqliteStore(sqliteOf(app))
}
