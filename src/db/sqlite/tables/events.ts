import { check, index, integer, primaryKey, real, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core'
import { sql, type SQL } from 'drizzle-orm'
import { LATEST } from '../../../lib/partial-date.js'
import { enrichedFields, oneOf, timestamps } from './columns.js'
import { articles } from './articles.js'
import { participants } from './participants.js'
import { CAMEO_ROOTS, EVENT_ORIGINS, EVENT_TYPES, PARTICIPANT_ROLES } from '../../../entities/events/vocabulary.js'

export const events = sqliteTable('events', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  summary: text('summary'),
  type: text('type', { enum: EVENT_TYPES }).notNull(),
  /** ISO 8601 date, possibly partial (`2024`, `2024-06`, `2024-06-19`); precision is its length. */
  startDate: text('start_date').notNull(),
  /** Same form as startDate; null when the event is a single point in time. */
  endDate: text('end_date'),
  locationName: text('location_name'),
  /** ISO 3166-1 alpha-2. */
  locationCountry: text('location_country'),
  latitude: real('latitude'),
  longitude: real('longitude'),
  /**
   * The last instant the event covers, comparable as text with any partial date (see LATEST).
   * Maintained by SQLite, indexed for the `from` filter.
   */
  endBound: text('end_bound').generatedAlwaysAs(sql`coalesce(end_date, start_date) || '${sql.raw(LATEST)}'`, { mode: 'virtual' }),
  parentId: text('parent_id').references((): AnySQLiteColumn => events.id),
  /** `curated` by an editor, or `extracted` from an article by the event extractor (with its confidence). */
  origin: text('origin', { enum: EVENT_ORIGINS }).notNull().default('curated'),
  confidence: real('confidence'),
  /** CAMEO root code (`01`–`20`), to join with GDELT and ICEWS. */
  cameo: text('cameo', { enum: CAMEO_ROOTS }),
  /**
   * Where the event was found: its trigger's offsets (UTF-16 code units, end exclusive) in the
   * article's body. The article's deletion clears the reference, and the representation the source.
   */
  sourceArticleId: text('source_article_id').references(() => articles.id, { onDelete: 'set null' }),
  sourceStart: integer('source_start'),
  sourceEnd: integer('source_end'),
  enrichedFields: enrichedFields(),
  ...timestamps
}, (t) => [
  index('events_start_date_id_idx').on(t.startDate, t.id),
  index('events_end_bound_idx').on(t.endBound),
  index('events_title_id_idx').on(t.title, t.id),
  index('events_updated_at_id_idx').on(t.updatedAt, t.id),
  index('events_location_name_idx').on(t.locationName),
  index('events_type_idx').on(t.type),
  index('events_location_country_idx').on(t.locationCountry),
  index('events_parent_id_idx').on(t.parentId),
  index('events_origin_idx').on(t.origin, t.startDate, t.id),
  index('events_cameo_idx').on(t.cameo),
  index('events_source_article_id_idx').on(t.sourceArticleId),
  oneOf('events_type_check', t.type, EVENT_TYPES),
  oneOf('events_origin_check', t.origin, EVENT_ORIGINS),
  oneOf('events_cameo_check', t.cameo, CAMEO_ROOTS),
  check('events_confidence_check', sql`${t.confidence} is null or (${t.confidence} >= 0 and ${t.confidence} <= 1)`),
  check('events_source_check', sql`(${t.sourceStart} is null and ${t.sourceEnd} is null) or (${t.sourceStart} is not null and ${t.sourceEnd} is not null and ${t.sourceStart} >= 0 and ${t.sourceEnd} > ${t.sourceStart})`)
])

/** The articles that report an event. */
export const eventArticles = sqliteTable('event_articles', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' })
}, (t) => [
  primaryKey({ columns: [t.eventId, t.articleId] }),
  index('event_articles_article_id_idx').on(t.articleId)
])

/** Who took part in an event, and how; a participant may hold several roles in one event. */
export const eventParticipants = sqliteTable('event_participants', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  participantId: text('participant_id').notNull().references(() => participants.id),
  role: text('role', { enum: PARTICIPANT_ROLES }).notNull()
}, (t) => [
  primaryKey({ columns: [t.eventId, t.participantId, t.role] }),
  index('event_participants_participant_id_idx').on(t.participantId, t.eventId),
  oneOf('event_participants_role_check', t.role, PARTICIPANT_ROLES)
])

/**
 * Each participant's events in date order, one row per participant and event whatever the roles:
 * what `GET /events?participant=…` walks in order, to stop after one page. Filled and kept up to
 * date by triggers on event_participants and events (migration 0003), never written by the app.
 */
export const participantEvents = sqliteTable('participant_events', {
  participantId: text('participant_id').notNull().references(() => participants.id, { onDelete: 'cascade' }),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startDate: text('start_date').notNull(),
  endBound: text('end_bound').notNull()
}, (t) => [
  primaryKey({ columns: [t.participantId, t.eventId] }),
  index('participant_events_by_date_idx').on(t.participantId, t.startDate, t.eventId, t.endBound),
  index('participant_events_event_id_idx').on(t.eventId),
  // The few events that end in a later year than they start: all an overlap with `from` can reach
  // back to (see listEvents).
  index('participant_events_spanning_years_idx').on(t.participantId, t.startDate, t.endBound).where(spansYears(t))
])

/** An event that ends in a later year than it starts (partial dates compare as text). */
export function spansYears (dates: { startDate: AnySQLiteColumn, endBound: AnySQLiteColumn }): SQL {
  return sql`substr(${dates.endBound}, 1, 4) > substr(${dates.startDate}, 1, 4)`
}
