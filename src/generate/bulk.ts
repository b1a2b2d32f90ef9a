// What a bulk load sets aside and puts back: the per-row triggers of migrations 0001 (FTS,
// tombstones, updatedAt), 0003 (participant_events) and 0007 (the names statements show), the
// secondary indexes, and the derived data (search indexes, participant_events, the statements'
// copies of names) filled in one pass each.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type SQLite from 'better-sqlite3'
import { MIGRATIONS_FOLDER } from '../db/sqlite/migrate.js'

export const SEARCH_MIGRATION = join(MIGRATIONS_FOLDER, '0001_search-and-tombstone-triggers.sql')
export const PARTICIPANT_EVENTS_MIGRATION = join(MIGRATIONS_FOLDER, '0003_participant-events-triggers.sql')
export const SHOWN_NAMES_MIGRATION = join(MIGRATIONS_FOLDER, '0007_statement-shown-names-triggers.sql')

/** The tables the generator fills. */
export const LOADED_TABLES = [
  'articles', 'events', 'event_articles', 'event_participants', 'participants', 'participant_aliases',
  'statements', 'statement_mentions'
] as const

export interface SearchMigration {
  /** CREATE TRIGGER statements by trigger name, exactly as the migrations have them. */
  triggers: Map<string, string>
  /**
   * The statements that fill the derived data from its sources (FTS `'rebuild'`s, the participants
   * and participant_events SELECTs, the UPDATE of the statements' copies of names).
   */
  populate: string[]
}

/** Splits the trigger migrations into their CREATE TRIGGER statements and their table-filling statements. */
export function readSearchMigration (files = [SEARCH_MIGRATION, PARTICIPANT_EVENTS_MIGRATION, SHOWN_NAMES_MIGRATION]): SearchMigration {
  const triggers = new Map<string, string>()
  const populate: string[] = []
  for (const file of files) {
    let created = 0
    const filled = populate.length
    for (const chunk of readFileSync(file, 'utf8').split('--> statement-breakpoint')) {
      const statement = chunk.split('\n').filter((line) => !line.trimStart().startsWith('--')).join('\n').trim()
      const trigger = /^CREATE TRIGGER `([^`]+)`/i.exec(statement)
      // A later migration that redefines a trigger drops it first: the last definition is the one.
      const dropped = /^DROP TRIGGER `([^`]+)`/i.exec(statement)
      if (trigger) {
        triggers.set(trigger[1] as string, statement)
        created++
      } else if (dropped) triggers.delete(dropped[1] as string)
      else if (/^(INSERT (OR IGNORE )?INTO `(\w+_fts|participant_events)`|UPDATE `statements` SET)/i.test(statement)) populate.push(statement)
    }
    if (created === 0 || populate.length === filled) throw new Error(`${file}: no triggers or table-filling statements found`)
  }
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

  /** Fills the FTS tables, participant_events and the statements' copies of names from the loaded rows with the migrations' own statements. */
  rebuildSearch (): void {
    this.sqlite.exec('DELETE FROM `participants_fts`')
    this.sqlite.exec('DELETE FROM `participant_events`')
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
        if (fromMigration !== undefined) warnings.push(`trigger ${name} differs from its migration (changed later?): recreated as the database had it`)
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
