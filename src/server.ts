import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, corsOrigins, loadConfig, trustProxy, type Config } from './config.js'
import { prepareDatabase } from './db/prepare.js'

let config: Config
try {
  config = loadConfig()
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(1)
}

// A read-only service serves the file as it is: nothing to migrate or seed.
const seeded = config.READ_ONLY ? null : prepareDatabase(config.DATABASE_PATH)

const app = await buildApp({
  databasePath: config.DATABASE_PATH,
  apiKeysFile: config.API_KEYS_FILE,
  readsRequireKey: config.READS_REQUIRE_KEY,
  readOnly: config.READ_ONLY,
  trustProxy: trustProxy(config.TRUST_PROXY),
  corsOrigins: corsOrigins(config.CORS_ORIGINS),
  rateLimitMax: config.RATE_LIMIT_MAX,
  rateLimitWindowMs: config.RATE_LIMIT_WINDOW_MS,
  maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
  bodyLimit: config.BODY_LIMIT,
  requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: config.KEEP_ALIVE_TIMEOUT_MS,
  logger: {
    level: config.LOG_LEVEL,
    // Keys travel in the Authorization header: never let it reach a log line.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty' } } : {})
  }
})
if (seeded) app.log.info({ seeded, database: config.DATABASE_PATH }, 'new database: migrated and seeded')

// On SIGTERM/SIGINT: stop accepting, let in-flight requests finish within the grace period, close
// the database (the app's onClose), exit 0; a second signal or the deadline exits at once.
closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error')
  else app.log.info({ signal }, 'closing')
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
