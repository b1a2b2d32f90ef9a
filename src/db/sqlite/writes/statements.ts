import { eq, inArray } from 'drizzle-orm'
import type { StatementInput } from '../../../entities/statements/inputs.js'
import { ConflictError, StatementNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkStatement, statementRow, type StatementFacts } from '../../inputs.js'
import type { Database } from '../connection.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statementMentions, statements } from '../tables/statements.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'

export function statementInput (db: Database, id: string): StatementInput {
  const input = createBodyOf(db, BODIES.statement, id)
  if (input === undefined) throw new StatementNotFoundError(id)
  return input
}

/** What checkStatement needs to know. */
function facts (db: Database, input: StatementInput): StatementFacts {
  const mentioned = input.mentions ?? []
  return {
    eventExists: db.select({ id: events.id }).from(events).where(eq(events.id, input.eventId)).get() !== undefined,
    speakerExists: db.select({ id: participants.id }).from(participants).where(eq(participants.id, input.speakerId)).get() !== undefined,
    knownMentions: new Set(mentioned.length === 0 ? [] : db.select({ id: participants.id }).from(participants).where(inArray(participants.id, mentioned)).all().map((p) => p.id)),
    article: db.select({ body: articles.body, language: articles.language }).from(articles).where(eq(articles.id, input.source.article)).get()
  }
}

/** Creates the statement, or replaces all of it (PATCH merges first), mentions included. */
export function saveStatement (db: Database, input: StatementInput, actor: string, existingId?: string): string {
  const id = existingId ?? input.id ?? newId('stm', '')
  if (existingId === undefined && db.select({ id: statements.id }).from(statements).where(eq(statements.id, id)).get() !== undefined) {
    throw new ConflictError(`A statement with id '${id}' already exists`)
  }
  const known = facts(db, input)
  checkStatement(input, known)
  const row = statementRow(input, known.article?.language, actor)
  if (existingId === undefined) db.insert(statements).values({ id, ...row }).run()
  else db.update(statements).set({ ...row, updatedAt: NOW }).where(eq(statements.id, id)).run()
  db.delete(statementMentions).where(eq(statementMentions.statementId, id)).run()
  if (input.mentions !== undefined && input.mentions.length > 0) {
    db.insert(statementMentions).values(input.mentions.map((participantId) => ({ statementId: id, participantId }))).run()
  }
  return id
}

export function deleteStatement (db: Database, id: string): void {
  statementInput(db, id)
  db.delete(statements).where(eq(statements.id, id)).run()
}
