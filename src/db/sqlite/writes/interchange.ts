import { eq, sql } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Database } from '../connection.js'
import { CREATE_BODIES, eventBodies, type CreateBody } from '../reads/create-bodies.js'
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

/**
 * Records per export batch: one query each. Between batches the export gives the event loop a
 * turn (setImmediate), so other requests are served while it runs.
 */
const EXPORT_BATCH = 100
const ALIAS: Record<RecordType, string> = { article: 'a', participant: 'p', event: 'e', statement: 's' }

/** Event ids in export order: depth first, then id, so that every parent is written before its children. */
function eventIdsInOrder (db: Database): string[] {
  return db.all<{ id: string }>(sql`with recursive tree(id, depth) as (
      select id, 0 from ${events} where parent_id is null
      union all select e.id, tree.depth + 1 from ${events} e join tree on e.parent_id = tree.id)
    select id from tree order by depth, id`).map((r) => r.id)
}

const lines = (type: RecordType, bodies: Array<CreateBody<{ id?: string }>>) =>
  bodies.map(({ input, stamps }) => JSON.stringify({ type, data: { ...input, ...stamps } }) + '\n').join('')

/** Lets the event loop serve other requests before the next batch. */
const turn = () => new Promise((resolve) => setImmediate(resolve))

/** Every record, as interchange lines, a batch of records at a time, in bounded memory. */
export async function * exportLines (db: Database): AsyncGenerator<string> {
  for (const type of Object.keys(KINDS) as RecordType[]) {
    if (type === 'event') {
      const ids = eventIdsInOrder(db)
      for (let at = 0; at < ids.length; at += EXPORT_BATCH) {
        const batch = ids.slice(at, at + EXPORT_BATCH)
        const found = new Map(eventBodies(db, { where: 'e.id in (select value from json_each(?))', params: [JSON.stringify(batch)] })
          .map((body) => [body.input.id, body]))
        yield lines(type, batch.flatMap((id) => found.get(id) ?? []))
        await turn()
      }
      continue
    }
    // By id, a page at a time (every id sorts after '').
    for (let after = ''; ;) {
      const bodies = CREATE_BODIES[type](db, { where: `${ALIAS[type]}.id > ?`, params: [after], limit: EXPORT_BATCH })
      if (bodies.length > 0) yield lines(type, bodies)
      if (bodies.length < EXPORT_BATCH) break
      after = bodies.at(-1)?.input.id ?? ''
      await turn()
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
