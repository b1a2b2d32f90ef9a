import fp from 'fastify-plugin'
import { openDatabase, type Database } from '../db/connection.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Database
  }
}

export interface DatabaseOptions {
  /** SQLite file path, or `:memory:`. The file must already be migrated. */
  path: string
}

/** Opens the database for the app's lifetime and closes it when the app closes. */
export default fp<DatabaseOptions>(async (fastify, options) => {
  const db = openDatabase(options.path)
  fastify.decorate('db', db)
  fastify.addHook('onClose', async () => {
    db.$client.close()
  })
}, { name: 'database' })
