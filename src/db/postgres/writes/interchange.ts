import { eq, getTableColumns, getTableName } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { RecordType } from '../../../entities/deletions/vocabulary.js'
import { UnprocessableError, type FieldError } from '../../../lib/errors.js'
import type { ImportRecord, ImportReport } from '../../../storage/storage.js'
import { EVENT_IDS_IN_ORDER, exportLines as sharedExport, importedStamps, isLineProblem, lineProblems } from '../../interchange.js'
import { all, LISTS, sqlState, type Queryable, type Tx } from '../connection.js'
import { bodies } from '../reads/create-bodies.js'
import { updateRecordset } from '../recordset.js'
import { articles } from '../tables/articles.js'
import { events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statements } from '../tables/statements.js'
import { saveArticle } from './articles.js'
import { BATCH_KINDS, insertRows, WINDOW, type Rows } from './import-batches.js'
import { saveEvent } from './events.js'
import { saveParticipant } from './participants.js'
import { saveStatement } from './statements.js'

interface Kind {
  table: PgTable & { id: PgColumn }
  save: (tx: Tx, input: any, actor: string, existingId?: string) => Promise<string>
}

const KINDS = {
  article: { table: articles, save: saveArticle },
  participant: { table: participants, save: saveParticipant },
  event: { table: events, save: saveEvent },
  statement: { table: statements, save: saveStatement }
} satisfies Record<RecordType, Kind>

/** Every record, as interchange lines (src/db/interchange.ts). */
export function exportLines (db: Queryable): AsyncGenerator<string> {
  return sharedExport({
    lists: LISTS,
    bodies: async (kind, selection) => await bodies(db, kind, selection),
    eventIdsInOrder: async () => (await all<{ id: string }>(db, EVENT_IDS_IN_ORDER)).map((r) => r.id)
  })
}

/** A line's record as its save takes it, and the stamps applied after. */
function split (data: Record<string, unknown>) {
  const { createdAt, updatedAt, updatedBy, ...input } = data as { id: string, createdAt?: string, updatedAt?: string, updatedBy?: string | null }
  return { input, stamps: importedStamps({ createdAt, updatedAt, updatedBy }) }
}

/**
 * Applies an interchange file in one transaction (see SQLite's writes/interchange.ts): all lines
 * or none, each problem reported by line. New records that pass their checks are written many at
 * a time (import-batches.ts); every other line alone, as always: a line that breaks a constraint
 * (23xxx) is the line's problem, and a savepoint per line keeps the transaction usable after it.
 */
export async function importRecords (tx: Tx, records: ImportRecord[], actor: string): Promise<ImportReport> {
  const errors: FieldError[] = []
  const report: ImportReport = { imported: { article: 0, participant: 0, event: 0, statement: 0 } }

  const alone = async ({ line, type, data }: ImportRecord): Promise<void> => {
    const { table, save } = KINDS[type] as Kind
    const { input, stamps } = split(data)
    await tx.client.query('savepoint line')
    try {
      const exists = (await tx.orm.select({ id: table.id }).from(table).where(eq(table.id, input.id))).length > 0
      await save(tx, input, actor, exists ? input.id : undefined)
      if (Object.keys(stamps).length > 0) await tx.orm.update(table).set(stamps as never).where(eq(table.id, input.id))
      await tx.client.query('release savepoint line')
      report.imported[type]++
    } catch (err) {
      if (!isLineProblem(err, sqlState(err)?.startsWith('23') === true)) throw err
      await tx.client.query('rollback to savepoint line')
      for (const problem of lineProblems(err)) errors.push({ in: 'body', name: `line ${line}`, reason: problem })
    }
  }

  /** Writes lines that passed their checks together; if the database refuses them (a constraint), each goes alone. */
  const together = async (type: RecordType, lines: Array<{ record: ImportRecord, rows: Rows }>): Promise<void> => {
    if (lines.length === 0) return
    await tx.client.query('savepoint lines')
    try {
      const kind = BATCH_KINDS[type]
      await insertRows(tx, kind.table, lines.map((l) => l.rows.main))
      for (const [i, [table]] of (lines[0]?.rows.links ?? []).entries()) await insertRows(tx, table, lines.flatMap((l) => l.rows.links[i]?.[1] ?? []))
      // The stamps last, as alone: the links' triggers touch updated_at.
      await stampRows(tx, kind.table, lines.map((l) => l.record))
      await tx.client.query('release savepoint lines')
      report.imported[type] += lines.length
    } catch (err) {
      if (sqlState(err)?.startsWith('23') !== true) throw err
      await tx.client.query('rollback to savepoint lines')
      for (const { record } of lines) await alone(record)
    }
  }

  for (let at = 0; at < records.length;) {
    const type = (records[at] as ImportRecord).type
    const kind = BATCH_KINDS[type]
    let end = at
    while (end < records.length && end - at < WINDOW && records[end]?.type === type) end++
    const window = records.slice(at, end)
    const facts = await kind.facts(tx, window.map((r) => split(r.data).input))
    const written = new Set<string>()
    let fast: Array<{ record: ImportRecord, rows: Rows }> = []
    let taken = 0
    for (const record of window) {
      const { input } = split(record.data)
      // Read by an earlier line of this window: its facts are read again, in the next window.
      if (taken > 0 && kind.reads(input, facts).some((key) => written.has(key))) break
      const rows = kind.rows(input, facts, actor)
      if (rows !== undefined) {
        fast.push({ record, rows })
      } else {
        await together(type, fast)
        fast = []
        await alone(record)
      }
      for (const key of kind.writes(input)) written.add(key)
      taken++
    }
    await together(type, fast)
    at += taken
  }
  if (errors.length > 0) throw new UnprocessableError(errors)
  return report
}

/** Applies the lines' stamps, one statement per set of stamps given (most files give all three). */
async function stampRows (tx: Tx, table: PgTable, records: ImportRecord[]): Promise<void> {
  const columns = getTableColumns(table)
  const groups = new Map<string, Array<Record<string, unknown>>>()
  for (const { data } of records) {
    const { input, stamps } = split(data)
    const keys = Object.keys(stamps)
    if (keys.length === 0) continue
    const row: Record<string, unknown> = { id: input.id }
    for (const key of keys) row[columns[key]?.name as string] = stamps[key]
    const group = keys.join(',')
    const rows = groups.get(group)
    if (rows === undefined) groups.set(group, [row])
    else rows.push(row)
  }
  for (const [group, rows] of groups) {
    await updateRecordset(tx.client, getTableName(table), group.split(',').map((key) => columns[key]?.name as string), rows)
  }
}
