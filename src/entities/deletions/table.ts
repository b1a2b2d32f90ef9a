import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { oneOf } from '../../lib/columns.js'

export const RECORD_TYPES = ['article', 'event', 'participant', 'statement'] as const
export type RecordType = typeof RECORD_TYPES[number]

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
