import fp from 'fastify-plugin'
import { strongEtag } from '../lib/etag.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's Cache-Control for successful answers; data routes default to revalidation. */
    cacheControl?: string
  }
}

/** Answers that change only when the data does, revalidated cheaply with a strong ETag and a 304. */
export const REVALIDATE = 'no-cache'

/** RFC 9110 §13.1.2: `*`, or a list of tags compared weakly (W/ prefixes ignored). */
function noneMatch (header: string, etag: string): boolean {
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque)
}

/**
 * ETags and 304s for successful GET answers, and the Cache-Control of each route. Written here
 * rather than with @fastify/etag, which also answers 304 to error responses and compares
 * If-None-Match as one opaque string (no lists, no `*`).
 */
export default fp(async (fastify) => {
  fastify.addHook('onSend', async (request, reply, payload) => {
    const ok = reply.statusCode >= 200 && reply.statusCode < 300
    if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', ok ? (request.routeOptions.config.cacheControl ?? REVALIDATE) : 'no-store')
    }
    const readable = request.method === 'GET' || request.method === 'HEAD'
    // A `no-store` answer (the probes) is never kept, so never revalidated: no ETag, never a 304.
    const kept = request.routeOptions.config.cacheControl !== 'no-store'
    if (!ok || !readable || !kept || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload
    const etag = (reply.getHeader('etag') as string | undefined) ?? strongEtag(payload)
    reply.header('etag', etag)
    const ifNoneMatch = request.headers['if-none-match']
    if (ifNoneMatch !== undefined && noneMatch(ifNoneMatch, etag)) {
      reply.code(304)
      // No payload at all: Fastify then sends no Content-Length, which a 304 must not give as 0.
      return null
    }
    return payload
  })
}, { name: 'http-caching' })
