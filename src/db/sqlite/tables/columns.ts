import { sql } from 'drizzle-orm'
import { check, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { inVocabulary } from '../../vocabularies.js'

/** The current instant as SQLite writes it: ISO 8601 UTC with milliseconds, comparable as text. */
export const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

/** Creation and last-change instants, set by SQLite so every writer agrees, and who changed it last. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(NOW),
  updatedAt: text('updated_at').notNull().default(NOW),
  /** The name of the API key that last changed the record; null for seed data. */
  updatedBy: text('updated_by')
}

/**
 * Copies, on a statement's row, of the names it shows: its speaker's name, its event's title and
 * its mentioned participants (a JSON array of `{id, name}` by name). Triggers keep them (migration
 * 0007, whatever writes the names), so that a page of statements reads the statements' rows alone,
 * without a join or a subquery per row. Null until the triggers first fill them.
 */
export const shownNames = {
  speakerName: text('speaker_name'),
  eventTitle: text('event_title'),
  mentions: text('mentions')
}

/**
 * Names of the fields whose values come from outside the source articles (the exact day, a
 * Wikidata id…), so readers can tell reported facts from editorial enrichment.
 */
export const enrichedFields = () =>
  text('enriched_fields', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`)

/** A CHECK constraint that keeps a text column inside its documented vocabulary. */
export const oneOf = (name: string, column: SQLiteColumn, values: readonly string[]) => check(name, inVocabulary(column, values))
