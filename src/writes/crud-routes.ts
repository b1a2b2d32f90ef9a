import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type, { type TObject } from 'typebox'
import type { Database } from '../db/connection.js'
import { IdParams, problemResponses } from '../lib/schemas.js'
import { checkIfMatch, recordEtag } from './concurrency.js'
import { idempotent } from './idempotency.js'
import { checkMerged } from './input.js'
import { mergePatch } from './merge-patch.js'

/** Everything the create/update/delete routes need to know of one entity. */
export interface CrudSpec<Input extends { id?: string }, Record extends object> {
  /** `/events` */
  path: string
  tag: string
  /** `event` */
  noun: string
  /** The `$id` of the record schema (`Event`). */
  recordRef: string
  inputSchema: TObject
  patchSchema: TObject
  exampleId: string
  /** What happens to dependent records on delete, for the documentation. */
  deleteRule: string
  get: (db: Database, id: string) => Record
  input: (db: Database, id: string) => Input
  /** Another form the POST body may take (an article as `text/plain`), with its query parameters. */
  text?: {
    description: string
    query: TObject
    parse: (text: string, query: any) => Input
  }
  /** More work in the same transaction once the record exists (`?extract=true`). */
  afterCreate?: (db: Database, id: string, query: any, actor: string) => void
  save: (db: Database, input: Input, actor: string, existingId?: string) => string
  remove: (db: Database, id: string, cascade: boolean) => void
}

export const WRITE_SECURITY = [{ bearerAuth: [] }]

const recordAnswer = (description: string, recordRef: string, status: 200 | 201) => ({
  description,
  headers: {
    ETag: { description: 'The version of the record, for `If-Match` on the next change.', schema: Type.String() },
    ...(status === 201 ? { Location: { description: 'Where the new record is.', schema: Type.String() } } : {})
  },
  content: { 'application/json': { schema: Type.Ref(recordRef) } }
})

const IfMatch = Type.Object({
  'if-match': Type.Optional(Type.String({ description: 'The ETag of the record as you last read it: the change is refused (412) if it has changed since.' }))
})

/**
 * POST, PATCH (JSON Merge Patch) and DELETE for one entity, all alike: an API key with the `write`
 * scope, one transaction per request, `If-Match` on changes, `Idempotency-Key` on creation.
 */
export function crudRoutes<Input extends { id?: string }, Record extends object> (spec: CrudSpec<Input, Record>): FastifyPluginAsyncTypebox {
  return async (fastify) => {
    const { db } = fastify
    const Params = IdParams(`${spec.noun[0]?.toUpperCase()}${spec.noun.slice(1)} id.`, spec.exampleId)
    const actor = (request: { apiKey: { name: string } | null }) => request.apiKey?.name ?? 'unknown'
    const a = /^[aeiou]/.test(spec.noun) ? `an ${spec.noun}` : `a ${spec.noun}`

    fastify.post(spec.path, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag],
        summary: `Create ${a}`,
        description: `Creates ${a} and answers with it (201, \`Location\`, \`ETag\`). ` +
          'Send an `Idempotency-Key` header to make retries safe: a repeated request gets the first answer and creates nothing.',
        security: WRITE_SECURITY,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Makes a retried POST safe.' })) }),
        ...(spec.text === undefined
          ? { body: spec.inputSchema }
          : {
              querystring: spec.text.query,
              body: {
                content: {
                  'application/json': { schema: spec.inputSchema },
                  'text/plain': { schema: Type.String({ minLength: 1, maxLength: 1_000_000, description: spec.text.description }) }
                }
              }
            }),
        response: {
          201: recordAnswer(`The new ${spec.noun}.`, spec.recordRef, 201),
          ...problemResponses(400, 401, 403, 409, 413, 415, 422)
        }
      }
    }, async (request, reply) => idempotent(db, request, reply, () => {
      const input = typeof request.body === 'string' && spec.text !== undefined
        ? checkMerged<Input>(spec.inputSchema, spec.text.parse(request.body, request.query))
        : request.body as Input
      const id = spec.save(db, input, actor(request))
      spec.afterCreate?.(db, id, request.query, actor(request))
      const record = spec.get(db, id)
      return { status: 201, location: `${spec.path}/${encodeURIComponent(id)}`, etag: recordEtag(record), body: record }
    }))

    fastify.patch(`${spec.path}/:id`, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag],
        summary: `Change ${a}`,
        description: 'A JSON Merge Patch (RFC 7396, `application/merge-patch+json` or `application/json`): the fields sent replace ' +
          'the stored ones, `null` removes one, arrays are replaced whole. Send the ETag you read in `If-Match` so a concurrent ' +
          'change is never overwritten silently (412).',
        security: WRITE_SECURITY,
        params: Params,
        headers: IfMatch,
        body: spec.patchSchema,
        response: {
          200: recordAnswer(`The ${spec.noun}, changed.`, spec.recordRef, 200),
          ...problemResponses(400, 401, 403, 404, 409, 412, 413, 415, 422)
        }
      }
    }, async (request, reply) => {
      const record = db.transaction(() => {
        checkIfMatch(request, spec.get(db, request.params.id))
        const merged = checkMerged<Input>(spec.inputSchema, mergePatch(spec.input(db, request.params.id), request.body))
        spec.save(db, merged, actor(request), request.params.id)
        return spec.get(db, request.params.id)
      })
      return reply.header('etag', recordEtag(record)).send(record)
    })

    fastify.delete(`${spec.path}/:id`, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag, 'sync'],
        summary: `Delete ${a}`,
        description: `${spec.deleteRule} A deletion leaves a tombstone at \`GET /deleted\`. Honours \`If-Match\`.`,
        security: WRITE_SECURITY,
        params: Params,
        headers: IfMatch,
        querystring: Type.Object({
          cascade: Type.Optional(Type.Boolean({ default: false, description: 'Also delete the records that depend on this one.' }))
        }, { additionalProperties: false }),
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(400, 401, 403, 404, 409, 412)
        }
      }
    }, async (request, reply) => {
      db.transaction(() => {
        checkIfMatch(request, spec.get(db, request.params.id))
        spec.remove(db, request.params.id, request.query.cascade === true)
      })
      return reply.code(204).send(null)
    })
  }
}
