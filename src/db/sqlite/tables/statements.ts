import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { ORIGINS } from '../../vocabularies.js'
import { oneOf, shownNames, timestamps } from './columns.js'
import { articles } from './articles.js'
import { events } from './events.js'
import { participants } from './participants.js'
import { STATEMENT_KINDS } from '../../../entities/statements/vocabulary.js'

export const statements = sqliteTable('statements', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id),
  speakerId: text('speaker_id').notNull().references(() => participants.id),
  /** Verbatim, in the original language: equal to the article slice [start, end). */
  text: text('text').notNull(),
  language: text('language').notNull(),
  kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
  /** The speech verb as written (`a déclaré`, `a-t-il averti`). */
  cue: text('cue'),
  /** To whom it was said, as written (`à la presse`). */
  audience: text('audience'),
  /** Who passed it on, as written (`les agences russes`). */
  relayedBy: text('relayed_by'),
  articleId: text('article_id').notNull().references(() => articles.id),
  /** Offsets in UTF-16 code units into the article body, end exclusive. */
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  /** `curated` by an editor, or `extracted` by the statement extractor (with its confidence). */
  origin: text('origin', { enum: ORIGINS }).notNull().default('curated'),
  confidence: real('confidence'),
  ...timestamps,
  ...shownNames
}, (t) => [
  index('statements_speaker_id_idx').on(t.speakerId, t.id),
  index('statements_event_id_idx').on(t.eventId, t.id),
  index('statements_language_idx').on(t.language, t.id),
  index('statements_kind_idx').on(t.kind, t.id),
  index('statements_article_id_idx').on(t.articleId, t.start),
  index('statements_updated_at_id_idx').on(t.updatedAt, t.id),
  index('statements_origin_idx').on(t.origin, t.id),
  oneOf('statements_kind_check', t.kind, STATEMENT_KINDS),
  oneOf('statements_origin_check', t.origin, ORIGINS),
  check('statements_confidence_check', sql`${t.confidence} is null or (${t.confidence} >= 0 and ${t.confidence} <= 1)`),
  check('statements_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`)
])

/** The participants a statement is about. */
export const statementMentions = sqliteTable('statement_mentions', {
  statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
  participantId: text('participant_id').notNull().references(() => participants.id)
}, (t) => [
  primaryKey({ columns: [t.statementId, t.participantId] }),
  index('statement_mentions_participant_id_idx').on(t.participantId, t.statementId)
])
