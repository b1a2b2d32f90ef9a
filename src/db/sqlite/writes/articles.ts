import { createHash } from 'node:crypto'
import { count, eq } from 'drizzle-orm'
import type { ArticleInput } from '../../../entities/articles/inputs.js'
import { ArticleNotFoundError, ConflictError } from '../../../lib/errors.js'
import type { Database } from '../connection.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { statements } from '../tables/statements.js'
import { articleBodies, createBodyOf } from '../reads/create-bodies.js'

export function articleInput (db: Database, id: string): ArticleInput {
  const input = createBodyOf(articleBodies, db, 'a', id)
  if (input === undefined) throw new ArticleNotFoundError(id)
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
