import fp from 'fastify-plugin'
import { coded, strongEtag, uncoded } from '../lib/etag.js'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's Cache-Control for successful answers; data routes default to revalidation. */
    cacheControl?: string
  }
}

/** Answers that change only when the data does, revalidated cheaply with a strong ETag and a 304. */
export const REVALIDATE = 'no-cache'

/**
 * RFC 9110 §13.1.2: `*`, or a list of tags compared weakly (W/ prefixes and coding suffixes
 * ignored). Answers the tag that matched (the one the client holds), or undefined.
 */
function noneMatch (header: string, etag: string): string | undefined {
  if (header.trim() === '*') return etag
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').map((tag) => tag.trim()).find((tag) => uncoded(tag.replace(/^W\//, '')) === opaque)
}

/**
 * ETags and 304s for successful GET answers, and the Cache-Control of each route. Written here
 * rather than with @fastify/etag, which also answers 304 to error responses and compares
 * If-None-Match as one opaque string (no lists, no `*`).
 */
export default fp(async (fastify) => {
  // Compression (@fastify/compress, a route-level onSend hook added before this one) runs after
  // the ETag below is set: a compressed answer's tag then gets its coding's suffix.
  fastify.addHook('onRoute', (route) => {
    route.onSend = [route.onSend ?? []].flat().concat(async (_request, reply, payload) => {
      const encoding = reply.getHeader('content-encoding')
      const etag = reply.getHeader('etag')
      if (typeof encoding === 'string' && typeof etag === 'string' && uncoded(etag) === etag) reply.header('etag', coded(etag, encoding))
      return payload
    })
  })

  fastify.addHook('onSend', async (request, reply, payload) => {
    const ok = reply.statusCode >= 200 && reply.statusCode < 300
    if (!reply.hasHeader('cache-control')) {
      reply.header('cache-control', ok ? (request.routeOptions.config.cacheControl ?? REVALIDATE) : 'no-store')
    }
    const readable = request.method === 'GET' || request.method === 'HEAD'
    // A `no-store` answer (the probes) is never kept, so never revalidated: no ETag, never a 304.
    const kept = request.routeOptions.config.cacheControl !== 'no-store'
    if (!ok || !readable || !kept || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload
    // Encoded to UTF-8 once, here: hashed and written as these bytes, a text answer is not encoded
    // again for the hash, for its Content-Length and for the socket.
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload
    const etag = (reply.getHeader('etag') as string | undefined) ?? strongEtag(bytes)
    reply.header('etag', etag)
    const ifNoneMatch = request.headers['if-none-match']
    const held = ifNoneMatch === undefined ? undefined : noneMatch(ifNoneMatch, etag)
    if (held !== undefined) {
      // The 304 names the representation the client holds (compressed or not).
      reply.code(304).header('etag', held)
      // No payload at all: Fastify then sends no Content-Length, which a 304 must not give as 0.
      return null
    }
    return bytes
  })
}, { name: 'http-caching' })
