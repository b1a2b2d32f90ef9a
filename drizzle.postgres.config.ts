import { defineConfig } from 'drizzle-kit'

// The PostgreSQL engine's migrations: generated from its own tables, beside (not mixed with) SQLite's.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/postgres/schema.ts',
  out: './migrations/postgres',
  strict: true,
  verbose: true
})
