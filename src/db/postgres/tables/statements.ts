import { sql } from 'drizzle-orm'
import { bigint, check, doublePrecision, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { STATEMENT_KINDS } from '../../../entities/statements/vocabulary.js'
import { ORIGINS } from '../../vocabularies.js'
import { articles } from './articles.js'
import { oneOf, searchDocument, shownNames, timestamps } from './columns.js'
import { events } from './events.js'
import { participants } from './participants.js'

/** See src/db/sqlite/tables/statements.ts; `seq` and `search` stand in for SQLite's rowid and FTS5 table. */
export const statements = pgTable('statements', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id),
  speakerId: text('speaker_id').notNull().references(() => participants.id),
  text: text('text').notNull(),
  language: text('language').notNull(),
  kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
  cue: text('cue'),
  audience: text('audience'),
  relayedBy: text('relayed_by'),
  articleId: text('article_id').notNull().references(() => articles.id),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  origin: text('origin', { enum: ORIGINS }).notNull().default('curated'),
  confidence: doublePrecision('confidence'),
  ...timestamps,
  ...shownNames,
  seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
  search: searchDocument('text')
}, (t) => [
  index('statements_speaker_id_idx').on(t.speakerId, t.id),
  index('statements_event_id_idx').on(t.eventId, t.id),
  index('statements_language_idx').on(t.language, t.id),
  index('statements_kind_idx').on(t.kind, t.id),
  index('statements_article_id_idx').on(t.articleId, t.start),
  index('statements_updated_at_id_idx').on(t.updatedAt, t.id),
  index('statements_origin_idx').on(t.origin, t.id),
  index('statements_seq_idx').on(t.seq),
  index('statements_search_idx').using('gin', t.search),
  oneOf('statements_kind_check', t.kind, STATEMENT_KINDS),
  oneOf('statements_origin_check', t.origin, ORIGINS),
  check('statements_confidence_check', sql`${t.confidence} is null or (${t.confidence} >= 0 and ${t.confidence} <= 1)`),
  check('statements_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`)
])

export const statementMentions = pgTable('statement_mentions', {
  statementId: text('statement_id').notNull().references(() => statements.id, { onDelete: 'cascade' }),
  participantId: text('participant_id').notNull().references(() => participants.id)
}, (t) => [
  primaryKey({ columns: [t.statementId, t.participantId] }),
  index('statement_mentions_participant_id_idx').on(t.participantId, t.statementId)
])
