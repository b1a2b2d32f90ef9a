// Every PostgreSQL table, in one module, for drizzle-kit (drizzle.postgres.config.ts) and the typed Drizzle instance.
export * from './tables/articles.js'
export * from './tables/events.js'
export * from './tables/participants.js'
export * from './tables/statements.js'
export * from './tables/deletions.js'
export * from './tables/idempotency.js'
