import type SQLite from 'better-sqlite3'
import type { Where } from '../list.js'

// A page whose scan visits few rows (most visit their limit and one more) answers on the event
// loop: a read worker's round trip (waking a thread, cloning the page across) costs more than such
// a read. How many rows is a setting (READ_LOOP_ROWS); past it the read is abandoned and a worker
// runs it again.

/** A read tried on the event loop that would visit more rows than its budget, or that could not be bounded. */
export class OverBudgetError extends Error {
  constructor () {
    super('this read is run by a read worker')
  }
}

/** A read stopped by its pool (read-pool.ts) because it ran past its deadline. */
export class ReadCancelledError extends Error {
  constructor () {
    super('this read ran past its deadline and was stopped')
  }
}

/**
 * What the per-row check reads on one connection: the rows a budgeted read may still visit (none
 * counted unless one is running), and the number another thread writes into `stop` to stop the
 * task numbered so (`task`, the one running).
 */
interface Visits { left: number, stop: Int32Array, task: number }
const visits = new WeakMap<SQLite.Database, Visits>()

/**
 * Gives the connection the SQL function the lists' scans call on every row they visit
 * (`within_read_budget(rowid)`, see `scanWhere`): it answers true, and throws once a budgeted
 * read has visited more rows than it may, or once the read was stopped (`stoppable`). Without a
 * budget (always, on a worker's connection) it only answers true, so the SQL, its plan and its
 * compiled statement are the same everywhere.
 */
export function countVisits (sqlite: SQLite.Database): void {
  const state: Visits = { left: Infinity, stop: new Int32Array(1), task: -1 }
  visits.set(sqlite, state)
  sqlite.function('within_read_budget', { deterministic: false }, (_rowid: unknown) => {
    if (--state.left < 0) throw new OverBudgetError()
    if (Atomics.load(state.stop, 0) === state.task) throw new ReadCancelledError()
    return 1
  })
}

/**
 * Lets another thread stop this connection's reads: once `stop[0]` holds the number of the task
 * running (the one given to the function returned, before each task), the next row any check
 * visits throws ReadCancelledError and SQLite stops there. Numbers are never 0, so a fresh
 * `stop` stops nothing, and a number written late (the task ended meanwhile) stops no other task.
 */
export function stoppable (sqlite: SQLite.Database, stop: Int32Array): (task: number) => void {
  const state = visits.get(sqlite)
  if (state === undefined) throw new Error('countVisits() first')
  state.stop = stop
  return (task) => { state.task = task }
}

/** Visits left to the read running on this connection; Infinity when none is budgeted. */
const visitsLeft = (sqlite: SQLite.Database) => visits.get(sqlite)?.left ?? Infinity

/**
 * Runs `read` with a budget of `rows` visits by the scans it starts synchronously (a storage verb
 * runs its SQL before its first await), then lifts it.
 */
export function withinBudget<T> (sqlite: SQLite.Database, rows: number, read: () => T): T {
  const budget = visits.get(sqlite)
  if (budget === undefined) return read()
  budget.left = rows
  try {
    return read()
  } finally {
    budget.left = Infinity
  }
}

/**
 * The WHERE clause of a list's scan over `alias`, which counts the rows it visits, at least `rows`
 * (the page and one more). Under a budget, a scan that must visit more is not tried, nor one with a
 * subquery, which is read whole before the scan and counts nothing.
 */
export function scanWhere (sqlite: SQLite.Database, where: Where, alias: string, rows: number): string {
  const left = visitsLeft(sqlite)
  if (left !== Infinity && (rows > left || where.clauses.some((clause) => /\bselect\b/i.test(clause)))) throw new OverBudgetError()
  return withRowCheck(where, alias)
}

/** The filter's clauses and the per-row check on `alias`'s rows. */
const withRowCheck = (where: Where, alias: string) => `where ${[...where.clauses, `within_read_budget(${alias}.rowid)`].join(' and ')}`

/** Under a budget, refuses a read that no scan budget bounds (a search, a count): it goes to a worker. */
export function unbounded (sqlite: SQLite.Database): void {
  if (visitsLeft(sqlite) !== Infinity) throw new OverBudgetError()
}

/**
 * The WHERE clause of a read no budget bounds (a count, a search, its ranking window): each row it
 * visits is checked too, so that a read stopped past its deadline ends there (`stoppable`). A count
 * with no condition is left alone: SQLite counts a table's b-tree without visiting its rows.
 */
export function checkedWhere (where: Where, alias: string): string {
  return where.clauses.length === 0 ? '' : withRowCheck(where, alias)
}
