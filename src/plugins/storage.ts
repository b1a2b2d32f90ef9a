import fp from 'fastify-plugin'
import Type from 'typebox'
import { InvalidParameterError, ReadOnlyError } from '../lib/errors.js'
import { problemResponses } from '../lib/schemas.js'
import { consistency, CONSISTENCY_HEADER, withConsistency } from '../storage/consistency.js'
import { openStorage, type StorageSettings } from '../storage/open.js'
import type { Storage } from '../storage/storage.js'

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage
  }
}

/** A commit position as PostgreSQL writes it (pg_lsn). */
const COMMIT_POSITION = /^[0-9A-Fa-f]{1,8}\/[0-9A-Fa-f]{1,8}$/

const TOKEN_DESCRIPTION = 'Read-your-writes across read replicas (PostgreSQL): '
const CONSISTENCY_REQUEST = Type.Optional(Type.String({
  pattern: COMMIT_POSITION.source,
  description: `${TOKEN_DESCRIPTION}the \`Consistency-Token\` of one of your writes' answers; a replica that has not replayed it answers no ` +
    'more, the primary does. Accepted and without effect on one node (SQLite).'
}))
const CONSISTENCY_RESPONSE = {
  'Consistency-Token': Type.String({ description: `${TOKEN_DESCRIPTION}where this write committed; send it back on later reads to see it. Only with read replicas.` })
}
type ResponseEntry = { headers?: object }

/** Where the data is; read-only storage answers every write request with a 503. */
export type StorageOptions = StorageSettings

/** Opens the storage for the app's lifetime and closes it when the app closes. */
export default fp<StorageOptions>(async (fastify, options) => {
  const storage = openStorage(options)
  fastify.decorate('storage', storage)
  // Read-your-writes across replicas: a write's answer carries where it committed, and a read that
  // sends it back is answered by a node that has it (src/storage/consistency.ts).
  fastify.addHook('onRequest', (request, _reply, done) => {
    const token = request.headers[CONSISTENCY_HEADER]
    if (token !== undefined && (typeof token !== 'string' || !COMMIT_POSITION.test(token))) {
      done(new InvalidParameterError('headers', 'Consistency-Token', "must be the token of a write's answer (a commit position such as 0/16B3748)"))
      return
    }
    // One node has nothing to be consistent with: no per-request context (AsyncLocalStorage costs
    // every promise of every request on Node 20).
    if (storage.replicated) withConsistency(token === undefined ? {} : { after: token }, done)
    else done()
  })
  // Documented on every route added after this plugin: reads take the token, writes' answers carry it.
  fastify.addHook('onRoute', (route) => {
    if (route.schema === undefined || route.schema.hide === true) return
    const methods = [route.method].flat()
    // The service's own routes (index, probes) read no data.
    if (route.schema.tags?.includes('service') === true) return
    if (methods.includes('GET')) {
      const headers = (route.schema.headers ?? {}) as { properties?: object }
      route.schema = {
        ...route.schema,
        headers: { type: 'object', ...headers, properties: { ...headers.properties, [CONSISTENCY_HEADER]: CONSISTENCY_REQUEST } },
        // A token that is no commit position is refused.
        response: { ...problemResponses(400), ...route.schema.response as object }
      }
    } else if (!methods.includes('OPTIONS')) {
      const response = Object.entries((route.schema.response ?? {}) as Record<string, ResponseEntry>)
        .map(([status, entry]) => [status, status.startsWith('2') ? { ...entry, headers: { ...entry.headers, ...CONSISTENCY_RESPONSE } } : entry])
      route.schema = { ...route.schema, response: Object.fromEntries(response) }
    }
  })
  if (storage.replicated) {
    fastify.addHook('onSend', async (_request, reply) => {
      const { wrote } = consistency()
      if (wrote !== undefined) reply.header(CONSISTENCY_HEADER, wrote)
    })
  }
  fastify.addHook('onClose', async () => { await storage.close() })
  if (options.readonly === true) {
    try {
      // The first read opens the WAL index: better to fail at start, saying why, than on every request.
      await storage.readiness()
    } catch (err) {
      await storage.close()
      throw new Error(`cannot read ${options.databasePath} read-only: a WAL-mode database needs its -wal and -shm files beside it, and they ` +
        `cannot be created (${(err as Error).message}); make the directory writable, or run PRAGMA journal_mode = DELETE on the file ` +
        'before making it read-only', { cause: err })
    }
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return
      reply.header('retry-after', '3600')
      throw new ReadOnlyError()
    })
  }
}, { name: 'storage' })
