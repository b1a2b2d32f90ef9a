// What a bulk load sets aside and puts back: the per-row triggers of migration 0001 (FTS,
// tombstones, updatedAt), the secondary indexes, and the search indexes rebuilt in one pass.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type SQLite from 'better-sqlite3'
import { MIGRATIONS_FOLDER } from '../db/migrate.js'

export const SEARCH_MIGRATION = join(MIGRATIONS_FOLDER, '0001_search-and-tombstone-triggers.sql')

/** The tables the generator fills. */
export const LOADED_TABLES = [
  'articles', 'events', 'event_articles', 'event_participants', 'participants', 'participant_aliases',
  'statements', 'statement_mentions'
] as const

export interface SearchMigration {
  /** CREATE TRIGGER statements by trigger name, exactly as the migration has them. */
  triggers: Map<string, string>
  /** The statements that fill the FTS tables from their content (`'rebuild'`, and the participants SELECT). */
  populate: string[]
}

/** Splits the search migration into its CREATE TRIGGER statements and its FTS-filling statements. */
export function readSearchMigration (file = SEARCH_MIGRATION): SearchMigration {
  const triggers = new Map<string, string>()
  const populate: string[] = []
  for (const chunk of readFileSync(file, 'utf8').split('--> statement-breakpoint')) {
    const statement = chunk.split('\n').filter((line) => !line.trimStart().startsWith('--')).join('\n').trim()
    const trigger = /^CREATE TRIGGER `([^`]+)`/i.exec(statement)
    if (trigger) triggers.set(trigger[1] as string, statement)
    else if (/^INSERT INTO `\w+_fts`/i.test(statement)) populate.push(statement)
  }
  if (triggers.size === 0 || populate.length === 0) throw new Error(`${file}: no triggers or FTS statements found`)
  return { triggers, populate }
}

interface SchemaObject { name: string, sql: string }

const normalize = (sql: string) => sql.replace(/\s+/g, ' ').trim().replace(/;$/, '')

/** The triggers and secondary indexes taken off for a load, to be put back by `restore`. */
export class SetAside {
  private triggers: SchemaObject[] = []
  private indexes: SchemaObject[] = []

  constructor (private readonly sqlite: SQLite.Database, private readonly migration: SearchMigration) {}

  /** Drops every trigger and every explicit index on the loaded tables, remembering their SQL. */
  drop (): { triggers: number, indexes: number } {
    const tables = LOADED_TABLES.map((t) => `'${t}'`).join(', ')
    this.triggers = this.sqlite.prepare(`select name, sql from sqlite_master where type = 'trigger' and tbl_name in (${tables}) order by rowid`).all() as SchemaObject[]
    this.indexes = this.sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables}) order by rowid`).all() as SchemaObject[]
    for (const { name } of this.triggers) this.sqlite.exec(`DROP TRIGGER "${name}"`)
    for (const { name } of this.indexes) this.sqlite.exec(`DROP INDEX "${name}"`)
    return { triggers: this.triggers.length, indexes: this.indexes.length }
  }

  /** Recreates the indexes (a unique one fails here if the load broke it). */
  restoreIndexes (): void {
    for (const { sql } of this.indexes) this.sqlite.exec(sql)
  }

  /** Fills the FTS tables from the loaded rows with the migration's own statements. */
  rebuildSearch (): void {
    this.sqlite.exec('DELETE FROM `participants_fts`')
    for (const statement of this.migration.populate) this.sqlite.exec(statement)
  }

  /**
   * Recreates the triggers: those of migration 0001 from its text, any other (or one a later
   * migration redefined) from the SQL the database had. Then checks each is back as it was.
   */
  restoreTriggers (): string[] {
    const warnings: string[] = []
    for (const { name, sql } of this.triggers) {
      const fromMigration = this.migration.triggers.get(name)
      if (fromMigration !== undefined && normalize(fromMigration) === normalize(sql)) {
        this.sqlite.exec(fromMigration)
      } else {
        if (fromMigration !== undefined) warnings.push(`trigger ${name} differs from migration 0001 (changed later?): recreated as the database had it`)
        this.sqlite.exec(sql)
      }
    }
    const now = new Map((this.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as SchemaObject[])
      .map((t) => [t.name, t.sql]))
    for (const { name, sql } of this.triggers) {
      const back = now.get(name)
      if (back === undefined || normalize(back) !== normalize(sql)) {
        throw new Error(`trigger ${name} did not come back as it was before the load`)
      }
    }
    return warnings
  }
}
