// What every engine's lists share: conditions with their values, keyset cursors and pages.
// SQL is written with `?` placeholders; an engine that numbers them ($1, $2…) rewrites them.
import { InvalidParameterError } from '../lib/errors.js'
import type { SortOrder } from '../lib/list-query.js'
import { decodeCursor, DEFAULT_LIMIT, encodeCursor } from '../lib/pagination.js'

/** A row as an array of its columns, in the order selected. */
export type Row = unknown[]

/** How an engine tests a column against a list of values given as one parameter. */
export interface ListDialect {
  /** The condition, with one `?` for the list. */
  anyOf: (column: string) => string
  /** The list as that parameter's value. */
  value: (values: readonly string[]) => unknown
}

/** The conditions of a WHERE clause and their values, in the order they appear in the SQL. */
export class Where {
  readonly clauses: string[] = []
  readonly params: unknown[] = []

  constructor (readonly lists: ListDialect) {}

  add (clause: string, ...params: unknown[]): this {
    this.clauses.push(clause)
    this.params.push(...params)
    return this
  }

  /** `column = ?` for one value (an index is walked in order), one list parameter for several, and nothing matches none. */
  anyOf (column: string, values: readonly string[] | undefined): this {
    return this.anyOfWithin(column, values, (test) => test)
  }

  /** Like `anyOf`, for a column inside a subquery: `wrap` receives the test and writes the condition around it. */
  anyOfWithin (column: string, values: readonly string[] | undefined, wrap: (test: string) => string): this {
    if (values === undefined) return this
    if (values.length === 0) return this.add('false')
    if (values.length === 1) return this.add(wrap(`${column} = ?`), values[0])
    return this.add(wrap(this.lists.anyOf(column)), this.lists.value(values))
  }

  /** Another set of conditions as one (for a subquery): `wrap` receives them as a WHERE clause. */
  nest (inner: Where, wrap: (where: string) => string): this {
    return inner.clauses.length === 0 ? this : this.add(wrap(inner.sql), ...inner.params)
  }

  /** Adds a condition when its value was given. */
  ifGiven (clause: string, value: unknown): this {
    return value === undefined ? this : this.add(clause, value)
  }

  get sql (): string {
    return this.clauses.length === 0 ? '' : `where ${this.clauses.join(' and ')}`
  }
}

/** One way to order a list: an SQL expression and its tiebreak, and where a row holds their values. */
export interface SortKeys {
  /** The sort's expression, and what breaks its ties (the id, or the same expression when it is the id). */
  key: string
  tiebreak: string
  /** The positions of the key's and the tiebreak's values in a selected row. */
  at: [number, number]
  /** The same order over the page's rows, once joined (the outer query of a list). */
  page: string[]
}

/**
 * Whether a list asked for `json` (storage.ts MaySerialize) can answer serialised: whole records,
 * nothing to embed in them, no search (whose snippets are escaped in JavaScript).
 */
export function servesJson (json: boolean | undefined, query: { q?: string, fields?: readonly string[], include?: readonly string[] }): boolean {
  return json === true && query.q === undefined && query.fields === undefined && (query.include ?? []).length === 0
}

/**
 * A serialised row (the record's JSON, then its sort value and tiebreak, from the outer query) and
 * where it holds the two, for the next page's cursor.
 */
export function serializedRow (json: string, keys: SortKeys): { columns: string, keys: SortKeys } {
  return { columns: `${json}, ${keys.page[0] as string}, ${keys.page.at(-1) as string}`, keys: { ...keys, at: [1, 2] } }
}

/** The ORDER BY of a page's rows, once joined: the inner query's order, on the outer query's columns. */
export function pageOrder (keys: SortKeys, order: SortOrder): string {
  const direction = order.descending ? ' desc' : ''
  return `order by ${keys.page.map((column) => column + direction).join(', ')}`
}

/**
 * Adds the keyset condition of a cursor (rows after the last one seen) to `where`, and answers the
 * ORDER BY. The cursor holds the sort as asked and the last row's sort value and tiebreak, so a
 * cursor cannot be replayed under another sort.
 */
export function keyset (where: Where, keys: SortKeys, order: SortOrder, cursor: string | undefined): string {
  const direction = order.descending ? 'desc' : 'asc'
  const byId = keys.key === keys.tiebreak
  if (cursor !== undefined) {
    const [sort, value, tiebreak] = decodeCursor(cursor, 3)
    if (sort !== order.asked) throw new InvalidParameterError('querystring', 'cursor', `was issued for sort=${String(sort)}, not sort=${order.asked}`)
    const comparison = order.descending ? '<' : '>'
    if (byId) where.add(`${keys.key} ${comparison} ?`, tiebreak)
    else where.add(`(${keys.key}, ${keys.tiebreak}) ${comparison} (?, ?)`, value, tiebreak)
  }
  return byId ? `order by ${keys.key} ${direction}` : `order by ${keys.key} ${direction}, ${keys.tiebreak} ${direction}`
}

/** The rows of one page (fetched `limit + 1` to know whether more follow) and the cursor of the next. */
export function pageOf (found: Row[], limit: number, keys: SortKeys, order: SortOrder): { rows: Row[], nextCursor: string | null } {
  if (found.length <= limit) return { rows: found, nextCursor: null }
  const page = found.slice(0, limit)
  const last = page[page.length - 1] as Row
  const [value, tiebreak] = keys.at.map((at) => last[at]) as [string | number, string | number]
  return { rows: page, nextCursor: encodeCursor([order.asked, value, tiebreak]) }
}

export const limitOf = (limit: number | undefined) => limit ?? DEFAULT_LIMIT

// LIMIT and OFFSET take their value as an expression, never a bare `?`: SQLite (3.47 and later,
// built with STAT4 as better-sqlite3 is) plans a bare `LIMIT ?` with the value bound to it, and
// then plans the statement again whenever a value is bound, that is on every run (measured: 35 µs
// more for a page of statements, 2.5 µs more for a one-row query). PostgreSQL reads both alike.
export const LIMIT = 'limit cast(? as integer)'
export const OFFSET = 'offset cast(? as integer)'

/** A JSON array column (as text, or parsed by the driver) as a list; null when there was nothing to group. */
export function jsonList<T> (value: unknown): T[] {
  if (value === null || value === undefined) return []
  return (typeof value === 'string' ? JSON.parse(value) : value) as T[]
}
