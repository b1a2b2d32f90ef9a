import { and, asc, desc, gte, inArray, sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { InvalidParameterError } from './errors.js'
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, type Page } from './pagination.js'

/** One way a list can be ordered: an SQL expression, and the same value read off a row. */
export interface Sort<Row> {
  expression: SQLiteColumn | SQL
  valueOf: (row: Row) => string | number
}

/** What the list grammar needs from an entity to sort, page and count it. */
export interface Listing<Row> {
  sorts: Record<string, Sort<Row>>
  id: SQLiteColumn
  idOf: (row: Row) => string
  fetch: (where: SQL | undefined, orderBy: SQL[], limit: number) => Row[]
  count: (where: SQL | undefined) => number
}

export interface ListRequest {
  /** A key of the listing's sorts, `-` in front for descending. */
  sort: string
  cursor?: string
  limit?: number
  count?: boolean
}

/**
 * Filters, sorts and pages a list. The cursor holds the sort and the last row's sort value and id,
 * so pages stay correct under any sort (ties broken by id) and a cursor cannot be replayed under
 * another sort. The total is counted only when asked: it costs a scan of every match.
 */
export function runListing<Row> (listing: Listing<Row>, conditions: Array<SQL | undefined>, request: ListRequest): Page<Row> {
  const descending = request.sort.startsWith('-')
  const name = descending ? request.sort.slice(1) : request.sort
  const sort = listing.sorts[name]
  if (!sort) throw new InvalidParameterError('querystring', 'sort', `must be one of ${Object.keys(listing.sorts).join(', ')}`)
  const where = and(...conditions)
  let after: SQL | undefined
  if (request.cursor !== undefined) {
    const [cursorSort, value, id] = decodeCursor(request.cursor, 3)
    if (cursorSort !== request.sort) {
      throw new InvalidParameterError('querystring', 'cursor', `was issued for sort=${String(cursorSort)}, not sort=${request.sort}`)
    }
    after = descending
      ? sql`(${sort.expression}, ${listing.id}) < (${value}, ${id})`
      : sql`(${sort.expression}, ${listing.id}) > (${value}, ${id})`
  }
  const direction = descending ? desc : asc
  const limit = request.limit ?? DEFAULT_LIMIT
  const rows = listing.fetch(and(where, after), [direction(sort.expression), direction(listing.id)], limit + 1)
  const data = rows.slice(0, limit)
  const last = data.at(-1)
  const nextCursor = rows.length > limit && last !== undefined
    ? encodeCursor([request.sort, sort.valueOf(last), listing.idOf(last)])
    : null
  return { data, nextCursor, ...(request.count === true ? { total: listing.count(where) } : {}) }
}

/** `column IN (values)`, or no condition at all when the filter was not given. */
export function anyOf (column: SQLiteColumn, values: readonly string[] | undefined): SQL | undefined {
  return values === undefined || values.length === 0 ? undefined : inArray(column, [...values])
}

/**
 * `column >= instant`, for `updatedSince`-style filters. Timestamps compare as stored text
 * (`2024-06-19T10:00:00.000Z`), so any ISO date-time is brought to that form first; one that names
 * no real instant (a leap second, which RFC 3339 allows) is refused.
 */
export function since (column: SQLiteColumn, value: string | undefined, parameter: string): SQL | undefined {
  if (value === undefined) return undefined
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) throw new InvalidParameterError('querystring', parameter, 'is not an instant this service can compare')
  return gte(column, instant.toISOString())
}

/** The sort to use: as asked, else by relevance when searching, else the list's own default. */
export function chooseSort (sort: string | undefined, q: string | undefined, fallback: string): string {
  if (sort === undefined) return q === undefined ? fallback : 'relevance'
  if (sort.replace(/^-/, '') === 'relevance' && q === undefined) {
    throw new InvalidParameterError('querystring', 'sort', 'relevance needs a search: give q too')
  }
  return sort
}
