import { sql, type SQL } from 'drizzle-orm'
import { bigint, check, doublePrecision, index, integer, pgTable, primaryKey, text, type AnyPgColumn } from 'drizzle-orm/pg-core'
import { CAMEO_ROOTS, EVENT_ORIGINS, EVENT_TYPES, PARTICIPANT_ROLES } from '../../../entities/events/vocabulary.js'
import { LATEST } from '../../../lib/partial-date.js'
import { articles } from './articles.js'
import { enrichedFields, oneOf, searchDocument, timestamps } from './columns.js'
import { participants } from './participants.js'

/** See src/db/sqlite/tables/events.ts; `seq` and `search` stand in for SQLite's rowid and FTS5 table. */
export const events = pgTable('events', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  summary: text('summary'),
  type: text('type', { enum: EVENT_TYPES }).notNull(),
  startDate: text('start_date').notNull(),
  endDate: text('end_date'),
  locationName: text('location_name'),
  locationCountry: text('location_country'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  /** The last instant the event covers, comparable as text with any partial date (see LATEST). */
  endBound: text('end_bound').generatedAlwaysAs(sql`coalesce(end_date, start_date) || '${sql.raw(LATEST)}'`),
  parentId: text('parent_id').references((): AnyPgColumn => events.id),
  origin: text('origin', { enum: EVENT_ORIGINS }).notNull().default('curated'),
  confidence: doublePrecision('confidence'),
  cameo: text('cameo', { enum: CAMEO_ROOTS }),
  sourceArticleId: text('source_article_id').references(() => articles.id, { onDelete: 'set null' }),
  sourceStart: integer('source_start'),
  sourceEnd: integer('source_end'),
  enrichedFields: enrichedFields(),
  ...timestamps,
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  search: searchDocument('title', 'summary', 'location_name')
}, (t) => [
  index('events_start_date_id_idx').on(t.startDate, t.id),
  index('events_end_bound_idx').on(t.endBound),
  index('events_title_id_idx').on(t.title, t.id),
  index('events_updated_at_id_idx').on(t.updatedAt, t.id),
  index('events_location_name_idx').on(t.locationName),
  index('events_type_idx').on(t.type),
  index('events_location_country_idx').on(t.locationCountry),
  index('events_parent_id_idx').on(t.parentId),
  index('events_seq_idx').on(t.seq),
  index('events_search_idx').using('gin', t.search),
  index('events_origin_idx').on(t.origin, t.startDate, t.id),
  index('events_cameo_idx').on(t.cameo),
  index('events_source_article_id_idx').on(t.sourceArticleId),
  oneOf('events_type_check', t.type, EVENT_TYPES),
  oneOf('events_origin_check', t.origin, EVENT_ORIGINS),
  oneOf('events_cameo_check', t.cameo, CAMEO_ROOTS),
  check('events_confidence_check', sql`${t.confidence} is null or (${t.confidence} >= 0 and ${t.confidence} <= 1)`),
  check('events_source_check', sql`(${t.sourceStart} is null and ${t.sourceEnd} is null) or (${t.sourceStart} is not null and ${t.sourceEnd} is not null and ${t.sourceStart} >= 0 and ${t.sourceEnd} > ${t.sourceStart})`)
])

export const eventArticles = pgTable('event_articles', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' })
}, (t) => [
  primaryKey({ columns: [t.eventId, t.articleId] }),
  index('event_articles_article_id_idx').on(t.articleId)
])

export const eventParticipants = pgTable('event_participants', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  participantId: text('participant_id').notNull().references(() => participants.id),
  role: text('role', { enum: PARTICIPANT_ROLES }).notNull()
}, (t) => [
  primaryKey({ columns: [t.eventId, t.participantId, t.role] }),
  index('event_participants_participant_id_idx').on(t.participantId, t.eventId),
  oneOf('event_participants_role_check', t.role, PARTICIPANT_ROLES)
])

/** See src/db/sqlite/tables/events.ts: kept by PL/pgSQL triggers (a hand-written migration). */
export const participantEvents = pgTable('participant_events', {
  participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startDate: text('start_date').notNull(),
  endBound: text('end_bound').notNull()
}, (t) => [
  primaryKey({ columns: [t.participantId, t.eventId] }),
  index('participant_events_by_date_idx').on(t.participantId, t.startDate, t.eventId, t.endBound),
  index('participant_events_event_id_idx').on(t.eventId),
  index('participant_events_spanning_years_idx').on(t.participantId, t.startDate, t.endBound).where(spansYears(t))
])

function spansYears (dates: { startDate: AnyPgColumn, endBound: AnyPgColumn }): SQL {
  return sql`substr(${dates.endBound}, 1, 4) > substr(${dates.startDate}, 1, 4)`
}
