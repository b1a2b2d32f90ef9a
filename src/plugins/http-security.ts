import cors from '@fastify/cors'
import helmet from 'helmet'
import fp from 'fastify-plugin'

export interface HttpSecurityOptions {
  /** Origins allowed to write from a browser; every origin may read. */
  corsOrigins: readonly string[]
}

const READ_METHODS = ['GET', 'HEAD']
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']

/**
 * Security headers on every answer, with a Content-Security-Policy strict enough for an API and
 * loose enough for Swagger UI (its assets are served from here; it shows images as data: URLs), and
 * CORS that lets any page read but only the configured origins write.
 */
export default fp<HttpSecurityOptions>(async (fastify, options) => {
  // helmet itself, configured once: @fastify/helmet builds the middleware anew on every request
  // (to allow per-route settings, which we do not use), about 5% of a small answer's CPU time.
  const secure = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Helmet adds it by default; over plain HTTP on any host but localhost it would blank /docs.
        upgradeInsecureRequests: null
      }
    },
    // The API is meant to be read from other origins.
    crossOriginResourcePolicy: { policy: 'cross-origin' }
  })
  fastify.addHook('onRequest', (request, reply, done) => { secure(request.raw, reply.raw, (err) => done(err as Error | undefined)) })

  const writers = new Set(options.corsOrigins)
  await fastify.register(cors, {
    delegator: (request, callback) => {
      const origin = request.headers.origin
      const mayWrite = origin !== undefined && writers.has(origin)
      callback(null, {
        origin: mayWrite ? origin : '*',
        methods: mayWrite ? ALL_METHODS : READ_METHODS,
        allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id', 'Consistency-Token'],
        exposedHeaders: ['ETag', 'Link', 'Location', 'X-Request-Id', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Consistency-Token'],
        maxAge: 600,
        // A bare OPTIONS (no preflight headers) asks what the resource takes, it is no bad
        // preflight: 204 with Allow (plugins/methods.ts), not a 400 in text/plain.
        strictPreflight: false
      })
    }
  })
}, { name: 'http-security' })
