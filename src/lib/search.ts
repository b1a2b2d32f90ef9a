import { getTableName, sql, type SQL } from 'drizzle-orm'
import { integer, real, sqliteTable, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from '../db/connection.js'
import { cachedSearch } from '../db/search-cache.js'
import { InvalidParameterError } from './errors.js'
import { valueFilter, type Filter, type Sort } from './listing.js'

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

/** The `q` filter of a searchable list: its rows that the search expression matches. */
export function searchFilter (fts: FtsTable, q: string | undefined): Filter | undefined {
  return valueFilter('q', q, (search) => sql`${fts} match ${search}`)
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

/**
 * How many matches a relevance sort ranks at most: the most recently added. bm25 scores every row it
 * ranks (about 0.6 µs each), and a common word matches a tenth of a large corpus.
 */
export const RANKED_MATCHES = 10_000

export const SEARCH_SYNTAX = 'Full-text search, ignoring case and accents: words (all must match), `"a phrase"`, ' +
  '`prefix*`, `OR`, `NOT`, parentheses. Results come by relevance unless `sort` says otherwise, each with a `snippet`. ' +
  `When more than ${RANKED_MATCHES.toLocaleString('en-US')} records match, relevance ranks the ${RANKED_MATCHES.toLocaleString('en-US')} most recently added ` +
  '(another `sort` pages through every match, and `count=true` counts them all).'

/**
 * With a relevance sort, keeps the ranking to the RANKED_MATCHES most recently added matches: the
 * lowest rowid among them bounds the FTS scan (FTS5 skips the rows below it), so a common word costs
 * a bounded amount. No filter when there are fewer matches, or when sorting by something else.
 */
export function rankedWindow (db: Database, fts: FtsTable, q: string | undefined, sort: string): Filter | undefined {
  if (q === undefined || sort.replace(/^-/, '') !== 'relevance') return undefined
  const name = getTableName(fts)
  // Kept with the search pages: finding the floor walks RANKED_MATCHES entries of the index.
  const floor = cachedSearch(db, `window|${name}|${q}`, () => db.$client.prepare(`select rowid from "${name}" where "${name}" match ? order by rowid desc limit 1 offset ?`)
    .get(q, RANKED_MATCHES - 1) as { rowid: number } | undefined)
  const window = valueFilter('rankedFrom', floor?.rowid, (bound) => sql`${fts.rowid} >= ${bound}`)
  return window === undefined ? undefined : { ...window, pagesOnly: true }
}

/**
 * What a searchable list selects besides its own columns: each hit's rank, and a place for its
 * snippet, filled by `withSnippets` for the page alone (SQLite would compute a selected snippet for
 * every match before sorting them).
 */
export function hitColumns (fts: FtsTable, q: string | undefined) {
  return {
    snippet: sql<string | null>`null`,
    rank: q === undefined ? sql<number>`0` : sql<number>`${fts.rank}`,
    /** The hit's row in the search index: what breaks ties between equally relevant hits. */
    hit: q === undefined ? sql<number>`0` : sql<number>`${fts.rowid}`
  }
}

/**
 * The page's hits with their snippets: one query for the page's rows, by id. CROSS JOIN keeps the
 * page's rows as the outer loop (SQLite would otherwise walk every match of the search).
 */
export function withSnippets<Row extends { snippet: string | null }> (
  db: Database, fts: FtsTable, table: SQLiteTable, q: string | undefined, rows: Row[], idOf: (row: Row) => string
): Row[] {
  if (q === undefined || rows.length === 0) return rows
  const name = getTableName(fts)
  const ids = JSON.stringify(rows.map(idOf))
  // Kept with the search pages: each snippet reads the search index again for its row.
  const found = cachedSearch(db, `snippets|${name}|${q}|${ids}`, () => db.all<{ id: string, snippet: string }>(sql`select ${table}.id as id, ${snippet(fts)} as snippet
    from ${table} cross join ${fts} on ${sameRow(fts, table)}
    where ${table}.id in (select value from json_each(${ids})) and ${sql.identifier(name)} match ${q}`))
  const snippets = new Map(found.map((hit) => [hit.id, toSnippetHtml(hit.snippet)]))
  return rows.map((row) => ({ ...row, snippet: snippets.get(idOf(row)) ?? null }))
}

/**
 * Joins the FTS table when searching. The join selects nothing, so the query's result type is
 * unchanged, which Drizzle's types cannot see: hence the narrow cast.
 */
export function joinSearch<Query> (query: Query, fts: FtsTable, table: SQLiteTable, q: string | undefined): Query {
  if (q === undefined) return query
  return (query as unknown as { innerJoin: (fts: FtsTable, on: SQL) => Query }).innerJoin(fts, sameRow(fts, table))
}

/**
 * Relevance order (bm25: most relevant first), for lists that take `q`, ties broken by the search
 * index's row. Sorted as an expression (`rank + 0`), not as FTS5's own rank order, which scores every
 * match whatever bounds the query puts on the rowid (see rankedWindow), and is slower even without them.
 */
export function byRelevance<Row extends { rank: number, hit: number }> (fts: FtsTable): Sort<Row> {
  return { expression: sql`(${fts.rank} + 0)`, valueOf: (row) => row.rank, tiebreak: { expression: fts.rowid, valueOf: (row) => row.hit } }
}
