import { sql, type SQL } from 'drizzle-orm'
import { integer, real, sqliteTable, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import { InvalidParameterError } from './errors.js'

/**
 * A handle on an FTS5 table for building queries. These tables are created by a hand-written
 * migration (drizzle-kit cannot express virtual tables), so they are not part of db/schema.ts.
 */
export function ftsTable<const Name extends string> (name: Name) {
  return sqliteTable(name, { rowid: integer('rowid'), rank: real('rank') })
}
export type FtsTable = ReturnType<typeof ftsTable>

/** Joins condition between an entity table and its external-content FTS table. */
export function sameRow (fts: FtsTable, table: SQLiteTable): SQL {
  return sql`${fts.rowid} = ${table}.rowid`
}

export function matches (fts: FtsTable, q: string): SQL {
  return sql`${fts} match ${q}`
}

// Control characters that never occur in text mark the matches, so the text can be HTML-escaped
// before they become <mark> tags.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** The best-matching passage of a hit (raw, with private match markers: see `toSnippetHtml`). */
export function snippet (fts: FtsTable): SQL<string> {
  return sql<string>`snippet(${fts}, -1, ${OPEN}, ${CLOSE}, '…', 16)`
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** A snippet as safe HTML: the text escaped, the matched terms in <mark>…</mark>. */
export function toSnippetHtml (raw: string): string {
  return raw.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
}

/** SQLITE_ERRORs that are never the search expression's fault. */
const NOT_THE_EXPRESSION = /^no such (table|function|module)\b/

/**
 * Runs a query that uses an FTS5 MATCH, turning a malformed search expression (an unbalanced
 * quote, a stray operator, an unknown column filter) into a 400 that names `q`.
 */
export function searching<T> (q: string | undefined, run: () => T): T {
  if (q === undefined) return run()
  try {
    return run()
  } catch (err) {
    const cause = (err as { cause?: unknown }).cause ?? err
    // A missing table is ours, not the expression's: a 500 that says nothing of it, not a 400 that names it.
    if ((cause as { code?: string }).code === 'SQLITE_ERROR' && !NOT_THE_EXPRESSION.test((cause as Error).message)) {
      throw new InvalidParameterError('querystring', 'q', `is not a valid search expression (${(cause as Error).message})`)
    }
    throw err
  }
}

export const SEARCH_SYNTAX = 'Full-text search, ignoring case and accents: words (all must match), `"a phrase"`, ' +
  '`prefix*`, `OR`, `NOT`, parentheses. Results come by relevance unless `sort` says otherwise, each with a `snippet`.'

/** What a searchable list selects besides its own columns: each hit's snippet and rank. */
export function hitColumns (fts: FtsTable, q: string | undefined) {
  return {
    snippet: q === undefined ? sql<null>`null` : snippet(fts).mapWith((raw: string) => toSnippetHtml(raw)),
    rank: q === undefined ? sql<number>`0` : sql<number>`${fts.rank}`
  }
}

/**
 * Joins the FTS table when searching. The join selects nothing, so the query's result type is
 * unchanged, which Drizzle's types cannot see: hence the narrow cast.
 */
export function joinSearch<Query> (query: Query, fts: FtsTable, table: SQLiteTable, q: string | undefined): Query {
  if (q === undefined) return query
  return (query as unknown as { innerJoin: (fts: FtsTable, on: SQL) => Query }).innerJoin(fts, sameRow(fts, table))
}

/** Relevance order (bm25: most relevant first), for lists that take `q`. */
export function byRelevance<Row extends { rank: number }> (fts: FtsTable) {
  return { expression: fts.rank, valueOf: (row: Row) => row.rank }
}
