import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WorkerPool } from '../../lib/worker-pool.js'
import type { PooledVerb, ReadVerbs } from './read-verbs.js'

export interface ReadPoolOptions {
  /** The database file (a worker opens it read-only: WAL lets it read beside the writer). */
  path: string
  /** Worker threads, started with the pool (and again when one is stopped). */
  size: number
  /** A read that runs longer is answered with a 503 and stopped; none, no limit. */
  timeoutMs?: number
}

// The worker's module beside this one: .js once built, .ts when run from source.
const WORKER_MODULE = new URL(`./read-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)

/**
 * Worker threads (lib/worker-pool.ts), each with its own read-only connection, that run the
 * storage's page verbs and the extractors (read-verbs.ts PooledVerb) off the event loop. A read
 * past its deadline is stopped at the next row its scan visits (the per-row check of
 * read-budget.ts reads the pool's Stop), so its worker takes the next read at once.
 */
export class ReadPool extends WorkerPool<Pick<ReadVerbs, PooledVerb>> {
  constructor ({ path, size, timeoutMs }: ReadPoolOptions) {
    super({ module: WORKER_MODULE, workerData: { path }, size, timeoutMs })
  }
}
