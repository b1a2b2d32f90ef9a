import { count, eq } from 'drizzle-orm'
import type { ArticleInput } from '../../../entities/articles/inputs.js'
import { ArticleNotFoundError, ConflictError } from '../../../lib/errors.js'
import { articleIdOf, articleRow, bodyHashOf, checkArticle } from '../../inputs.js'
import type { Tx } from '../connection.js'
import { BODIES, createBodyOf } from '../reads/create-bodies.js'
import { articles } from '../tables/articles.js'
import { NOW } from '../tables/columns.js'
import { statements } from '../tables/statements.js'

export async function articleInput (tx: Tx, id: string): Promise<ArticleInput> {
  const input = await createBodyOf(tx.client, BODIES.article, id)
  if (input === undefined) throw new ArticleNotFoundError(id)
  return input
}

const citing = async (tx: Tx, id: string) =>
  (await tx.orm.select({ n: count() }).from(statements).where(eq(statements.articleId, id)))[0]?.n ?? 0

/** Stores the article, or replaces all of it (see checkArticle). */
export async function saveArticle (tx: Tx, input: ArticleInput, actor: string, existingId?: string): Promise<string> {
  const bodyHash = bodyHashOf(input.body)
  const id = articleIdOf(input, bodyHash, existingId)
  const [twin] = await tx.orm.select({ id: articles.id }).from(articles).where(eq(articles.bodyHash, bodyHash))
  const [existing] = await tx.orm.select({ body: articles.body }).from(articles).where(eq(articles.id, id))
  checkArticle(id, input, existingId === undefined, {
    ...(twin === undefined ? {} : { twin: twin.id }),
    ...(existing === undefined ? {} : { existingBody: existing.body }),
    citing: existing === undefined || existing.body === input.body ? 0 : await citing(tx, id)
  })
  const row = articleRow(input, bodyHash, actor)
  if (existingId === undefined) await tx.orm.insert(articles).values({ id, ...row })
  else await tx.orm.update(articles).set({ ...row, updatedAt: NOW }).where(eq(articles.id, id))
  return id
}

/** Deletes an article; one cited by statements is kept (409) unless `cascade`, which deletes them too. */
export async function deleteArticle (tx: Tx, id: string, cascade: boolean): Promise<void> {
  await articleInput(tx, id)
  const cited = await citing(tx, id)
  if (cited > 0 && !cascade) throw new ConflictError(`Article '${id}' is the source of ${cited} statement(s); delete with ?cascade=true to delete them too`)
  if (cited > 0) await tx.orm.delete(statements).where(eq(statements.articleId, id))
  await tx.orm.delete(articles).where(eq(articles.id, id))
}
