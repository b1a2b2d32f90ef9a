import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyServerOptions } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import accepts from '@fastify/accepts'
import { CONFIG_DEFAULTS } from './config.js'
import articleRoutes from './entities/articles/routes.js'
import articleWriteRoutes from './entities/articles/write-routes.js'
import deletionRoutes from './entities/deletions/routes.js'
import participantLinkRoutes from './entities/events/participant-links.js'
import eventRoutes from './entities/events/routes.js'
import eventWriteRoutes from './entities/events/write-routes.js'
import participantRoutes from './entities/participants/routes.js'
import participantWriteRoutes from './entities/participants/write-routes.js'
import statementRoutes from './entities/statements/routes.js'
import statementWriteRoutes from './entities/statements/write-routes.js'
import { isPartialDate, PARTIAL_DATE_FORMAT } from './lib/partial-date.js'
import auth from './plugins/auth.js'
import drain from './plugins/drain.js'
import httpCaching from './plugins/http-caching.js'
import httpSecurity from './plugins/http-security.js'
import jsonBody from './plugins/json-body.js'
import listParameters from './plugins/list-parameters.js'
import methods from './plugins/methods.js'
import openapi from './plugins/openapi.js'
import problems, { clientErrors, frameworkErrors, MAX_PARAM_LENGTH } from './plugins/problems.js'
import queryString, { parseQueryString } from './plugins/query-string.js'
import storage from './plugins/storage.js'
import type { StorageSettings } from './storage/open.js'
import traffic from './plugins/traffic.js'
import { validatorCompiler } from './plugins/validation.js'
import interchangeRoutes from './routes/interchange.js'
import searchRoutes from './routes/search.js'
import serviceRoutes from './routes/service.js'

export interface AppOptions {
  /** SQLite file, already migrated (see `applyMigrations`). */
  databasePath: string
  /** PostgreSQL instead of SQLite (already migrated: `applyPgMigrations`). */
  postgres?: StorageSettings['postgres']
  logger?: FastifyServerOptions['logger']
  /** The API keys (hashed) that may write; without it nobody can. */
  apiKeysFile?: string
  /** Reading needs a key too. */
  readsRequireKey?: boolean
  /** The database is opened read-only and every write answers 503. */
  readOnly?: boolean
  /** Threads running lists and searches off the event loop (0: in it). */
  readWorkers?: number
  /** A list or search that runs longer than this in its worker is stopped: a 503. */
  readTimeoutMs?: number
  /** A list whose scan visits at most this many rows answers on the event loop (0: in a worker). */
  readLoopRows?: number
  trustProxy?: FastifyServerOptions['trustProxy']
  /** Origins allowed to write from a browser. */
  corsOrigins?: readonly string[]
  rateLimitMax?: number
  rateLimitWindowMs?: number
  maxEventLoopDelayMs?: number
  bodyLimit?: number
  requestTimeoutMs?: number
  keepAliveTimeoutMs?: number
}

/**
 * Builds the whole API without listening: the server and the tests both start here. Order
 * matters: error shape, database and the plugins every answer goes through first, then OpenAPI
 * (which must see every route), then the routes.
 */
export async function buildApp (options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? CONFIG_DEFAULTS.BODY_LIMIT,
    requestTimeout: options.requestTimeoutMs ?? CONFIG_DEFAULTS.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? CONFIG_DEFAULTS.KEEP_ALIVE_TIMEOUT_MS,
    // Node enforces requestTimeout (and headersTimeout) only when it sweeps its connections, every
    // 30 s by default: a slow client could hold a connection twice as long as configured.
    http: { connectionsCheckingInterval: 1000 },
    // While closing, requests on open connections are served (with Connection: close) rather than
    // refused with Fastify's own 503: the drain plugin ends those connections.
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH, querystringParser: parseQueryString },
    frameworkErrors,
    clientErrorHandler: clientErrors,
    // The serializer has its own Ajv (to pick anyOf branches); it must know the format too.
    serializerOpts: { ajv: { formats: { [PARTIAL_DATE_FORMAT]: isPartialDate } } }
  }).withTypeProvider<TypeBoxTypeProvider>()

  app.setValidatorCompiler(validatorCompiler(app))
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(methods)
  await app.register(problems)
  await app.register(queryString)
  await app.register(jsonBody)
  await app.register(drain)
  await app.register(storage, {
    databasePath: options.databasePath,
    readonly: options.readOnly,
    readWorkers: options.readWorkers ?? CONFIG_DEFAULTS.READ_WORKERS,
    readTimeoutMs: options.readTimeoutMs ?? CONFIG_DEFAULTS.READ_TIMEOUT_MS,
    readLoopRows: options.readLoopRows ?? CONFIG_DEFAULTS.READ_LOOP_ROWS,
    ...(options.postgres === undefined ? {} : { postgres: options.postgres })
  })
  await app.register(httpSecurity, { corsOrigins: options.corsOrigins ?? [] })
  await app.register(traffic, {
    rateLimitMax: options.rateLimitMax ?? CONFIG_DEFAULTS.RATE_LIMIT_MAX,
    rateLimitWindowMs: options.rateLimitWindowMs ?? CONFIG_DEFAULTS.RATE_LIMIT_WINDOW_MS,
    maxEventLoopDelayMs: options.maxEventLoopDelayMs ?? CONFIG_DEFAULTS.MAX_EVENT_LOOP_DELAY_MS
  })
  await app.register(auth, { apiKeysFile: options.apiKeysFile ?? '', readsRequireKey: options.readsRequireKey ?? CONFIG_DEFAULTS.READS_REQUIRE_KEY })
  await app.register(accepts)
  await app.register(httpCaching)
  await app.register(listParameters)
  await app.register(openapi)

  await app.register(serviceRoutes)
  await app.register(eventRoutes)
  await app.register(eventWriteRoutes)
  await app.register(participantLinkRoutes)
  await app.register(participantRoutes)
  await app.register(participantWriteRoutes)
  await app.register(statementRoutes)
  await app.register(statementWriteRoutes)
  await app.register(articleRoutes)
  await app.register(articleWriteRoutes)
  await app.register(searchRoutes)
  await app.register(deletionRoutes)
  await app.register(interchangeRoutes)

  return app
}

export type App = Awaited<ReturnType<typeof buildApp>>
