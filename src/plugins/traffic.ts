import compress from '@fastify/compress'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import createError from '@fastify/error'
import fp from 'fastify-plugin'
import Type from 'typebox'
import { problemResponses } from '../lib/schemas.js'

export interface TrafficOptions {
  rateLimitMax: number
  rateLimitWindowMs: number
  /** 0 turns the check off. */
  maxEventLoopDelayMs: number
}

const PROBES = new Set(['/healthz', '/readyz'])
const RATE_LIMIT_FREE = new Set(['/healthz'])
const RETRY_AFTER = { 'Retry-After': Type.Integer({ minimum: 0, description: 'Seconds to wait before trying again.' }) }
const OVERLOADED_RESPONSE = {
  description: 'Overloaded (the event loop lags, `NEWS_OVERLOADED`), a list or search that ran past the read timeout (`NEWS_READ_TIMEOUT`: ' +
    'narrow it or retry), or the database cannot take the request now; retry after `Retry-After` seconds.',
  headers: RETRY_AFTER,
  content: {
    'application/problem+json': {
      schema: Type.Ref('Problem'),
      example: { type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'NEWS_OVERLOADED', detail: 'The service is overloaded; retry after the time in Retry-After' }
    }
  }
}
const SAMPLE_INTERVAL_MS = 1000
/** How long after start-up the guard ignores the lag it measures: two sampling windows. */
export const OVERLOAD_WARM_UP_MS = 2 * SAMPLE_INTERVAL_MS

const OverloadedError = createError('NEWS_OVERLOADED', 'The service is overloaded; retry after the time in Retry-After', 503)
const RateLimitedError = createError('NEWS_RATE_LIMITED', 'Too many requests: %d in %s; retry after the time in Retry-After', 429)

/**
 * Keeping the service responsive: a request budget per client (its valid API key, else its address),
 * a fast 503 with Retry-After when the event loop lags instead of ever-growing latency, and
 * compressed answers.
 */
export default fp<TrafficOptions>(async (fastify, options) => {
  // What this plugin answers, documented on every route it answers for (routes added after it).
  fastify.addHook('onRoute', (route) => {
    if (route.schema === undefined || route.schema.hide === true) return
    const added: Record<number, unknown> = {}
    if (!RATE_LIMIT_FREE.has(route.url)) added[429] = { ...problemResponses(429)[429], headers: RETRY_AFTER }
    if (!PROBES.has(route.url)) added[503] = OVERLOADED_RESPONSE
    route.schema = { ...route.schema, response: { ...added, ...route.schema.response as object } }
  })

  // The delay is the mean over a sampling window; a window that covers start-up (migrations,
  // compiling every route's schemas, a busy machine) measures that, not load, and a window in which
  // the loop never turned reads as an infinite delay. Readings count once a whole window has passed
  // since the app was ready, so that a fresh server does not shed its first requests while idle.
  let readyAt = Infinity
  fastify.addHook('onReady', async () => { readyAt = performance.now() })
  const warm = () => performance.now() - readyAt > OVERLOAD_WARM_UP_MS

  await fastify.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    sampleInterval: SAMPLE_INTERVAL_MS,
    retryAfter: 10,
    // A rejection goes on to the error handler (a 503 problem); the probes (and they alone) answer
    // whatever the load, as an orchestrator must not kill a busy but healthy process.
    pressureHandler: async (request, reply) => {
      if (PROBES.has(request.routeOptions.url ?? '') || !warm()) return
      reply.header('retry-after', '10')
      throw new OverloadedError()
    }
  })

  await fastify.register(rateLimit, {
    max: options.rateLimitMax,
    timeWindow: options.rateLimitWindowMs,
    // A valid key is one client whatever its address. Anything else counts against the address:
    // a made-up key must not open a fresh budget (the key check comes from the auth plugin).
    keyGenerator: (request) => {
      const key = request.headers.authorization === undefined ? undefined : fastify.presentedKey?.(request)
      return key === undefined ? `ip:${request.ip}` : `key:${key.name}`
    },
    errorResponseBuilder: (_request, context) => new RateLimitedError(context.max, context.after),
    allowList: (request) => request.routeOptions.config.public === true && request.url.startsWith('/healthz')
  })

  await fastify.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'] })
}, { name: 'traffic' })
