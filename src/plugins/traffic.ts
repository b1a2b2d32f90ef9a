import compress from '@fastify/compress'
import rateLimit from '@fastify/rate-limit'
import underPressure from '@fastify/under-pressure'
import createError from '@fastify/error'
import fp from 'fastify-plugin'

export interface TrafficOptions {
  rateLimitMax: number
  rateLimitWindowMs: number
  /** 0 turns the check off. */
  maxEventLoopDelayMs: number
}

const PROBES = new Set(['/healthz', '/readyz'])
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
