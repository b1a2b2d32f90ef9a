import fp from 'fastify-plugin'
import { ReadOnlyError } from '../lib/errors.js'
import { openStorage, type StorageSettings } from '../storage/open.js'
import type { Storage } from '../storage/storage.js'

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage
  }
}

/** Where the data is; read-only storage answers every write request with a 503. */
export type StorageOptions = StorageSettings

/** Opens the storage for the app's lifetime and closes it when the app closes. */
export default fp<StorageOptions>(async (fastify, options) => {
  const storage = openStorage(options)
  fastify.decorate('storage', storage)
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
