import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type, { type TObject } from 'typebox'
import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { recordEtag } from '../lib/concurrency.js'
import { checkMerged } from '../lib/input.js'
import { IdParams, problemResponses } from '../lib/schemas.js'
import type { Created, Once, Storage, WriteOptions } from '../storage/storage.js'

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
  /** Another form the POST body may take (an article as `text/plain`), with its query parameters. */
  text?: {
    description: string
    query: TObject
    parse: (text: string, query: any) => Input
  }
  create: (storage: Storage, input: Input, options: WriteOptions & { query: any }, once?: Once) => Promise<Created<Record>>
  update: (storage: Storage, id: string, patch: unknown, options: WriteOptions) => Promise<Record>
  remove: (storage: Storage, id: string, options: WriteOptions & { cascade: boolean }) => Promise<void>
}

const recordAnswer = (description: string, recordRef: string, status: 200 | 201) => ({
  description,
  headers: {
    ETag: Type.String({ description: 'The version of the record, for `If-Match` on the next change.' }),
    ...(status === 201 ? { Location: Type.String({ description: 'Where the new record is.' }) } : {})
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
    const { storage } = fastify
    const Noun = `${spec.noun[0]?.toUpperCase()}${spec.noun.slice(1)}`
    const Params = IdParams(`${Noun} id.`, spec.exampleId)
    const writer = (request: FastifyRequest) => ({ actor: request.apiKey?.name ?? 'unknown', ifMatch: request.headers['if-match'] })
    const a = /^[aeiou]/.test(spec.noun) ? `an ${spec.noun}` : `a ${spec.noun}`

    fastify.post(spec.path, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag],
        operationId: `create${Noun}`,
        summary: `Create ${a}`,
        description: `Creates ${a} and answers with it (201, \`Location\`, \`ETag\`). ` +
          'Send an `Idempotency-Key` header to make retries safe: a repeated request gets the first answer and creates nothing.',
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
          ...problemResponses(409, 422)
        }
      }
    }, async (request, reply) => {
      const input = typeof request.body === 'string' && spec.text !== undefined
        ? checkMerged<Input>(spec.inputSchema, spec.text.parse(request.body, request.query))
        : request.body as Input
      const { record, replayed } = await spec.create(storage, input, { ...writer(request), query: request.query }, once(request))
      if (replayed) reply.header('idempotent-replayed', 'true')
      return reply.code(201).header('location', `${spec.path}/${encodeURIComponent((record as { id: string }).id)}`)
        .header('etag', recordEtag(record)).send(record)
    })

    fastify.patch(`${spec.path}/:id`, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag],
        operationId: `update${Noun}`,
        summary: `Change ${a}`,
        description: 'A JSON Merge Patch (RFC 7396, `application/merge-patch+json` or `application/json`): the fields sent replace ' +
          'the stored ones, `null` removes one, arrays are replaced whole. Send the ETag you read in `If-Match` so a concurrent ' +
          'change is never overwritten silently (412).',
        params: Params,
        headers: IfMatch,
        body: spec.patchSchema,
        response: {
          200: recordAnswer(`The ${spec.noun}, changed.`, spec.recordRef, 200),
          ...problemResponses(404, 409, 412, 422)
        }
      }
    }, async (request, reply) => {
      const record = await spec.update(storage, request.params.id, request.body, writer(request))
      return reply.header('etag', recordEtag(record)).send(record)
    })

    fastify.delete(`${spec.path}/:id`, {
      config: { scope: 'write' },
      schema: {
        tags: [spec.tag, 'sync'],
        operationId: `delete${Noun}`,
        summary: `Delete ${a}`,
        description: `${spec.deleteRule} A deletion leaves a tombstone at \`GET /deleted\`. Honours \`If-Match\`.`,
        params: Params,
        headers: IfMatch,
        querystring: Type.Object({
          cascade: Type.Optional(Type.Boolean({ default: false, description: 'Also delete the records that depend on this one.' }))
        }, { additionalProperties: false }),
        response: {
          204: { description: 'Deleted.', type: 'null' },
          ...problemResponses(404, 409, 412)
        }
      }
    }, async (request, reply) => {
      await spec.remove(storage, request.params.id, { ...writer(request), cascade: request.query.cascade === true })
      return reply.code(204).send(null)
    })
  }
}

/**
 * What makes a POST safe to retry: its `Idempotency-Key` (per API key), and a fingerprint of the
 * request, so the same key sent with a different request is refused.
 */
function once (request: FastifyRequest): Once | undefined {
  const key = request.headers['idempotency-key']
  if (typeof key !== 'string' || key === '') return undefined
  const fingerprint = createHash('sha256').update(`${request.method} ${request.url}\n${JSON.stringify(request.body) ?? ''}`).digest('hex')
  return { owner: request.apiKey?.name ?? '', key, fingerprint }
}
