import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { enrichedFields, timestamps } from './columns.js'

export const articles = sqliteTable('articles', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  publisher: text('publisher'),
  /** BCP 47 language tag of the body. */
  language: text('language').notNull(),
  /** Publication date, ISO 8601, possibly partial (`2024-06`). */
  published: text('published').notNull(),
  url: text('url'),
  /** The full text exactly as published: statement offsets index into it. */
  body: text('body').notNull(),
  /** SHA-256 of the body (hex), so the same text is never stored twice under two ids. */
  bodyHash: text('body_hash').notNull().unique(),
  enrichedFields: enrichedFields(),
  ...timestamps
}, (t) => [
  index('articles_published_id_idx').on(t.published, t.id),
  index('articles_language_idx').on(t.language),
  index('articles_updated_at_id_idx').on(t.updatedAt, t.id)
])
