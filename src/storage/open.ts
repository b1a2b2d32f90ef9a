import { postgresStorage } from '../db/postgres/storage.js'
import type { NodeSettings } from '../db/postgres/nodes.js'
import { sqliteStorage } from '../db/sqlite/storage.js'
import type { Storage } from './storage.js'

export interface StorageSettings {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  databasePath: string
  /** Open it read-only. */
  readonly?: boolean
  /** Threads that run the reads answering pages (lists, search, SQLite) and extraction (both engines) off the event loop; 0 runs them on it. */
  readWorkers?: number
  /** How long such a read or extraction may take before it is stopped and answered with a 503. */
  readTimeoutMs?: number
  /** A list whose scan visits at most this many rows answers on the event loop, not in a worker (SQLite). */
  readLoopRows?: number
  /** PostgreSQL instead of SQLite: the primary, its read replicas, the pool (already migrated). */
  postgres?: NodeSettings
}

/** The storage engine the configuration names: PostgreSQL when given its URL, else SQLite, the embedded default. */
export function openStorage (settings: StorageSettings): Storage {
  if (settings.postgres !== undefined) {
    return postgresStorage(settings.postgres, { extractWorkers: settings.readWorkers, extractTimeoutMs: settings.readTimeoutMs })
  }
  const { databasePath, postgres: _postgres, ...options } = settings
  return sqliteStorage(databasePath, options)
}
