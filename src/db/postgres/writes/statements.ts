import { eq } from 'drizzle-orm'
import type { StatementInput } from '../../../entities/statements/inputs.js'
import { ConflictError, StatementNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { checkStatement, statementRow, type StatementFacts } from '../../inputs.js'
import type { Tx } from '../connection.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { statementMentions, statements } from '../tables/statements.js'
import { missing } from './events.js'
import { events } from '../tables/events.js'
import { participants } from '../tables/participants.js'

export async function statementInput (tx: Tx, id: string): Promise<StatementInput> {
  const input = await createBodyOf(tx.client, BODIES.statement, id)
  if (input === undefined) throw new StatementNotFoundError(id)
  return input
}

/** What checkStatement needs to know. */
async function facts (tx: Tx, input: StatementInput): Promise<StatementFacts> {
  const mentioned = [...new Set(input.mentions ?? [])]
  const absent = await missing(tx, participants, [...new Set([input.speakerId, ...mentioned])])
  const [article] = await tx.orm.select({ body: articles.body, language: articles.language }).from(articles).where(eq(articles.id, input.source.article))
  return {
    eventExists: (await missing(tx, events, [input.eventId])).size === 0,
    speakerExists: !absent.has(input.speakerId),
    knownMentions: new Set(mentioned.filter((id) => !absent.has(id))),
    ...(article === undefined ? {} : { article })
  }
}

/** Creates the statement, or replaces all of it (PATCH merges first), mentions included. */
export async function saveStatement (tx: Tx, input: StatementInput, actor: string, existingId?: string): Promise<string> {
  const id = existingId ?? input.id ?? newId('stm', '')
  if (existingId === undefined && (await tx.orm.select({ id: statements.id }).from(statements).where(eq(statements.id, id))).length > 0) {
    throw new ConflictError(`A statement with id '${id}' already exists`)
  }
  const known = await facts(tx, input)
  checkStatement(input, known)
  const row = statementRow(input, known.article?.language, actor)
  if (existingId === undefined) await tx.orm.insert(statements).values({ id, ...row })
  else await tx.orm.update(statements).set({ ...row, updatedAt: NOW }).where(eq(statements.id, id))
  await tx.orm.delete(statementMentions).where(eq(statementMentions.statementId, id))
  if (input.mentions !== undefined && input.mentions.length > 0) {
    await tx.orm.insert(statementMentions).values(input.mentions.map((participantId) => ({ statementId: id, participantId })))
  }
  return id
}

export async function deleteStatement (tx: Tx, id: string): Promise<void> {
  await statementInput(tx, id)
  await tx.orm.delete(statements).where(eq(statements.id, id))
}
