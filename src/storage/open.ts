import { sqliteStorage } from '../db/sqlite/storage.js'
import type { Storage } from './storage.js'

export interface StorageSettings {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  databasePath: string
  /** Open it read-only. */
  readonly?: boolean
  /** Threads that run the reads answering pages (lists, search) off the event loop; 0 runs them in it. */
  readWorkers?: number
  /** How long such a read may take before it is stopped and answered with a 503. */
  readTimeoutMs?: number
}

/** The storage engine the configuration names; SQLite, the embedded default, is the only one so far. */
export function openStorage (settings: StorageSettings): Storage {
  const { databasePath, ...options } = settings
  return sqliteStorage(databasePath, options)
}
