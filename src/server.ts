import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { appOptionsFrom, ConfigError, loadConfig, type Config } from './config.js'
import { preparePostgres } from './db/postgres/prepare.js'
import { prepareDatabase } from './db/sqlite/prepare.js'

let config: Config
try {
  config = loadConfig()
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(1)
}

// A read-only service serves the data as it is: nothing to migrate or seed. PostgreSQL is
// migrated, not seeded (load it with POST /import).
const { DATABASE_URL } = config
const prepared = config.READ_ONLY
  ? null
  : DATABASE_URL === undefined ? { seeded: prepareDatabase(config.DATABASE_PATH) } : { migrated: await preparePostgres(DATABASE_URL) }

const app = await buildApp(appOptionsFrom(config))
if (prepared?.seeded) app.log.info({ seeded: prepared.seeded, database: config.DATABASE_PATH }, 'new database: migrated and seeded')
if (prepared?.migrated) app.log.info({ migrated: prepared.migrated }, 'PostgreSQL: migrations applied')

// On SIGTERM (an orchestrator's signal): /readyz fails at once while the server keeps accepting and
// answering for DRAIN_DELAY_MS, time for a load balancer to stop sending; then, as at once on
// SIGINT (Ctrl-C) or an uncaught error: stop accepting, let in-flight requests finish within the
// grace period, close the database (the app's onClose), exit 0. A second signal or the deadline
// exits at once.
closeWithGrace({ delay: config.DRAIN_DELAY_MS + config.SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error')
  else app.log.info({ signal, drainDelayMs: signal === 'SIGTERM' ? config.DRAIN_DELAY_MS : 0 }, 'closing')
  if (signal === 'SIGTERM') await app.announceShutdown(config.DRAIN_DELAY_MS)
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
