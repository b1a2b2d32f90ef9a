import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { ORIGINS } from '../../vocabularies.js'
import { enrichedFields, oneOf, timestamps } from './columns.js'
import { PARTICIPANT_KINDS } from '../../../entities/participants/vocabulary.js'

export const participants = sqliteTable('participants', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: PARTICIPANT_KINDS }).notNull(),
  name: text('name').notNull(),
  description: text('description'),
  /** ISO 3166-1 alpha-2 code of the country the participant belongs to or is. */
  countryCode: text('country_code'),
  wikidataId: text('wikidata_id').unique(),
  /** `curated` by an editor, or `extracted`: created for a speaker the extractor found. */
  origin: text('origin', { enum: ORIGINS }).notNull().default('curated'),
  enrichedFields: enrichedFields(),
  ...timestamps
}, (t) => [
  index('participants_name_id_idx').on(t.name, t.id),
  index('participants_kind_idx').on(t.kind),
  index('participants_updated_at_id_idx').on(t.updatedAt, t.id),
  oneOf('participants_kind_check', t.kind, PARTICIPANT_KINDS),
  oneOf('participants_origin_check', t.origin, ORIGINS)
])

/** Other names a participant goes by, per language (`M. Poutine`, `le chef du Kremlin`…). */
export const participantAliases = sqliteTable('participant_aliases', {
  participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  language: text('language').notNull(),
  name: text('name').notNull()
}, (t) => [
  primaryKey({ columns: [t.participantId, t.language, t.name] })
])
