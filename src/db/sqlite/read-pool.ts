import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WorkerPool } from '../../lib/worker-pool.js'
import type { PooledVerb, ReadVerbs } from './read-verbs.js'

export interface ReadPoolOptions {
  /** The database file (a worker opens it read-only: WAL lets it read beside the writer). */
  path: string
  /** Worker threads, started with the pool (and again when one is stopped). */
  size: number
  /** A read that runs longer is abandoned (a 503) and its worker replaced; none, no limit. */
  timeoutMs?: number
}

// The worker's module beside this one: .js once built, .ts when run from source.
const WORKER_MODULE = new URL(`./read-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)

/**
 * Worker threads (lib/worker-pool.ts), each with its own read-only connection, that run the
 * storage's page verbs and the extractors (read-verbs.ts PooledVerb) off the event loop.
 * better-sqlite3 cannot interrupt a query: a read past its deadline ends its thread once SQLite
 * returns from the statement it is in, while a fresh one takes its place.
 */
export class ReadPool extends WorkerPool<Pick<ReadVerbs, PooledVerb>> {
  constructor ({ path, size, timeoutMs }: ReadPoolOptions) {
    super({ module: WORKER_MODULE, workerData: { path }, size, timeoutMs })
  }
}
