import { asc, eq, gt, sql } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from '../connection.js'
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

const BATCH = 500

/** Ids of a table in export order: by id, except events, parents before children. */
function idsInOrder (db: Database, type: RecordType, after: string | undefined): string[] {
  if (type === 'event') {
    // Depth first, then id: every parent is written before its children.
    return db.all<{ id: string }>(sql`with recursive tree(id, depth) as (
        select id, 0 from ${events} where parent_id is null
        union all select e.id, tree.depth + 1 from ${events} e join tree on e.parent_id = tree.id)
      select id from tree order by depth, id`).map((r) => r.id)
  }
  const { table } = KINDS[type]
  return db.select({ id: table.id }).from(table)
    .where(after === undefined ? undefined : gt(table.id, after)).orderBy(asc(table.id)).limit(BATCH).all().map((r) => r.id as string)
}

/** Every record, as interchange lines, a batch at a time. */
export function * exportLines (db: Database): Generator<string> {
  for (const type of Object.keys(KINDS) as RecordType[]) {
    const { table, input } = KINDS[type]
    let after: string | undefined
    for (;;) {
      const ids = idsInOrder(db, type, after)
      for (const id of ids) {
        const stamps = db.select({ createdAt: table.createdAt, updatedAt: table.updatedAt, updatedBy: table.updatedBy })
          .from(table).where(eq(table.id, id)).get() as { createdAt: string, updatedAt: string, updatedBy: string | null }
        yield JSON.stringify({ type, data: { ...input(db, id), ...stamps } }) + '\n'
      }
      // Events come whole in one query; the others page through by id.
      if (type === 'event' || ids.length < BATCH) break
      after = ids.at(-1)
    }
  }
}

/** What a line can be blamed for: a client error (4xx) or data that breaks a constraint. */
function isLineProblem (err: unknown): boolean {
  const { statusCode, code } = err as { statusCode?: unknown, code?: unknown }
  return (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) ||
    (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT'))
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
      try {
        const exists = db.select({ id: table.id }).from(table).where(eq(table.id, input.id)).get() !== undefined
        save(db, input, actor, exists ? input.id : undefined)
        // Last, so the link triggers' touches do not overwrite the timestamps being restored.
        const stamps = {
          ...(createdAt === undefined ? {} : { createdAt }),
          ...(updatedAt === undefined ? {} : { updatedAt }),
          ...(updatedBy === undefined ? {} : { updatedBy })
        }
        if (Object.keys(stamps).length > 0) db.update(table).set(stamps as never).where(eq(table.id, input.id)).run()
        report.imported[type]++
      } catch (err) {
        // A full or read-only database, or a bug, is not the line's fault: it fails the whole import as what it is (503, 500).
        if (!isLineProblem(err)) throw err
        const problems = err instanceof UnprocessableError ? err.errors.map((e) => `${e.name} ${e.reason}`) : [(err as Error).message]
        for (const problem of problems) fail(line, problem)
      }
    }
    if (errors.length > 0) throw new UnprocessableError(errors)
  })
  return report
}
