import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { prepareDatabase } from './db/prepare.js'

let config: Config
try {
  config = loadConfig()
} catch (err) {
  if (!(err instanceof ConfigError)) throw err
  console.error(err.message)
  process.exit(1)
}
const seeded = prepareDatabase(config.DATABASE_PATH)

const app = await buildApp({
  databasePath: config.DATABASE_PATH,
  apiKeysFile: config.API_KEYS_FILE,
  readsRequireKey: config.READS_REQUIRE_KEY,
  // Keys travel in the Authorization header: never let it reach a log line.
  logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] }
})
if (seeded) app.log.info({ seeded, database: config.DATABASE_PATH }, 'new database: migrated and seeded')

closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, 'closing after an uncaught error')
  else app.log.info({ signal }, 'closing')
  await app.close()
})

await app.listen({ port: config.PORT, host: config.HOST })
