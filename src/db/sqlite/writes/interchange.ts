import { eq } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import { all, LISTS, type Database } from '../connection.js'
import { bodies } from '../reads/create-bodies.js'
import { EVENT_IDS_IN_ORDER, exportLines as sharedExport, importedStamps, isLineProblem, lineProblems } from '../../interchange.js'
import { articleInput, saveArticle } from './articles.js'
import { articles } from '../tables/articles.js'
import { eventInput, saveEvent } from './events.js'
import { events } from '../tables/events.js'
import { participantInput, saveParticipant } from './participants.js'
import { participants } from '../tables/participants.js'
import { saveStatement, statementInput } from './statements.js'
import { statements } from '../tables/statements.js'
import { UnprocessableError, type FieldError } from '../../../lib/errors.js'
import type { RecordType } from '../../../entities/deletions/vocabulary.js'
import type { ImportRecord, ImportReport } from '../../../storage/storage.js'

interface Kind {
  table: SQLiteTable & { id: SQLiteColumn, createdAt: SQLiteColumn, updatedAt: SQLiteColumn, updatedBy: SQLiteColumn }
  input: (db: Database, id: string) => { id?: string }
  save: (db: Database, input: any, actor: string, existingId?: string) => string
}

const KINDS = {
  article: { table: articles, input: articleInput, save: saveArticle },
  participant: { table: participants, input: participantInput, save: saveParticipant },
  event: { table: events, input: eventInput, save: saveEvent },
  statement: { table: statements, input: statementInput, save: saveStatement }
} satisfies Record<RecordType, Kind>

/** Every record, as interchange lines (src/db/interchange.ts). */
export function exportLines (db: Database): AsyncGenerator<string> {
  return sharedExport({
    lists: LISTS,
    bodies: async (kind, selection) => bodies(db, kind, selection),
    eventIdsInOrder: async () => all<{ id: string }>(db, EVENT_IDS_IN_ORDER).map((r) => r.id)
  })
}

/**
 * Applies an interchange file in one transaction: every line is checked, and either all of them
 * are applied or none, with each problem reported by line number. A record whose id exists is
 * replaced; timestamps and `updatedBy` are kept as given.
 */
export function importRecords (db: Database, records: ImportRecord[], actor: string): ImportReport {
  const errors: FieldError[] = []
  const report: ImportReport = { imported: { article: 0, participant: 0, event: 0, statement: 0 } }
  const fail = (line: number, reason: string) => errors.push({ in: 'body', name: `line ${line}`, reason })
  db.transaction(() => {
    for (const { line, type, data } of records) {
      const { table, save } = KINDS[type] as Kind
      const { createdAt, updatedAt, updatedBy, ...input } = data as { id: string, createdAt?: string, updatedAt?: string, updatedBy?: string | null }
      const stamps = importedStamps({ createdAt, updatedAt, updatedBy })
      try {
        const exists = db.select({ id: table.id }).from(table).where(eq(table.id, input.id)).get() !== undefined
        save(db, input, actor, exists ? input.id : undefined)
        if (Object.keys(stamps).length > 0) db.update(table).set(stamps as never).where(eq(table.id, input.id)).run()
        report.imported[type]++
      } catch (err) {
        if (!isLineProblem(err, String((err as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT'))) throw err
        for (const problem of lineProblems(err)) fail(line, problem)
      }
    }
    if (errors.length > 0) throw new UnprocessableError(errors)
  })
  return report
}
