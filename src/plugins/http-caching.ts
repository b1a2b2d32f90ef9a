import etag from '@fastify/etag'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's Cache-Control for successful answers; data routes default to revalidation. */
    cacheControl?: string
  }
}

/** Answers that change only when the data does, revalidated cheaply with a strong ETag and a 304. */
export const REVALIDATE = 'no-cache'

export default fp(async (fastify) => {
  // A strong ETag (a hash of the exact bytes) on every buffered answer; a matching If-None-Match gets a 304.
  await fastify.register(etag)

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', reply.statusCode >= 400 ? 'no-store' : (request.routeOptions.config.cacheControl ?? REVALIDATE))
    }
    return payload
  })
}, { name: 'http-caching' })
