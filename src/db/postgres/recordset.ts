// Many rows in one statement: a batch travels as one JSON parameter that PostgreSQL reads with
// json_populate_recordset, by column name and the table's own types, so a batch is parsed and
// planned once whatever its size (a VALUES list would need a parameter per value, at most 65,535).
import type pg from 'pg'

/** A pool, a pooled client or a client of its own. */
type Queryable = pg.Pool | pg.ClientBase

/** Rows per statement: large enough that a statement's overhead vanishes, small enough for memory. */
export const ROWS_PER_INSERT = 5000

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Inserts `rows` (objects keyed by column name, every one with exactly `columns`) into `table`, in
 * statements of ROWS_PER_INSERT rows, in the order given (identity columns number them so); answers
 * how many. Columns left out take their defaults.
 */
export async function insertRecordset (db: Queryable, table: string, columns: readonly string[], rows: Iterable<object>): Promise<number> {
  const list = columns.map(quoted).join(', ')
  const insert = `INSERT INTO ${quoted(table)} (${list}) SELECT ${list} FROM json_populate_recordset(null::${quoted(table)}, $1::json)`
  let batch: object[] = []
  let inserted = 0
  const flush = async () => {
    await db.query(insert, [JSON.stringify(batch)])
    inserted += batch.length
    batch = []
  }
  for (const row of rows) {
    batch.push(row)
    if (batch.length === ROWS_PER_INSERT) await flush()
  }
  if (batch.length > 0) await flush()
  return inserted
}

/** Sets `columns` of the rows of `table` whose `id` the given rows name, to the values they give. */
export async function updateRecordset (db: Queryable, table: string, columns: readonly string[], rows: readonly object[]): Promise<void> {
  const set = columns.map((c) => `${quoted(c)} = s.${quoted(c)}`).join(', ')
  const update = `UPDATE ${quoted(table)} t SET ${set} FROM json_populate_recordset(null::${quoted(table)}, $1::json) s WHERE t.id = s.id`
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) await db.query(update, [JSON.stringify(rows.slice(at, at + ROWS_PER_INSERT))])
}
