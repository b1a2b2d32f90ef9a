import t from 'tap'
import { appOptionsFrom, ConfigError, corsOrigins, loadConfig, trustProxy } from '../src/config.js'

t.test('defaults work on a fresh clone', async (t) => {
  t.same(loadConfig({}), {
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_PATH: 'data/news-events.db',
    LOG_LEVEL: 'info',
    LOG_PRETTY: false,
    READ_ONLY: false,
    TRUST_PROXY: 'false',
    CORS_ORIGINS: '',
    RATE_LIMIT_MAX: 1200,
    RATE_LIMIT_WINDOW_MS: 60_000,
    BODY_LIMIT: 4 * 1024 * 1024,
    REQUEST_TIMEOUT_MS: 30_000,
    KEEP_ALIVE_TIMEOUT_MS: 72_000,
    SHUTDOWN_GRACE_MS: 10_000,
    DRAIN_DELAY_MS: 2000,
    READ_WORKERS: 2,
    READ_LOOP_ROWS: 256,
    READ_TIMEOUT_MS: 5000,
    MAX_EVENT_LOOP_DELAY_MS: 1000,
    API_KEYS_FILE: 'data/api-keys.json',
    READS_REQUIRE_KEY: false,
    DATABASE_POOL_SIZE: 10,
    DATABASE_STATEMENT_TIMEOUT_MS: 30_000
  })
  t.equal(appOptionsFrom(loadConfig({})).postgres, undefined, 'SQLite unless DATABASE_URL is set')
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
  t.throws(() => loadConfig({ RATE_LIMIT_MAX: '0' }), /RATE_LIMIT_MAX must be >= 1/)
  t.throws(() => loadConfig({ BODY_LIMIT: 'huge' }), /BODY_LIMIT/)
})

t.test('DATABASE_URL selects PostgreSQL, with its replicas, pool size and statement timeout; other URLs are refused at start', async (t) => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://api:secret@db:5432/news',
    DATABASE_REPLICA_URLS: 'postgres://api@replica-1/news, postgresql://api@replica-2/news',
    DATABASE_POOL_SIZE: '20',
    DATABASE_STATEMENT_TIMEOUT_MS: '5000'
  })
  t.same(appOptionsFrom(config).postgres, {
    url: 'postgres://api:secret@db:5432/news',
    replicaUrls: ['postgres://api@replica-1/news', 'postgresql://api@replica-2/news'],
    poolSize: 20,
    statementTimeoutMs: 5000
  })
  t.throws(() => loadConfig({ DATABASE_URL: 'mysql://db/news' }), /DATABASE_URL must match/)
  t.throws(() => loadConfig({ DATABASE_URL: 'postgres://db/news', DATABASE_REPLICA_URLS: 'postgres://r1/news, http://r2' }), /DATABASE_REPLICA_URLS must match/)
  t.throws(() => loadConfig({ DATABASE_POOL_SIZE: '0' }), /DATABASE_POOL_SIZE must be >= 1/)
  t.throws(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }), /DATABASE_STATEMENT_TIMEOUT_MS must be >= 0/)
})

t.test('TRUST_PROXY and CORS_ORIGINS read as Fastify takes them', async (t) => {
  t.equal(trustProxy('false'), false)
  t.equal(trustProxy('true'), true)
  t.same(trustProxy('10.0.0.0/8, 127.0.0.1'), ['10.0.0.0/8', '127.0.0.1'])
  const hops = trustProxy('2') as (address: string, hop: number) => boolean
  t.same([hops('x', 0), hops('x', 1), hops('x', 2)], [true, true, false])
  t.same(corsOrigins(' https://a.example, https://b.example ,'), ['https://a.example', 'https://b.example'])
  t.same(corsOrigins(''), [])
})
