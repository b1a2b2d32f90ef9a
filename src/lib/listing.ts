import { sql, type Placeholder, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Database } from '../db/connection.js'
import { preparedByShape } from '../db/prepared.js'
import { cachedSearch } from '../db/search-cache.js'
import { InvalidParameterError } from './errors.js'
import { DEFAULT_LIMIT, decodeCursor, encodeCursor, type Page } from './pagination.js'

/**
 * One condition of a list, split into its shape and its values. The condition is written with
 * placeholders and built only the first time its `shape` is seen: lists are prepared once per
 * combination of filters and run with `params` after that (building a query cost more than running it).
 */
export interface Filter {
  /** Says which SQL `condition` writes: equal shapes must build the same SQL. */
  shape: string
  condition: () => SQL
  params: Record<string, unknown>
  /** Narrows what a page is picked from, not what matches: left out of the count (see rankedWindow). */
  pagesOnly?: boolean
}

type Params = Record<string, unknown>

/** A compiled query as Drizzle prepares it, run with the placeholders' values. */
export interface Runnable<Result> {
  all: (params?: Params) => Result[]
  get: (params?: Params) => Result | undefined
}

/** One way a list can be ordered: an SQL expression, and the same value read off a row. */
export interface Sort<Row> {
  expression: SQLiteColumn | SQL
  valueOf: (row: Row) => string | number
  /** What breaks ties, when not the record's id (relevance: the search index's row, which needs no lookup). */
  tiebreak?: Omit<Sort<Row>, 'tiebreak'>
}

/** What the list grammar needs from an entity to sort, page and count it. */
export interface Listing<Row> {
  db: Database
  /** Names the list among the prepared queries (with its variant, e.g. whether it searches). */
  name: string
  sorts: Record<string, Sort<Row>>
  id: SQLiteColumn
  idOf: (row: Row) => string
  fetch: (where: SQL | undefined, orderBy: SQL[], limit: Placeholder) => Runnable<Row>
  count: (where: SQL | undefined) => Runnable<{ n: number }>
  /** Keep answers until the data changes (see search-cache.ts): for full-text searches, whose cost grows with their matches. */
  cached?: boolean
}

export interface ListRequest {
  /** A key of the listing's sorts, `-` in front for descending. */
  sort: string
  cursor?: string
  limit?: number
  count?: boolean
}

const placeholder = (name: string) => sql.placeholder(name)

/**
 * Filters, sorts and pages a list. The cursor holds the sort and the last row's sort value and
 * tiebreak (its id, or the sort's own), so pages stay correct under any sort and a cursor cannot be
 * replayed under another sort. The total is counted only when asked: it costs a scan of every match.
 */
export function runListing<Row> (listing: Listing<Row>, filters: Array<Filter | undefined>, request: ListRequest): Page<Row> {
  const descending = request.sort.startsWith('-')
  const name = descending ? request.sort.slice(1) : request.sort
  const sort = listing.sorts[name]
  if (!sort) throw new InvalidParameterError('querystring', 'sort', `must be one of ${Object.keys(listing.sorts).join(', ')}`)
  const tiebreak = sort.tiebreak ?? { expression: listing.id, valueOf: listing.idOf }
  const given = filters.filter((f): f is Filter => f !== undefined)
  const where = () => and(given.map((f) => f.condition()))
  const params: Params = Object.assign({}, ...given.map((f) => f.params))
  const shape = `${listing.name}|${given.map((f) => f.shape).join('&')}`

  let after: (() => SQL) | undefined
  if (request.cursor !== undefined) {
    const [cursorSort, value, id] = decodeCursor(request.cursor, 3)
    if (cursorSort !== request.sort) {
      throw new InvalidParameterError('querystring', 'cursor', `was issued for sort=${String(cursorSort)}, not sort=${request.sort}`)
    }
    params.afterValue = value
    params.afterId = id
    // When the sort is the id itself, the row value is the id: one comparison says it all.
    const key = sort.expression === tiebreak.expression ? sql`${tiebreak.expression}` : sql`(${sort.expression}, ${tiebreak.expression})`
    const bound = sort.expression === tiebreak.expression ? sql`${placeholder('afterId')}` : sql`(${placeholder('afterValue')}, ${placeholder('afterId')})`
    after = () => descending ? sql`${key} < ${bound}` : sql`${key} > ${bound}`
  }
  const limit = request.limit ?? DEFAULT_LIMIT
  const fetch = preparedByShape(listing.db, `${shape}|${request.sort}|${after === undefined ? '' : 'after'}`, () => {
    const order = descending ? sql`desc` : sql`asc`
    const orderBy = sort.expression === tiebreak.expression
      ? [sql`${tiebreak.expression} ${order}`]
      : [sql`${sort.expression} ${order}`, sql`${tiebreak.expression} ${order}`]
    return listing.fetch(and([where(), after?.()]), orderBy, placeholder('limit'))
  })
  const run = <T>(key: string, compute: () => T) => listing.cached === true ? cachedSearch(listing.db, `${key}|${JSON.stringify(params)}`, compute) : compute()
  const rows = run(`${shape}|${request.sort}|${limit}`, () => fetch.all({ ...params, limit: limit + 1 }))
  const data = rows.slice(0, limit)
  const last = data.at(-1)
  const nextCursor = rows.length > limit && last !== undefined
    ? encodeCursor([request.sort, sort.valueOf(last), tiebreak.valueOf(last)])
    : null
  if (request.count !== true) return { data, nextCursor }
  const matching = given.filter((f) => f.pagesOnly !== true)
  const countShape = `${listing.name}|${matching.map((f) => f.shape).join('&')}|count`
  const counted = preparedByShape(listing.db, countShape, () => listing.count(and(matching.map((f) => f.condition()))))
  const countParams: Params = Object.assign({}, ...matching.map((f) => f.params))
  return { data, nextCursor, total: run(countShape, () => counted.get(countParams)?.n ?? 0) }
}

function and (conditions: Array<SQL | undefined>): SQL | undefined {
  const present = conditions.filter((c): c is SQL => c !== undefined)
  return present.length === 0 ? undefined : sql.join(present.map((c) => sql`(${c})`), sql` and `)
}

/**
 * A filter on a set of values (`speaker=a,b`): one value is compared with `=`, which lets SQLite
 * walk an index in order; several are bound as one JSON array. A filter that was given but names
 * nothing (an unknown participant) matches nothing. `build` receives the test for one column.
 */
export function valuesFilter (name: string, values: readonly string[] | undefined, build: (matches: (column: SQLiteColumn) => SQL) => SQL): Filter | undefined {
  if (values === undefined) return undefined
  if (values.length === 0) return { shape: `${name}:none`, condition: () => sql`0`, params: {} }
  if (values.length === 1) {
    return { shape: `${name}:one`, condition: () => build((column) => sql`${column} = ${placeholder(name)}`), params: { [name]: values[0] } }
  }
  return {
    shape: `${name}:many`,
    condition: () => build((column) => sql`${column} in (select value from json_each(${placeholder(name)}))`),
    params: { [name]: JSON.stringify(values) }
  }
}

/** `column IN (values)`, or no condition at all when the filter was not given. */
export function anyOf (name: string, column: SQLiteColumn, values: readonly string[] | undefined): Filter | undefined {
  return values === undefined || values.length === 0 ? undefined : valuesFilter(name, values, (matches) => matches(column))
}

/** A filter on one value, bound to a placeholder of the filter's name. */
export function valueFilter (name: string, value: unknown, build: (value: Placeholder) => SQL): Filter | undefined {
  return value === undefined ? undefined : { shape: name, condition: () => build(placeholder(name)), params: { [name]: value } }
}

/** Several filters as one, for conditions inside a subquery (`build` gets them joined with AND). */
export function allOf (name: string, filters: Array<Filter | undefined>, build: (where: SQL) => SQL): Filter | undefined {
  const given = filters.filter((f): f is Filter => f !== undefined)
  if (given.length === 0) return undefined
  return {
    shape: `${name}(${given.map((f) => f.shape).join('&')})`,
    condition: () => build(and(given.map((f) => f.condition())) as SQL),
    params: Object.assign({}, ...given.map((f) => f.params))
  }
}

/**
 * `column >= instant`, for `updatedSince`-style filters. Timestamps compare as stored text
 * (`2024-06-19T10:00:00.000Z`), so any ISO date-time is brought to that form first; one that names
 * no real instant (a leap second, which RFC 3339 allows) is refused.
 */
export function since (column: SQLiteColumn, value: string | undefined, parameter: string): Filter | undefined {
  if (value === undefined) return undefined
  const instant = new Date(value)
  if (Number.isNaN(instant.getTime())) throw new InvalidParameterError('querystring', parameter, 'is not an instant this service can compare')
  return valueFilter(parameter, instant.toISOString(), (bound) => sql`${column} >= ${bound}`)
}

/** The sort to use: as asked, else by relevance when searching, else the list's own default. */
export function chooseSort (sort: string | undefined, q: string | undefined, fallback: string): string {
  if (sort === undefined) return q === undefined ? fallback : 'relevance'
  if (sort.replace(/^-/, '') === 'relevance' && q === undefined) {
    throw new InvalidParameterError('querystring', 'sort', 'relevance needs a search: give q too')
  }
  return sort
}
