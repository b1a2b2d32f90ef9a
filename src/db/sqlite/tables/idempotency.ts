import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { NOW } from './columns.js'

/**
 * The first answer to each `Idempotency-Key`, per API key, so a retried POST returns it again
 * instead of creating a second record. The fingerprint (method, path, body) catches a key reused
 * for a different request.
 */
export const idempotencyKeys = sqliteTable('idempotency_keys', {
  apiKey: text('api_key').notNull(),
  key: text('key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  status: integer('status').notNull(),
  location: text('location'),
  body: text('body').notNull(),
  createdAt: text('created_at').notNull().default(NOW)
}, (t) => [
  primaryKey({ columns: [t.apiKey, t.key] })
])
