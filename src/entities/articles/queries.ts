import { count } from 'drizzle-orm'
import type { Database } from '../../db/connection.js'
import { idList, inIds, preparedQuery } from '../../db/prepared.js'
import { ArticleNotFoundError } from '../../lib/errors.js'
import { anyOf, chooseSort, runListing, since, type Listing } from '../../lib/listing.js'
import type { Page } from '../../lib/pagination.js'
import { byRelevance, ftsTable, hitColumns, joinSearch, rankedWindow, searchFilter, searching, withSnippets } from '../../lib/search.js'
import type { Article, ArticleQuery } from './schemas.js'
import { articles } from './table.js'

const articlesFts = ftsTable('articles_fts')

/** The stored row as the API shows it: the body's hash is bookkeeping, not data. */
function toArticle (row: typeof articles.$inferSelect): Article {
  const { bodyHash, ...article } = row
  return article
}

const articlesById = preparedQuery((db) => db.select().from(articles).where(inIds(articles.id)).prepare())

export function getArticle (db: Database, id: string): Article {
  const article = getArticles(db, [id])[0]
  if (article === undefined) throw new ArticleNotFoundError(id)
  return article
}

/** Articles by id, in the order given (missing ids are skipped): for embedding. */
export function getArticles (db: Database, ids: string[]): Article[] {
  if (ids.length === 0) return []
  const found = new Map(articlesById(db).all(idList(ids)).map((a) => [a.id, toArticle(a)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

export type ArticleFilter = Omit<ArticleQuery, 'fields' | 'format' | 'all'>

/** Articles by publication date (then id) unless sorted otherwise. */
export function listArticles (db: Database, filter: ArticleFilter): Page<Article> {
  const q = filter.q
  const select = () => joinSearch(db.select({ article: articles, ...hitColumns(articlesFts, q) }).from(articles), articlesFts, articles, q)
  type Row = ReturnType<ReturnType<typeof select>['all']>[number]
  const listing: Listing<Row> = {
    db,
    name: 'articles',
    cached: q !== undefined,
    sorts: {
      published: { expression: articles.published, valueOf: (r) => r.article.published },
      updatedAt: { expression: articles.updatedAt, valueOf: (r) => r.article.updatedAt },
      relevance: byRelevance(articlesFts)
    },
    id: articles.id,
    idOf: (r) => r.article.id,
    fetch: (where, orderBy, limit) => select().where(where).orderBy(...orderBy).limit(limit).prepare(),
    count: (where) => joinSearch(db.select({ n: count() }).from(articles), articlesFts, articles, q).where(where).prepare()
  }
  const filters = [
    searchFilter(articlesFts, q),
    anyOf('language', articles.language, filter.language),
    since(articles.updatedAt, filter.updatedSince, 'updatedSince')
  ]
  const sort = chooseSort(filter.sort, q, 'published')
  const page = searching(q, () => runListing(listing, [...filters, rankedWindow(db, articlesFts, q, sort)], { ...filter, sort }))
  const hits = withSnippets(db, articlesFts, articles, q, page.data, (r) => r.article.id)
  return { ...page, data: hits.map(({ article, snippet }) => snippet === null ? toArticle(article) : { ...toArticle(article), snippet }) }
}
