import { asc, eq, gt, sql } from 'drizzle-orm'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'
import Type, { type TObject } from 'typebox'
import Value from 'typebox/value'
import type { Database } from '../db/connection.js'
import { articleInput, ArticleInputSchema, saveArticle } from '../entities/articles/writes.js'
import { articles } from '../entities/articles/table.js'
import { eventInput, EventInputSchema, saveEvent } from '../entities/events/writes.js'
import { events } from '../entities/events/table.js'
import { participantInput, ParticipantInputSchema, saveParticipant } from '../entities/participants/writes.js'
import { participants } from '../entities/participants/table.js'
import { saveStatement, statementInput, StatementInputSchema } from '../entities/statements/writes.js'
import { statements } from '../entities/statements/table.js'
import { UnprocessableError, type FieldError } from '../lib/errors.js'
import { Nullable } from '../lib/schemas.js'

/**
 * The interchange format of `GET /export` and `POST /import`: NDJSON, one `{"type", "data"}` per
 * line, `data` being the create body of the record plus its timestamps. Records come after those
 * they refer to (articles, participants, events parents first, statements), so a file can be
 * applied line by line.
 */
const Stamps = {
  id: Type.String({ minLength: 1 }),
  createdAt: Type.Optional(Type.String({ format: 'date-time' })),
  updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
  updatedBy: Type.Optional(Nullable(Type.String()))
}

interface Kind {
  table: SQLiteTable & { id: SQLiteColumn, createdAt: SQLiteColumn, updatedAt: SQLiteColumn, updatedBy: SQLiteColumn }
  schema: TObject
  input: (db: Database, id: string) => { id?: string }
  save: (db: Database, input: any, actor: string, existingId?: string) => string
}

const stamped = (schema: TObject) => Type.Object({ ...schema.properties, ...Stamps }, { additionalProperties: false })

export const KINDS = {
  article: { table: articles, schema: stamped(ArticleInputSchema), input: articleInput, save: saveArticle },
  participant: { table: participants, schema: stamped(ParticipantInputSchema), input: participantInput, save: saveParticipant },
  event: { table: events, schema: stamped(EventInputSchema), input: eventInput, save: saveEvent },
  statement: { table: statements, schema: stamped(StatementInputSchema), input: statementInput, save: saveStatement }
} satisfies Record<string, Kind>
export type RecordType = keyof typeof KINDS

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

export interface ImportReport { imported: Record<RecordType, number> }

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
export function importLines (db: Database, text: string, actor: string): ImportReport {
  const errors: FieldError[] = []
  const report: ImportReport = { imported: { article: 0, participant: 0, event: 0, statement: 0 } }
  const fail = (line: number, reason: string) => errors.push({ in: 'body', name: `line ${line}`, reason })
  const lines = text.split('\n')
  const parsed: Array<{ line: number, type: RecordType, data: Record<string, unknown> }> = []
  lines.forEach((source, index) => {
    if (source.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch {
      fail(index + 1, 'is not JSON')
      return
    }
    const { type, data } = (value ?? {}) as { type?: unknown, data?: unknown }
    if (typeof type !== 'string' || !(type in KINDS)) {
      fail(index + 1, `needs "type": one of ${Object.keys(KINDS).join(', ')}`)
      return
    }
    const kind = KINDS[type as RecordType]
    const [problem] = Value.Errors(kind.schema, data)
    if (problem) {
      fail(index + 1, `${problem.instancePath === '' ? 'data' : `data${problem.instancePath.replaceAll('/', '.')}`} ${problem.message}`)
      return
    }
    parsed.push({ line: index + 1, type: type as RecordType, data: data as Record<string, unknown> })
  })
  if (errors.length > 0) throw new UnprocessableError(errors)
  db.transaction(() => {
    for (const { line, type, data } of parsed) {
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
