import Type, { type TObject } from 'typebox'
import Value from 'typebox/value'
import { ArticleInputSchema } from '../entities/articles/inputs.js'
import { EventInputSchema } from '../entities/events/inputs.js'
import { ParticipantInputSchema } from '../entities/participants/inputs.js'
import { StatementInputSchema } from '../entities/statements/inputs.js'
import { UnprocessableError, type FieldError } from '../lib/errors.js'
import { duplicateKey } from '../lib/json-duplicates.js'
import { nulAt, NUL_REASON } from '../lib/nul.js'
import { Nullable } from '../lib/schemas.js'
import type { RecordType } from '../entities/deletions/vocabulary.js'
import type { ImportRecord } from './storage.js'

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

const stamped = (schema: TObject) => Type.Object({ ...schema.properties, ...Stamps }, { additionalProperties: false })

/** The record types in export order, each with the schema of its lines' `data`. */
export const INTERCHANGE_SCHEMAS: Record<RecordType, TObject> = {
  article: stamped(ArticleInputSchema),
  participant: stamped(ParticipantInputSchema),
  event: stamped(EventInputSchema),
  statement: stamped(StatementInputSchema)
}

/** Reads an interchange file, every line checked before any is applied: a 422 lists each problem by line. */
export function parseInterchange (text: string): ImportRecord[] {
  const errors: FieldError[] = []
  const fail = (line: number, reason: string) => errors.push({ in: 'body', name: `line ${line}`, reason })
  const records: ImportRecord[] = []
  text.split('\n').forEach((source, index) => {
    if (source.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(source)
    } catch {
      fail(index + 1, 'is not JSON')
      return
    }
    const duplicate = duplicateKey(source, value)
    if (duplicate !== undefined) {
      fail(index + 1, `gives '${duplicate}' more than once`)
      return
    }
    const { type, data } = (value ?? {}) as { type?: unknown, data?: unknown }
    if (typeof type !== 'string' || !(type in INTERCHANGE_SCHEMAS)) {
      fail(index + 1, `needs "type": one of ${Object.keys(INTERCHANGE_SCHEMAS).join(', ')}`)
      return
    }
    const [problem] = Value.Errors(INTERCHANGE_SCHEMAS[type as RecordType], data)
    if (problem) {
      fail(index + 1, `${problem.instancePath === '' ? 'data' : `data${problem.instancePath.replaceAll('/', '.')}`} ${problem.message}`)
      return
    }
    const nul = nulAt(data)
    if (nul !== undefined) {
      fail(index + 1, `data${nul.replaceAll('/', '.')} ${NUL_REASON}`)
      return
    }
    records.push({ line: index + 1, type: type as RecordType, data: data as Record<string, unknown> })
  })
  if (errors.length > 0) throw new UnprocessableError(errors)
  return records
}
