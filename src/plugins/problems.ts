import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import { errorCodes, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { InvalidParameterError, StorageUnavailableError, UnprocessableError } from '../lib/errors.js'
import { problemResponses } from '../lib/schemas.js'

interface FieldError { in: string, name: string, reason: string }

interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance: string
  code: string
  errors?: FieldError[]
}

function sendProblem (request: FastifyRequest, reply: FastifyReply, problem: Omit<Problem, 'type' | 'title' | 'instance'>) {
  const body: Problem = {
    type: 'about:blank',
    title: STATUS_CODES[problem.status] ?? 'Error',
    instance: request.url,
    ...problem
  }
  return reply.code(problem.status).type('application/problem+json').send(body)
}

/** Turns Ajv's errors into "which field, and why", with a dotted path for nested fields. */
function fieldErrors (error: FastifyError): FieldError[] {
  const location = error.validationContext ?? 'request'
  return (error.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>
    // A query parameter is named as the user wrote it: `type`, not `type.0` for the first of several values.
    const path = v.instancePath.split('/').slice(1).filter((part) => location !== 'querystring' || !/^\d+$/.test(part))
    if (typeof params.missingProperty === 'string') path.push(params.missingProperty)
    if (typeof params.additionalProperty === 'string') {
      return { in: location, name: [...path, params.additionalProperty].join('.'), reason: 'is not a known parameter' }
    }
    const allowed = Array.isArray(params.allowedValues) ? `: ${params.allowedValues.join(', ')}` : ''
    return { in: location, name: path.join('.') || location, reason: (v.message ?? 'is invalid') + allowed }
  })
}

/** The longest path parameter the router takes; ids are at most 200 characters, so a longer one is a 400 from validation. */

/** PostgreSQL's SQLSTATEs for a server that cannot take a write now, and what the answer says of each. */
const PG_REFUSALS: Record<string, string> = {
  25006: 'read-only',
  53100: 'disk full',
  53200: 'out of memory',
  53300: 'too many connections',
  '57P03': 'starting up or shutting down'
}

/** Why the database refused, when it is a state to wait out (SQLite's code, or PostgreSQL's SQLSTATE); else undefined. */
function storageRefusal (error: { code?: string, cause?: unknown }): string | undefined {
  const code = ((error.cause as { code?: unknown } | undefined)?.code ?? error.code) as unknown
  if (typeof code !== 'string') return undefined
  if (/^SQLITE_(READONLY|FULL|BUSY|LOCKED|IOERR|CANTOPEN)/.test(code)) return code.replace(/^SQLITE_/, '').toLowerCase()
  return PG_REFUSALS[code]
}

export const MAX_PARAM_LENGTH = 1000

/**
 * Errors the router raises before any route is found (a malformed percent-escape, an overlong
 * parameter), in the same problem shape as the others: without this, Fastify answers its own JSON.
 */
export function frameworkErrors (error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const reason = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? `is longer than ${MAX_PARAM_LENGTH} characters` : 'is not a valid URL component'
  return sendProblem(request, reply, {
    status: 400,
    code: 'NEWS_INVALID_PARAMETER',
    detail: `A path parameter ${reason}`,
    errors: [{ in: 'params', name: 'params', reason }]
  })
}

/** What Node's HTTP parser refuses before any request exists, as problem details. */
const CLIENT_ERRORS: Record<string, { status: number, code: string, detail: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, code: 'NEWS_HEADERS_TOO_LARGE', detail: 'The request line and headers are over 16 KiB (a URL that long is better sent as several requests).' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'NEWS_REQUEST_TIMEOUT', detail: 'The request did not arrive whole in time.' }
}

/**
 * Fastify's clientErrorHandler: a request the HTTP parser refuses (headers too large, too slow,
 * malformed) gets a problem like any other answer, not Fastify's own JSON; then the connection closes.
 */
export function clientErrors (err: Error & { code?: string }, socket: Duplex) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const { status, code, detail } = CLIENT_ERRORS[err.code ?? ''] ?? { status: 400, code: 'NEWS_MALFORMED_REQUEST', detail: 'The request is not valid HTTP/1.1.' }
  const title = STATUS_CODES[status] ?? 'Error'
  const body = JSON.stringify({ type: 'about:blank', title, status, code, detail })
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`)
  }
  socket.destroy(err)
}

/** Fastify reads a body (one with a Content-Type) on every method but these, whether the route takes one or not. */
const BODILESS_METHODS = new Set(['GET', 'HEAD'])
const VALIDATED_PARTS = ['params', 'querystring', 'headers', 'body'] as const

/**
 * The problems raised before any handler, by the route's schema and Fastify's body parsing: a
 * request validation refuses (400), and where a body is read, one that cannot be (400: not
 * well-formed; 413: too large; 415: a Content-Type no parser takes).
 */
function frameworkStatuses (methods: string[], schema: Partial<Record<typeof VALIDATED_PARTS[number], unknown>>): number[] {
  const readsBody = methods.some((method) => !BODILESS_METHODS.has(method))
  const validates = VALIDATED_PARTS.some((part) => schema[part] !== undefined)
  return [...(readsBody || validates ? [400] : []), ...(readsBody ? [413, 415] : [])]
}

/**
 * One error shape for the whole API: RFC 9457 problem details. Client errors say what was wrong;
 * server errors are logged in full and answered with nothing internal.
 */
export default fp(async (fastify) => {
  // Documented on every route added after this plugin.
  fastify.addHook('onRoute', (route) => {
    if (route.schema === undefined || route.schema.hide === true) return
    const statuses = frameworkStatuses([route.method].flat(), route.schema)
    route.schema = { ...route.schema, response: { ...problemResponses(...statuses), ...route.schema.response as object } }
  })

  // A body given as a map of media types takes those alone: Fastify validates a body against the
  // schema of its own media type only, and would hand any other (or none) to the handler unchecked.
  fastify.addHook('preValidation', async (request) => {
    const content = (request.routeOptions.schema?.body as { content?: Record<string, unknown> } | undefined)?.content
    if (content === undefined) return
    const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (!Object.hasOwn(content, type)) throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(type === '' ? '(none)' : type)
  })

  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation) {
      const errors = fieldErrors(error)
      const first = errors[0]
      return sendProblem(request, reply, {
        status: 400,
        code: 'NEWS_INVALID_PARAMETER',
        detail: first ? `${first.in} parameter '${first.name}' ${first.reason}` : error.message,
        errors
      })
    }
    if (error instanceof UnprocessableError) {
      return sendProblem(request, reply, { status: 422, code: error.code, detail: error.message, errors: error.errors })
    }
    if (error instanceof InvalidParameterError) {
      return sendProblem(request, reply, {
        status: 400,
        code: error.code,
        detail: error.message,
        errors: [{ in: error.location, name: error.parameter, reason: error.reason }]
      })
    }
    // A database that is read-only, full or locked refuses writes: a 503 to retry, not a server bug.
    const unavailable = storageRefusal(error)
    if (unavailable !== undefined) {
      request.log.warn({ err: error }, 'storage unavailable')
      const refused = new StorageUnavailableError(unavailable)
      reply.header('retry-after', '5')
      return sendProblem(request, reply, { status: 503, code: refused.code, detail: refused.message })
    }
    // An error that says when to come back (a read timeout…) says it in Retry-After.
    const { retryAfter } = error as { retryAfter?: unknown }
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter))
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
    // Our own 5xx (read-only, overloaded…) say something useful and nothing internal: pass them on.
    if (status >= 500 && !(error.code?.startsWith('NEWS_') ?? false)) {
      request.log.error({ err: error }, 'request failed')
      return sendProblem(request, reply, {
        status,
        code: 'NEWS_INTERNAL_ERROR',
        detail: 'The server could not answer this request; the error has been logged.'
      })
    }
    return sendProblem(request, reply, { status, code: error.code ?? 'NEWS_BAD_REQUEST', detail: error.message })
  })

  fastify.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] as string
    const allow = fastify.methodsOf(path)
    if (allow.length > 0) {
      reply.header('allow', allow.join(', '))
      return sendProblem(request, reply, {
        status: 405,
        code: 'NEWS_METHOD_NOT_ALLOWED',
        detail: `${path} does not take ${request.method}; it takes ${allow.join(', ')}.`
      })
    }
    return sendProblem(request, reply, {
      status: 404,
      code: 'NEWS_ROUTE_NOT_FOUND',
      detail: `No route ${request.method} ${path}; see /openapi.json for the routes there are.`
    })
  })
}, { name: 'problems', dependencies: ['methods'] })
