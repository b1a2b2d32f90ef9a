import { getTableConfig as pgTable, PgTable } from 'drizzle-orm/pg-core'
import { getTableConfig as sqliteTable, SQLiteTable } from 'drizzle-orm/sqlite-core'
import t from 'tap'
import * as postgres from '../src/db/postgres/schema.js'
import * as sqlite from '../src/db/sqlite/schema.js'

// The two engines' tables in step: the same tables, columns, types as the API sees them, nullability,
// defaults, keys, vocabularies and indexes. PostgreSQL alone has what stands in for SQLite's rowid
// and FTS5 tables, and nothing else.
const POSTGRES_ONLY: Record<string, string[]> = {
  articles: ['seq', 'search'],
  events: ['seq', 'search'],
  statements: ['seq', 'search'],
  participants: ['names']
}
const POSTGRES_ONLY_INDEXES = /_(seq|search|names)_idx$/

type Config = ReturnType<typeof sqliteTable> | ReturnType<typeof pgTable>

function describe (config: Config) {
  const columns = Object.fromEntries(config.columns.map((c) => [c.name, {
    type: c.dataType, notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary, unique: c.isUnique, vocabulary: c.enumValues ?? null
  }]))
  return {
    columns,
    primaryKeys: config.primaryKeys.map((key) => key.columns.map((c) => c.name)),
    foreignKeys: config.foreignKeys.map((key) => {
      const reference = key.reference()
      return { columns: reference.columns.map((c) => c.name), to: reference.foreignColumns.map((c) => c.name), onDelete: key.onDelete ?? 'no action' }
    }).sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
    checks: config.checks.map((c) => c.name).sort(),
    indexes: config.indexes.map((i) => i.config.name).filter((name) => !POSTGRES_ONLY_INDEXES.test(name ?? '')).sort()
  }
}

const tablesOf = <T>(schema: Record<string, unknown>, kind: abstract new (...args: any[]) => T) =>
  Object.values(schema).filter((value): value is T => value instanceof kind)
const sqliteTables = new Map(tablesOf(sqlite, SQLiteTable).map((table) => [sqliteTable(table).name, sqliteTable(table)]))
const postgresTables = new Map(tablesOf(postgres, PgTable).map((table) => [pgTable(table).name, pgTable(table)]))

t.test('both engines have the same tables', async (t) => {
  t.ok(sqliteTables.size >= 10, `${sqliteTables.size} tables`)
  t.same([...postgresTables.keys()].sort(), [...sqliteTables.keys()].sort())
})

for (const [name, lite] of sqliteTables) {
  t.test(`${name}: the same columns, types, keys, checks and indexes on both engines`, async (t) => {
    const pg = postgresTables.get(name)
    if (pg === undefined) return t.fail(`no PostgreSQL table ${name}`)
    const ours = describe(lite)
    const theirs = describe(pg)
    const extra = Object.keys(theirs.columns).filter((column) => !(column in ours.columns))
    t.same(extra, POSTGRES_ONLY[name] ?? [], 'PostgreSQL adds only what stands in for the rowid and FTS5')
    for (const column of extra) delete theirs.columns[column]
    t.same(theirs, ours)
  })
}
