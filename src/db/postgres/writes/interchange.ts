import { eq } from 'drizzle-orm'
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core'
import type { RecordType } from '../../../entities/deletions/vocabulary.js'
import { UnprocessableError, type FieldError } from '../../../lib/errors.js'
import type { ImportRecord, ImportReport } from '../../../storage/storage.js'
import { EVENT_IDS_IN_ORDER, exportLines as sharedExport, importedStamps, isLineProblem, lineProblems } from '../../interchange.js'
import { all, LISTS, sqlState, type Queryable, type Tx } from '../connection.js'
import { bodies } from '../reads/create-bodies.js'
import { articles } from '../tables/articles.js'
import { events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statements } from '../tables/statements.js'
import { saveArticle } from './articles.js'
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

/**
 * Applies an interchange file in one transaction (see SQLite's writes/interchange.ts): all lines
 * or none, each problem reported by line. A line that breaks a constraint (23xxx) is the line's
 * problem; a savepoint per line keeps the transaction usable after it.
 */
export async function importRecords (tx: Tx, records: ImportRecord[], actor: string): Promise<ImportReport> {
  const errors: FieldError[] = []
  const report: ImportReport = { imported: { article: 0, participant: 0, event: 0, statement: 0 } }
  for (const { line, type, data } of records) {
    const { table, save } = KINDS[type] as Kind
    const { createdAt, updatedAt, updatedBy, ...input } = data as { id: string, createdAt?: string, updatedAt?: string, updatedBy?: string | null }
    const stamps = importedStamps({ createdAt, updatedAt, updatedBy })
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
  if (errors.length > 0) throw new UnprocessableError(errors)
  return report
}
