import { and, asc, eq } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { ArticleNotFoundError } from '../../lib/errors.js'
import { keysetPage, type Page } from '../../lib/pagination.js'
import type { Article, ArticleFilter } from './schemas.js'
import { articles } from './table.js'

export function getArticle (db: Database, id: string): Article {
  const row = db.select().from(articles).where(eq(articles.id, id)).get()
  if (!row) throw new ArticleNotFoundError(id)
  return row
}

/** Articles by publication date (then id). */
export function listArticles (db: Database, filter: ArticleFilter): Page<Article> {
  const language = filter.language === undefined ? undefined : eq(articles.language, filter.language)
  return keysetPage(filter, [articles.published, articles.id], (r: Article) => [r.published, r.id],
    (after, limit) => db.select().from(articles)
      .where(and(language, after))
      .orderBy(asc(articles.published), asc(articles.id))
      .limit(limit).all())
}
