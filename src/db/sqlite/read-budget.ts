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

/** Rows a scan may still visit on one connection: none counted unless a budgeted read is running. */
const budgets = new WeakMap<SQLite.Database, { left: number }>()

/**
 * Gives the connection the SQL function the lists' scans call on every row they visit
 * (`within_read_budget(rowid)`, see `scanWhere`): it answers true, and throws once a budgeted
 * read has visited more rows than it may. Without a budget (always, on a worker's connection) it
 * only answers true, so the SQL, its plan and its compiled statement are the same everywhere.
 */
export function countVisits (sqlite: SQLite.Database): void {
  const budget = { left: Infinity }
  budgets.set(sqlite, budget)
  sqlite.function('within_read_budget', { deterministic: false }, (_rowid: unknown) => {
    if (--budget.left < 0) throw new OverBudgetError()
    return 1
  })
}

/** Visits left to the read running on this connection; Infinity when none is budgeted. */
const visitsLeft = (sqlite: SQLite.Database) => budgets.get(sqlite)?.left ?? Infinity

/**
 * Runs `read` with a budget of `rows` visits by the scans it starts synchronously (a storage verb
 * runs its SQL before its first await), then lifts it.
 */
export function withinBudget<T> (sqlite: SQLite.Database, rows: number, read: () => T): T {
  const budget = budgets.get(sqlite)
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
  return `where ${[...where.clauses, `within_read_budget(${alias}.rowid)`].join(' and ')}`
}

/** Under a budget, refuses a read that no scan budget bounds (a search, a count): it goes to a worker. */
export function unbounded (sqlite: SQLite.Database): void {
  if (visitsLeft(sqlite) !== Infinity) throw new OverBudgetError()
}
