import { sqliteStorage } from '../db/sqlite/storage.js'
import type { Storage } from './storage.js'

export interface StorageSettings {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  databasePath: string
  /** Open it read-only. */
  readonly?: boolean
}

/** The storage engine the configuration names; SQLite, the embedded default, is the only one so far. */
export function openStorage (settings: StorageSettings): Storage {
  return sqliteStorage(settings.databasePath, { readonly: settings.readonly })
}
