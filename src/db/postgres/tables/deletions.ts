import { index, pgTable, text } from 'drizzle-orm/pg-core'
import { RECORD_TYPES } from '../../../entities/deletions/vocabulary.js'
import { oneOf } from './columns.js'

/** See src/db/sqlite/tables/deletions.ts: written by triggers (a hand-written migration). */
export const tombstones = pgTable('tombstones', {
  id: text('id').primaryKey(),
  type: text('type', { enum: RECORD_TYPES }).notNull(),
  deletedAt: text('deleted_at').notNull()
}, (t) => [
  index('tombstones_deleted_at_id_idx').on(t.deletedAt, t.id),
  index('tombstones_type_deleted_at_idx').on(t.type, t.deletedAt, t.id),
  oneOf('tombstones_type_check', t.type, RECORD_TYPES)
])
