import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { PARTICIPANT_KINDS } from '../../../entities/participants/vocabulary.js'
import { ORIGINS } from '../../vocabularies.js'
import { enrichedFields, oneOf, timestamps, tsvector } from './columns.js'

/** See src/db/sqlite/tables/participants.ts. */
export const participants = pgTable('participants', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: PARTICIPANT_KINDS }).notNull(),
  name: text('name').notNull(),
  description: text('description'),
  countryCode: text('country_code'),
  wikidataId: text('wikidata_id').unique(),
  origin: text('origin', { enum: ORIGINS }).notNull().default('curated'),
  enrichedFields: enrichedFields(),
  ...timestamps,
  /** The name and every alias as one document (SQLite's participants_fts), kept by triggers. */
  names: tsvector('names')
}, (t) => [
  index('participants_name_id_idx').on(t.name, t.id),
  index('participants_kind_idx').on(t.kind),
  index('participants_updated_at_id_idx').on(t.updatedAt, t.id),
  index('participants_names_idx').using('gin', t.names),
  oneOf('participants_kind_check', t.kind, PARTICIPANT_KINDS),
  oneOf('participants_origin_check', t.origin, ORIGINS)
])

export const participantAliases = pgTable('participant_aliases', {
  participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  language: text('language').notNull(),
  name: text('name').notNull()
}, (t) => [
  primaryKey({ columns: [t.participantId, t.language, t.name] })
])
