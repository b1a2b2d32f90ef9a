import fp from 'fastify-plugin'
import { openDatabase, type Database } from '../db/connection.js'
import { ReadOnlyError } from '../lib/errors.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
  }
}

export interface DatabaseOptions {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  path: string
  /** Open it read-only: every write request answers 503. */
  readonly?: boolean
}

/** Opens the database for the app's lifetime and closes it when the app closes. */
export default fp<DatabaseOptions>(async (fastify, options) => {
  const db = openDatabase(options.path, { readonly: options.readonly })
  fastify.decorate('db', db)
  if (options.readonly === true) {
    try {
      // The first read opens the WAL index: better to fail at start, saying why, than on every request.
      db.$client.pragma('schema_version')
    } catch (err) {
      db.$client.close()
      throw new Error(`cannot read ${options.path} read-only: a WAL-mode database needs its -wal and -shm files beside it, and they ` +
        `cannot be created (${(err as Error).message}); make the directory writable, or run PRAGMA journal_mode = DELETE on the file ` +
        'before making it read-only', { cause: err })
    }
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return
      reply.header('retry-after', '3600')
      throw new ReadOnlyError()
    })
  }
  fastify.addHook('onClose', async () => {
    db.$client.close()
  })
}, { name: 'database' })
