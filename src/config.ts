import envSchema from 'env-schema'
import Type, { type Static } from 'typebox'

export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000, description: 'TCP port to listen on.' }),
  HOST: Type.String({ default: '127.0.0.1', description: 'Interface to listen on; `0.0.0.0` in a container.' }),
  DATABASE_PATH: Type.String({ minLength: 1, default: 'data/news-events.db', description: 'SQLite database file; created, migrated and seeded when new.' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info', description: 'pino log level.' }),
  API_KEYS_FILE: Type.String({ minLength: 1, default: 'data/api-keys.json', description: 'JSON file of API keys (names, scopes, SHA-256 hashes), written by `npm run key:create`.' }),
  READS_REQUIRE_KEY: Type.Boolean({ default: false, description: 'When true, reading the data needs a key with the `read` scope too.' })
})
export type Config = Static<typeof ConfigSchema>

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
