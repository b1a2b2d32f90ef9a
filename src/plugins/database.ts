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
