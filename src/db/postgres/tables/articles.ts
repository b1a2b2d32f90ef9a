import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core'
import { enrichedFields, searchDocument, timestamps } from './columns.js'

/** See src/db/sqlite/tables/articles.ts; `seq` and `search` stand in for SQLite's rowid and FTS5 table. */
export const articles = pgTable('articles', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  language: text('language').notNull(),
  published: text('published').notNull(),
  url: text('url'),
  body: text('body').notNull(),
  bodyHash: text('body_hash').notNull().unique(),
  enrichedFields: enrichedFields(),
  ...timestamps,
  /** Insertion order: a relevance search ranks the most recently added matches (SQLite's rowid). */
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  search: searchDocument('title', 'body')
}, (t) => [
  index('articles_published_id_idx').on(t.published, t.id),
  index('articles_language_idx').on(t.language),
  index('articles_updated_at_id_idx').on(t.updatedAt, t.id),
  index('articles_seq_idx').on(t.seq),
  index('articles_search_idx').using('gin', t.search)
])
