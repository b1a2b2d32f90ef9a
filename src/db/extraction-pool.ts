import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { WorkerPool } from '../lib/worker-pool.js'
import type { ExtractionVerbs } from './event-extraction.js'

// The worker's module beside this one: .js once built, .ts when run from source.
const WORKER_MODULE = new URL(`./extraction-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url)

/**
 * Worker threads (lib/worker-pool.ts) that run the extractors off the event loop for an engine
 * whose reads are asynchronous already (PostgreSQL): the engine reads the participants an article
 * names, a worker does the CPU work. SQLite's read workers extract with their own connection instead.
 */
export class ExtractionPool extends WorkerPool<ExtractionVerbs> {
  constructor ({ size, timeoutMs }: { size: number, timeoutMs?: number }) {
    super({ module: WORKER_MODULE, size, timeoutMs })
  }
}
