import { sql } from 'drizzle-orm'
import { check, text, type SQLiteColumn } from 'drizzle-orm/sqlite-core'

/** Creation and last-change instants, ISO 8601 UTC, set by SQLite so every writer agrees. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`)
}

/**
 * Names of the fields whose values come from outside the source articles (the exact day, a
 * Wikidata id…), so readers can tell reported facts from editorial enrichment.
 */
export const enrichedFields = () =>
  text('enriched_fields', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`)

/** A CHECK constraint that keeps a text column inside its documented vocabulary. */
export const oneOf = (name: string, column: SQLiteColumn, values: readonly string[]) =>
  check(name, sql`${column} in (${sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '))})`)
