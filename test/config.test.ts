import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('defaults work on a fresh clone', async (t) => {
  t.same(loadConfig({}), {
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_PATH: 'data/news-events.db',
    LOG_LEVEL: 'info',
    API_KEYS_FILE: 'data/api-keys.json',
    READS_REQUIRE_KEY: false
  })
})

t.test('values come from the environment, typed', async (t) => {
  const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/data/x.db', LOG_LEVEL: 'warn', READS_REQUIRE_KEY: 'true' })
  t.match(config, { PORT: 8080, HOST: '0.0.0.0', DATABASE_PATH: '/data/x.db', LOG_LEVEL: 'warn', READS_REQUIRE_KEY: true })
})

t.test('a bad value is refused with the variable named', async (t) => {
  t.throws(() => loadConfig({ PORT: '99999' }), new ConfigError('invalid configuration: PORT must be <= 65535'))
  t.throws(() => loadConfig({ PORT: 'http' }), /PORT must be integer/)
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/)
  t.throws(() => loadConfig({ DATABASE_PATH: '' }), /DATABASE_PATH/)
  t.throws(() => loadConfig({ READS_REQUIRE_KEY: 'maybe' }), /READS_REQUIRE_KEY/)
})
