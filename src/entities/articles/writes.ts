import { createHash } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import Type, { type Static } from 'typebox'
import type { Database } from '../../db/connection.js'
import { NOW } from '../../lib/columns.js'
import { ArticleNotFoundError, ConflictError, UnprocessableError } from '../../lib/errors.js'
import { PartialDate } from '../../lib/partial-date.js'
import { EnrichedFields, Language, Nullable } from '../../lib/schemas.js'
import { detectLanguage } from '../../extraction/language.js'
import { PatchOf } from '../../writes/input.js'
import { statements } from '../statements/table.js'
import { parseArticleFile } from './article-file.js'
import { articles } from './table.js'

export const ArticleInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^art_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; by default `art_` and a hash of the body. The same text is never stored twice, whatever the id (409).' })),
  title: Type.String({ minLength: 1, maxLength: 1000 }),
  publisher: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  language: Language(),
  published: PartialDate(),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  body: Type.String({ minLength: 1, maxLength: 1_000_000, description: 'The full text exactly as published.' }),
  enrichedFields: Type.Optional(EnrichedFields)
}, {
  additionalProperties: false,
  description: 'An article to store, or the whole of one after a merge patch.',
  examples: [{
    title: 'Putin arrives in Hanoi',
    publisher: 'Example Wire',
    language: 'en',
    published: '2024-06-20',
    body: '"We will deepen our partnership," President Putin said on arrival.'
  }]
})
export type ArticleInput = Static<typeof ArticleInputSchema>
export const ArticlePatchSchema = PatchOf(ArticleInputSchema, 'A JSON Merge Patch (RFC 7396) of an article: `null` removes a field.')

/** The parameters that go with a `text/plain` article (the seed file format carries only the date). */
export const ArticleTextQuerySchema = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Title of a `text/plain` article; its first sentence when omitted.' })),
  language: Type.Optional(Language('Language of a `text/plain` article; detected (fr or en) when omitted.')),
  publisher: Type.Optional(Type.String({ maxLength: 300 })),
  url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  extract: Type.Optional(Type.Boolean({ description: 'Also run the statement extractor on it (as `POST /articles/{id}/extract`).' }))
}, { additionalProperties: false })
export type ArticleTextQuery = Static<typeof ArticleTextQuerySchema>

/** An article sent as `text/plain` in the seed file format: `date YYYY-MM`, then the body. */
export function articleFromText (text: string, query: ArticleTextQuery): ArticleInput {
  let file
  try {
    file = parseArticleFile(text)
  } catch (err) {
    throw new UnprocessableError([{ in: 'body', name: 'body', reason: (err as Error).message }])
  }
  const firstSentence = file.body.split(/(?<=[.!?»"])\s/u)[0]?.trim() ?? file.body
  return {
    title: query.title ?? (firstSentence.length > 200 ? `${firstSentence.slice(0, 199)}…` : firstSentence),
    language: query.language ?? detectLanguage(file.body),
    published: file.published,
    body: file.body,
    publisher: query.publisher ?? null,
    url: query.url ?? null
  }
}

export function articleInput (db: Database, id: string): ArticleInput {
  const row = db.select().from(articles).where(eq(articles.id, id)).get()
  if (!row) throw new ArticleNotFoundError(id)
  const { createdAt, updatedAt, updatedBy, bodyHash, ...input } = row
  return input
}

const citing = (db: Database, id: string) =>
  db.select({ n: count() }).from(statements).where(eq(statements.articleId, id)).get()?.n ?? 0

/**
 * Stores the article, or replaces all of it. Its body cannot change while statements cite it:
 * their offsets point into that exact text.
 */
export function saveArticle (db: Database, input: ArticleInput, actor: string, existingId?: string): string {
  const bodyHash = createHash('sha256').update(input.body).digest('hex')
  const id = existingId ?? input.id ?? `art_${bodyHash.slice(0, 16)}`
  const twin = db.select({ id: articles.id }).from(articles).where(eq(articles.bodyHash, bodyHash)).get()
  if (twin !== undefined && twin.id !== id) throw new ConflictError(`The same text is already stored as article '${twin.id}'`)
  const existing = db.select({ body: articles.body }).from(articles).where(eq(articles.id, id)).get()
  if (existingId === undefined && existing !== undefined) throw new ConflictError(`An article with id '${id}' already exists`)
  if (existing !== undefined && existing.body !== input.body && citing(db, id) > 0) {
    throw new ConflictError(`The body of article '${id}' is cited by ${citing(db, id)} statement(s) through offsets; it cannot change`)
  }
  const row = {
    title: input.title,
    publisher: input.publisher ?? null,
    language: input.language,
    published: input.published,
    url: input.url ?? null,
    body: input.body,
    bodyHash,
    enrichedFields: input.enrichedFields ?? [],
    updatedBy: actor
  }
  if (existingId === undefined) db.insert(articles).values({ id, ...row }).run()
  else db.update(articles).set({ ...row, updatedAt: NOW }).where(eq(articles.id, id)).run()
  return id
}

/** Deletes an article; one cited by statements is kept (409) unless `cascade`, which deletes them too. */
export function deleteArticle (db: Database, id: string, cascade: boolean): void {
  articleInput(db, id)
  const cited = citing(db, id)
  if (cited > 0 && !cascade) throw new ConflictError(`Article '${id}' is the source of ${cited} statement(s); delete with ?cascade=true to delete them too`)
  if (cited > 0) db.delete(statements).where(eq(statements.articleId, id)).run()
  db.delete(articles).where(eq(articles.id, id)).run()
}
