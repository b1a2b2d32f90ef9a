import cors, { type FastifyCorsOptions } from '@fastify/cors'
import helmet from 'helmet'
import fp from 'fastify-plugin'
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface HttpSecurityOptions {
  /** Origins allowed to write from a browser; every origin may read. */
  corsOrigins: readonly string[]
}

const READ_METHODS = ['GET', 'HEAD']
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']

/** CORS for an origin that may only read (`*`), or for one of the configured writers. */
const corsFor = (origin: string, methods: string[]): FastifyCorsOptions => ({
  origin,
  methods,
  allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id', 'Consistency-Token'],
  exposedHeaders: ['ETag', 'Link', 'Location', 'X-Request-Id', 'Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Consistency-Token'],
  maxAge: 600,
  // A bare OPTIONS (no preflight headers) asks what the resource takes, it is no bad
  // preflight: 204 with Allow (plugins/methods.ts), not a 400 in text/plain.
  strictPreflight: false
})

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void

/**
 * The headers a middleware sets whatever the request: helmet's, for our settings, depend on
 * nothing in the request (no CSP nonces), so they are asked for once and given to each answer as
 * one set, instead of running the middleware (a dozen validated setHeader calls) per request.
 */
function constantHeaders (middleware: Middleware): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string) => { headers[name.toLowerCase()] = value },
    removeHeader: () => {}
  }
  middleware({ headers: {} } as unknown as IncomingMessage, recorder as unknown as ServerResponse, (err) => { if (err !== undefined) throw new Error('helmet refused its settings', { cause: err }) })
  return headers
}

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
  const security = constantHeaders(secure)
  fastify.addHook('onRequest', (_request, reply, done) => { reply.headers(security); done() })

  const writers = new Set(options.corsOrigins)
  const reader = corsFor('*', READ_METHODS)
  // Without writers every origin gets the same answer: static options, nothing decided per request.
  await fastify.register(cors, writers.size === 0
    ? reader
    : {
        delegator: (request, callback) => {
          const origin = request.headers.origin
          callback(null, origin !== undefined && writers.has(origin) ? corsFor(origin, ALL_METHODS) : reader)
        }
      })
}, { name: 'http-security' })
