import { and, asc, eq, inArray } from 'drizzle-orm'
import { alias } from 'drizzle-orm/sqlite-core'
import type { Database } from '../../db/connection.js'
import { StatementNotFoundError } from '../../lib/errors.js'
import { groupBy, keysetPage, type Page } from '../../lib/pagination.js'
import { events } from '../events/table.js'
import { participants } from '../participants/table.js'
import type { Statement, StatementFilter } from './schemas.js'
import { statementMentions, statements } from './table.js'

const speakers = alias(participants, 'speakers')

/** Statements with the names and titles they show, in one join. */
function selectStatements (db: Database) {
  return db.select({
    statement: statements,
    speakerName: speakers.name,
    eventTitle: events.title
  }).from(statements)
    .innerJoin(speakers, eq(speakers.id, statements.speakerId))
    .innerJoin(events, eq(events.id, statements.eventId))
}

type StatementRow = ReturnType<ReturnType<typeof selectStatements>['all']>[number]

function toStatements (db: Database, rows: StatementRow[]): Statement[] {
  const ids = rows.map((r) => r.statement.id)
  const mentionRows = ids.length === 0
    ? []
    : db.select({ statementId: statementMentions.statementId, id: participants.id, name: participants.name })
      .from(statementMentions)
      .innerJoin(participants, eq(participants.id, statementMentions.participantId))
      .where(inArray(statementMentions.statementId, ids))
      .orderBy(asc(participants.name)).all()
  const mentions = groupBy(mentionRows, (m) => m.statementId, (m) => ({ id: m.id, name: m.name }))
  return rows.map(({ statement: s, speakerName, eventTitle }) => ({
    id: s.id,
    text: s.text,
    kind: s.kind,
    language: s.language,
    cue: s.cue,
    audience: s.audience,
    relayedBy: s.relayedBy,
    speaker: { id: s.speakerId, name: speakerName },
    event: { id: s.eventId, title: eventTitle },
    mentions: mentions.get(s.id) ?? [],
    source: { article: s.articleId, start: s.start, end: s.end },
    createdAt: s.createdAt,
    updatedAt: s.updatedAt
  }))
}

export function getStatement (db: Database, id: string): Statement {
  const row = selectStatements(db).where(eq(statements.id, id)).get()
  if (!row) throw new StatementNotFoundError(id)
  return toStatements(db, [row])[0] as Statement
}

/** Statements in id order (the seed's ids follow the article), filtered with AND. */
export function listStatements (db: Database, filter: StatementFilter): Page<Statement> {
  const conditions = [
    filter.speaker === undefined ? undefined : eq(statements.speakerId, filter.speaker),
    filter.event === undefined ? undefined : eq(statements.eventId, filter.event),
    filter.language === undefined ? undefined : eq(statements.language, filter.language),
    filter.kind === undefined ? undefined : eq(statements.kind, filter.kind)
  ]
  const page = keysetPage(filter, [statements.id], (r: StatementRow) => [r.statement.id],
    (after, limit) => selectStatements(db)
      .where(and(...conditions, after))
      .orderBy(asc(statements.id))
      .limit(limit).all())
  return { ...page, data: toStatements(db, page.data) }
}
