import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { RECORD_TYPES } from '../../../entities/deletions/vocabulary.js'
import { oneOf } from './columns.js'

/**
 * One row per deleted article, event, participant or statement, written by triggers (see the
 * search-and-tombstones migration) whatever path the delete took, so a client mirroring the data
 * through `updatedSince` also learns what disappeared. Re-creating the id removes its tombstone.
 */
export const tombstones = sqliteTable('tombstones', {
  id: text('id').primaryKey(),
  type: text('type', { enum: RECORD_TYPES }).notNull(),
  deletedAt: text('deleted_at').notNull()
}, (t) => [
  index('tombstones_deleted_at_id_idx').on(t.deletedAt, t.id),
  index('tombstones_type_deleted_at_idx').on(t.type, t.deletedAt, t.id),
  oneOf('tombstones_type_check', t.type, RECORD_TYPES)
])
