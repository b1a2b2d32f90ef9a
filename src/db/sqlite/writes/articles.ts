import { count, eq } from 'drizzle-orm'
import type { ArticleInput } from '../../../entities/articles/inputs.js'
import { ArticleNotFoundError, ConflictError } from '../../../lib/errors.js'
import { articleIdOf, articleRow, bodyHashOf, checkArticle } from '../../inputs.js'
import type { Database } from '../connection.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { statements } from '../tables/statements.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'

export function articleInput (db: Database, id: string): ArticleInput {
  const input = createBodyOf(db, BODIES.article, id)
  if (input === undefined) throw new ArticleNotFoundError(id)
  return input
}

const citing = (db: Database, id: string) =>
  db.select({ n: count() }).from(statements).where(eq(statements.articleId, id)).get()?.n ?? 0

/** Stores the article, or replaces all of it (see checkArticle). */
export function saveArticle (db: Database, input: ArticleInput, actor: string, existingId?: string): string {
  const bodyHash = bodyHashOf(input.body)
  const id = articleIdOf(input, bodyHash, existingId)
  const twin = db.select({ id: articles.id }).from(articles).where(eq(articles.bodyHash, bodyHash)).get()?.id
  const existingBody = db.select({ body: articles.body }).from(articles).where(eq(articles.id, id)).get()?.body
  checkArticle(id, input, existingId === undefined, { twin, existingBody, citing: existingBody === undefined || existingBody === input.body ? 0 : citing(db, id) })
  const row = articleRow(input, bodyHash, actor)
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
