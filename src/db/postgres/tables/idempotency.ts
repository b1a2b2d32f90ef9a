import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { NOW } from './columns.js'

/** See src/db/sqlite/tables/idempotency.ts. */
export const idempotencyKeys = pgTable('idempotency_keys', {
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
