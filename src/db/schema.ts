// Every table, in one module, for drizzle-kit and for the typed Drizzle instance.
export * from '../entities/articles/table.js'
export * from '../entities/events/table.js'
export * from '../entities/participants/table.js'
export * from '../entities/statements/table.js'
export * from '../entities/deletions/table.js'
export * from '../writes/idempotency-table.js'
