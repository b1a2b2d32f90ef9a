import { sql } from 'drizzle-orm'
import { check, customType, jsonb, text, type PgColumn } from 'drizzle-orm/pg-core'
import { inVocabulary } from '../../vocabularies.js'

/**
 * The current instant written as SQLite writes it (ISO 8601 UTC with milliseconds): instants are
 * text on both engines, so the API shows, compares and pages them the same way.
 */
export const NOW = sql`(to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`

/** Creation and last-change instants, set by PostgreSQL so every writer agrees, and who changed it last. */
export const timestamps = {
  createdAt: text('created_at').notNull().default(NOW),
  updatedAt: text('updated_at').notNull().default(NOW),
  /** The name of the API key that last changed the record; null for seed data. */
  updatedBy: text('updated_by')
}

/** See the SQLite columns of the same name; triggers keep them (migrations/postgres/0007). */
export const shownNames = {
  speakerName: text('speaker_name'),
  eventTitle: text('event_title'),
  mentions: text('mentions')
}

/** See the SQLite table of the same name. */
export const enrichedFields = () => jsonb('enriched_fields').$type<string[]>().notNull().default(sql`'[]'::jsonb`)

/** A CHECK constraint that keeps a text column inside its documented vocabulary. */
export const oneOf = (name: string, column: PgColumn, values: readonly string[]) => check(name, inVocabulary(column, values))

/** A full-text document; the configuration `news_search` (a hand-written migration) folds case and accents. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Dashes PostgreSQL's parser keeps inside a word where FTS5's tokenizer separates words: they
 * become spaces, so a word is found alone, at the same position, on both engines. The ASCII
 * hyphen too: the parser reads `nord-coréen` as a compound (one position) before its parts, so the
 * phrase `dirigeant nord` missed `dirigeant nord-coréen`. The names document (migration 0005)
 * cuts words with the same characters.
 */
const WORD_SEPARATORS = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212'

/** An SQL text expression with every word separator made a space (one character for one: offsets stay). */
export const wordsApart = (expression: string) => `translate(${expression}, '${WORD_SEPARATORS}', '${' '.repeat(WORD_SEPARATORS.length)}')`

/** The same in JavaScript: where a passage of `wordsApart` text lies in the text itself. */
const SEPARATOR = new RegExp(`[${WORD_SEPARATORS}]`, 'g')
export const wordsApartText = (text: string) => text.replace(SEPARATOR, ' ')

/**
 * The text a row is found by, as a stored `tsvector` over the columns SQLite's FTS5 table indexes
 * (each column weighed alike, as bm25 does by default).
 */
export const searchDocument = (...columns: string[]) =>
  tsvector('search').generatedAlwaysAs(sql.raw(`to_tsvector('news_search'::regconfig, ${wordsApart(columns.map((c) => `coalesce("${c}", '')`).join(' || \' \' || '))})`))
