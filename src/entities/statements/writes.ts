import { eq, inArray } from 'drizzle-orm'
import Type, { type Static } from 'typebox'
import type { Database } from '../../db/connection.js'
import { NOW } from '../../lib/columns.js'
import { ConflictError, StatementNotFoundError } from '../../lib/errors.js'
import { Language, Nullable, OriginSchema } from '../../lib/schemas.js'
import { newId } from '../../writes/ids.js'
import { FieldErrors, PatchOf } from '../../writes/input.js'
import { articles } from '../articles/table.js'
import { events } from '../events/table.js'
import { participants } from '../participants/table.js'
import { StatementKind } from './schemas.js'
import { statementMentions, statements } from './table.js'

export const StatementInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^stm_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; one is made when omitted.' })),
  eventId: Type.String({ description: 'The event it was said at or about.' }),
  speakerId: Type.String({ description: 'Who said it (participant id).' }),
  text: Type.String({ minLength: 1, maxLength: 20000, description: 'Verbatim: exactly `article.body.slice(source.start, source.end)`.' }),
  kind: StatementKind,
  language: Type.Optional(Language('Defaults to the article\'s language.')),
  cue: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  audience: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  relayedBy: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  source: Type.Object({
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 })
  }, { additionalProperties: false }),
  mentions: Type.Optional(Type.Array(Type.String(), { maxItems: 200, uniqueItems: true, description: 'Ids of the participants it is about.' })),
  origin: Type.Optional(OriginSchema),
  confidence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 })))
}, {
  additionalProperties: false,
  description: 'A statement to create, or the whole of one after a merge patch.',
  examples: [{
    eventId: 'evt_putin-kim-talks-2024',
    speakerId: 'par_vladimir-putin',
    text: 'Nous apprécions beaucoup votre soutien systématique et permanent de la politique russe, y compris sur le dossier ukrainien',
    kind: 'direct',
    cue: 'a dit',
    source: { article: 'art_af1a277ce4d4aaad', start: 1172, end: 1294 },
    mentions: ['par_ukraine']
  }]
})
export type StatementInput = Static<typeof StatementInputSchema>
export const StatementPatchSchema = PatchOf(StatementInputSchema, 'A JSON Merge Patch (RFC 7396) of a statement: `null` removes a field.')

export function statementInput (db: Database, id: string): StatementInput {
  const row = db.select().from(statements).where(eq(statements.id, id)).get()
  if (!row) throw new StatementNotFoundError(id)
  const mentions = db.select().from(statementMentions).where(eq(statementMentions.statementId, id)).all()
  return {
    id: row.id,
    eventId: row.eventId,
    speakerId: row.speakerId,
    text: row.text,
    kind: row.kind,
    language: row.language,
    cue: row.cue,
    audience: row.audience,
    relayedBy: row.relayedBy,
    source: { article: row.articleId, start: row.start, end: row.end },
    mentions: mentions.map((m) => m.participantId),
    origin: row.origin,
    confidence: row.confidence
  }
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
