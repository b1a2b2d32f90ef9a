import { postgresStorage } from '../db/postgres/storage.js'
import type { NodeSettings } from '../db/postgres/nodes.js'
import { sqliteStorage } from '../db/sqlite/storage.js'
import type { Storage } from './storage.js'

export interface StorageSettings {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  databasePath: string
  /** Open it read-only. */
  readonly?: boolean
  /** PostgreSQL instead of SQLite: the primary, its read replicas, the pool (already migrated). */
  postgres?: NodeSettings
}

/** The storage engine the configuration names: PostgreSQL when given its URL, else SQLite, the embedded default. */
export function openStorage (settings: StorageSettings): Storage {
  if (settings.postgres !== undefined) return postgresStorage(settings.postgres)
  return sqliteStorage(settings.databasePath, { readonly: settings.readonly })
}
