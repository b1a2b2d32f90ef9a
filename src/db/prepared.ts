import { sql, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Database } from './connection.js'

/**
 * A query built and compiled once per database, on first use, then run with placeholders: the
 * hot paths (a record by id) skip Drizzle's query building, which otherwise costs more than SQLite
 * takes to answer them.
 */
export function preparedQuery<T> (build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>()
  return (db) => {
    let query = built.get(db)
    if (query === undefined) {
      query = build(db)
      built.set(db, query)
    }
    return query
  }
}

/**
 * `column IN (ids)` with the ids bound as one JSON array (placeholder `ids`, filled by `idList`):
 * the SQL is the same whatever their number, so a query by ids is prepared once.
 */
export function inIds (column: SQLiteColumn): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder('ids')}))`
}

export const idList = (ids: readonly string[]) => ({ ids: JSON.stringify(ids) })

/** Distinct query shapes kept prepared per database (least recently used evicted). */
const SHAPES_KEPT = 500
const byShape = new WeakMap<Database, Map<string, unknown>>()

/**
 * A query prepared once per shape (`key`) and database: for queries whose SQL depends on which
 * filters a request gives, but not on their values, which are bound at run time.
 */
export function preparedByShape<T> (db: Database, key: string, build: () => T): T {
  let shapes = byShape.get(db)
  if (shapes === undefined) {
    shapes = new Map()
    byShape.set(db, shapes)
  }
  let query = shapes.get(key) as T | undefined
  if (query === undefined) {
    query = build()
    if (shapes.size >= SHAPES_KEPT) shapes.delete(shapes.keys().next().value as string)
  } else {
    shapes.delete(key)
  }
  shapes.set(key, query)
  return query
}
