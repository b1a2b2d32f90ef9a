import envSchema from 'env-schema'
import Type, { type Static } from 'typebox'
import { Value } from 'typebox/value'
import type { AppOptions } from './app.js'

/** A PostgreSQL connection URL, as node-postgres takes it. */
const POSTGRES_URL = '^postgres(ql)?://[^\\s,]+$'

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on.' }),
  HOST: Type.String({ default: '127.0.0.1', description: 'Interface to listen on; `0.0.0.0` in a container.' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: 'data/news-events.db', description: 'SQLite database file; created, migrated and seeded when new.' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info', description: 'pino log level.' }),
  LOG_PRETTY: Type.Boolean({ default: false, description: 'Human-readable logs (pino-pretty, a development dependency) instead of JSON lines.' }),
  READ_ONLY: Type.Boolean({ default: false, description: 'Open the database read-only: reads work, every write answers 503. No migration or seed at start.' }),
  TRUST_PROXY: Type.String({ default: 'false', description: 'Whom to trust for X-Forwarded-*: `false`, `true`, a hop count, or a comma-separated list of addresses/CIDRs.' }),
  CORS_ORIGINS: Type.String({ default: '', description: 'Comma-separated origins allowed to write from a browser; any origin may read.' }),
  RATE_LIMIT_MAX: Type.Integer({ minimum: 1, default: 1200, description: 'Requests per client (API key, else IP) per window.' }),
  RATE_LIMIT_WINDOW_MS: Type.Integer({ minimum: 1000, default: 60_000, description: 'The rate-limit window, in milliseconds.' }),
  BODY_LIMIT: Type.Integer({ minimum: 1024, default: 4 * 1024 * 1024, description: 'Largest request body, in bytes (imports: 256 MiB).' }),
  REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 30_000, description: 'Longest time to receive a whole request.' }),
  KEEP_ALIVE_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 72_000, description: 'How long an idle keep-alive connection stays open.' }),
  SHUTDOWN_GRACE_MS: Type.Integer({ minimum: 0, default: 10_000, description: 'Once the server stops accepting (SIGINT at once, SIGTERM after DRAIN_DELAY_MS), how long in-flight requests may take before the process exits anyway.' }),
  DRAIN_DELAY_MS: Type.Integer({ minimum: 0, maximum: 600_000, default: 2000, description: 'On SIGTERM, how long the server keeps accepting and answering (every answer with `Connection: close`) while /readyz answers 503, before it stops accepting: time for a load balancer to stop sending (0: stop at once).' }),
  READ_WORKERS: Type.Integer({ minimum: 0, maximum: 64, default: 2, description: 'Worker threads, each with a read-only connection, that run lists, searches and extraction off the event loop (PostgreSQL: extraction only; 0: in it, with no read timeout).' }),
  READ_LOOP_ROWS: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 256, description: 'A list whose scan visits at most this many rows answers on the event loop, without a worker\'s round trip; past it, and for searches, counts and the batches of a stream, a read worker answers (0: workers answer every list).' }),
  READ_TIMEOUT_MS: Type.Integer({ minimum: 1, maximum: 3_600_000, default: 5000, description: 'A list or search that runs longer in its worker is stopped and answered 503 with Retry-After.' }),
  MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, default: 1000, description: 'Above this event-loop delay, new requests get a quick 503 (0 turns it off).' }),
  API_KEYS_FILE: Type.String({ minLength: 1, default: 'data/api-keys.json', description: 'JSON file of API keys (names, scopes, SHA-256 hashes), written by `npm run key:create`.' }),
  READS_REQUIRE_KEY: Type.Boolean({ default: false, description: 'When true, reading the data needs a key with the `read` scope too.' }),

  // PostgreSQL instead of the SQLite file (docs/scaling.md).
  DATABASE_URL: Type.Optional(Type.String({
    pattern: POSTGRES_URL,
    description: 'PostgreSQL primary (`postgres://user:password@host:5432/db`, a database with the C collation): when set, the data lives there instead of DATABASE_PATH.'
  })),
  DATABASE_REPLICA_URLS: Type.Optional(Type.String({
    pattern: `^$|^(${POSTGRES_URL.slice(1, -1)})(\\s*,\\s*(${POSTGRES_URL.slice(1, -1)}))*$`,
    description: 'Comma-separated PostgreSQL read replicas (streaming); reads go to them, a replica behind the client\'s last write or down is skipped for the primary.'
  })),
  DATABASE_POOL_SIZE: Type.Integer({ minimum: 1, maximum: 1000, default: 10, description: 'PostgreSQL connections per node (primary, each replica) per process.' }),
  DATABASE_STATEMENT_TIMEOUT_MS: Type.Integer({ minimum: 0, default: 30_000, description: 'Longest a PostgreSQL statement may run (0: no limit).' })
})
export type Config = Static<typeof ConfigSchema>

/** Every setting at its default: the one source of defaults, for the server and for the app under test alike. */
export const CONFIG_DEFAULTS: Config = Value.Create(ConfigSchema)

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value is a ConfigError naming the variable. */
export function loadConfig (env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return envSchema<Config>({ schema: ConfigSchema, data: env })
  } catch (err) {
    // env-schema says `env/PORT must be <= 65535`; say it as the user wrote it.
    throw new ConfigError(`invalid configuration: ${(err as Error).message.replaceAll('env/', '')}`)
  }
}

/** The PostgreSQL nodes and pool the configuration names. */
export function postgresSettings (config: Config, url: string) {
  return {
    url,
    replicaUrls: (config.DATABASE_REPLICA_URLS ?? '').split(',').map((part) => part.trim()).filter((part) => part !== ''),
    poolSize: config.DATABASE_POOL_SIZE,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS
  }
}

/** `TRUST_PROXY` as Fastify takes it: a boolean, a list of addresses, or a hop count (as a function of the hop). */
export function trustProxy (value: string): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (value === 'true' || value === 'false') return value === 'true'
  if (/^\d+$/.test(value)) return (_address, hop) => hop < Number(value)
  return value.split(',').map((part) => part.trim()).filter((part) => part !== '')
}

export function corsOrigins (value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter((part) => part !== '')
}

/** The app's options as the configuration sets them: for the server, and anything that must run like it. */
export function appOptionsFrom (config: Config): AppOptions {
  return {
    databasePath: config.DATABASE_PATH,
    apiKeysFile: config.API_KEYS_FILE,
    readsRequireKey: config.READS_REQUIRE_KEY,
    readOnly: config.READ_ONLY,
    readWorkers: config.READ_WORKERS,
    readTimeoutMs: config.READ_TIMEOUT_MS,
    readLoopRows: config.READ_LOOP_ROWS,
    trustProxy: trustProxy(config.TRUST_PROXY),
    corsOrigins: corsOrigins(config.CORS_ORIGINS),
    rateLimitMax: config.RATE_LIMIT_MAX,
    rateLimitWindowMs: config.RATE_LIMIT_WINDOW_MS,
    maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
    bodyLimit: config.BODY_LIMIT,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
    ...(config.DATABASE_URL === undefined ? {} : { postgres: postgresSettings(config, config.DATABASE_URL) }),
    logger: {
      level: config.LOG_LEVEL,
      // Keys travel in the Authorization header: never let it reach a log line.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty' } } : {})
    }
  }
}
