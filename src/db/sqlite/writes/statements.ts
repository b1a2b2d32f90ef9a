import { eq, inArray } from 'drizzle-orm'
import type { StatementInput } from '../../../entities/statements/inputs.js'
import { ConflictError, StatementNotFoundError } from '../../../lib/errors.js'
import { newId } from '../../../lib/ids.js'
import { FieldErrors } from '../../../lib/input.js'
import type { Database } from '../connection.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { events } from '../tables/events.js'
import { participants } from '../tables/participants.js'
import { statementMentions, statements } from '../tables/statements.js'
import { statementBodies, createBodyOf } from '../reads/create-bodies.js'

export function statementInput (db: Database, id: string): StatementInput {
  const input = createBodyOf(statementBodies, db, 's', id)
  if (input === undefined) throw new StatementNotFoundError(id)
  return input
}

/** Where a quote and its claimed source part ways, for an editor to fix. */
function sliceMismatch (body: string, input: StatementInput): string {
  const slice = body.slice(input.source.start, input.source.end)
  let at = 0
  while (at < slice.length && at < input.text.length && slice[at] === input.text[at]) at++
  const found = body.indexOf(input.text)
  return `differs from the article at character ${input.source.start + at}: the article has ${JSON.stringify(slice.slice(at, at + 30))}, ` +
    `the text ${JSON.stringify(input.text.slice(at, at + 30))}; ` +
    (found === -1 ? 'the text does not occur in the article' : `the text occurs at start ${found}, end ${found + input.text.length}`)
}

/** References that exist, and a text that is exactly its source slice. Returns the article's language. */
function check (db: Database, input: StatementInput): string | undefined {
  const errors = new FieldErrors()
  if (db.select({ id: events.id }).from(events).where(eq(events.id, input.eventId)).get() === undefined) errors.add('eventId', `names no event ('${input.eventId}')`)
  if (db.select({ id: participants.id }).from(participants).where(eq(participants.id, input.speakerId)).get() === undefined) errors.add('speakerId', `names no participant ('${input.speakerId}')`)
  const mentioned = input.mentions ?? []
  const known = new Set(mentioned.length === 0 ? [] : db.select({ id: participants.id }).from(participants).where(inArray(participants.id, mentioned)).all().map((p) => p.id))
  mentioned.forEach((id, i) => { if (!known.has(id)) errors.add(`mentions.${i}`, `names no participant ('${id}')`) })
  const article = db.select({ body: articles.body, language: articles.language }).from(articles).where(eq(articles.id, input.source.article)).get()
  if (article === undefined) errors.add('source.article', `names no article ('${input.source.article}')`)
  else if (input.source.end <= input.source.start) errors.add('source.end', 'must be after source.start')
  else if (input.source.end > article.body.length) errors.add('source.end', `is past the end of the article (${article.body.length} characters)`)
  else if (article.body.slice(input.source.start, input.source.end) !== input.text) errors.add('text', sliceMismatch(article.body, input))
  errors.throwIfAny()
  return article?.language
}

/** Creates the statement, or replaces all of it (PATCH merges first), mentions included. */
export function saveStatement (db: Database, input: StatementInput, actor: string, existingId?: string): string {
  const id = existingId ?? input.id ?? newId('stm', '')
  if (existingId === undefined && db.select({ id: statements.id }).from(statements).where(eq(statements.id, id)).get() !== undefined) {
    throw new ConflictError(`A statement with id '${id}' already exists`)
  }
  const articleLanguage = check(db, input)
  const row = {
    eventId: input.eventId,
    speakerId: input.speakerId,
    text: input.text,
    kind: input.kind,
    language: input.language ?? articleLanguage ?? 'und',
    cue: input.cue ?? null,
    audience: input.audience ?? null,
    relayedBy: input.relayedBy ?? null,
    articleId: input.source.article,
    start: input.source.start,
    end: input.source.end,
    origin: input.origin ?? 'curated',
    confidence: input.confidence ?? null,
    updatedBy: actor
  }
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
