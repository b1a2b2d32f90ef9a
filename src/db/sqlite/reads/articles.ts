import { ARTICLE_SORTS, type Article } from '../../../entities/articles/schemas.js'
import { chooseSort, storedInstant } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { ArticleList } from '../../../storage/storage.js'
import { all, get, type Database } from '../connection.js'
import { cachedSearch } from '../search-cache.js'
import { jsonList, keyset, limitOf, pageOf, pageOrder, Where, type SortKeys } from './list.js'
import { rankingWindow, searching, snippet, snippetHtml } from './search.js'

interface ArticleRow extends Omit<Article, 'enrichedFields' | 'snippet'> {
  enrichedFields: string
  snippet?: string
  rank?: number
  hit?: number
}

/** Everything an article shows, from `a` (articles); the body's hash is bookkeeping, not data. */
const ARTICLE_COLUMNS = `a.id, a.title, a.publisher, a.language, a.published, a.url, a.body, a.enriched_fields as enrichedFields,
  a.created_at as createdAt, a.updated_at as updatedAt, a.updated_by as updatedBy`

function toArticle ({ rank, hit, snippet, ...row }: ArticleRow): Article {
  return { ...row, enrichedFields: jsonList(row.enrichedFields), ...(snippet === undefined ? {} : { snippet: snippetHtml(snippet) }) }
}

/** Articles by id, in the order given (missing ids are skipped). */
export function getArticles (db: Database, ids: readonly string[]): Article[] {
  if (ids.length === 0) return []
  const rows = all<ArticleRow>(db, `select ${ARTICLE_COLUMNS} from articles a where a.id in (select value from json_each(?))`, [JSON.stringify(ids)])
  const found = new Map(rows.map((row) => [row.id, toArticle(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

const SORTS: Record<typeof ARTICLE_SORTS[number], SortKeys<ArticleRow>> = {
  published: { key: 'a.published', tiebreak: 'a.id', valueOf: (r) => r.published, tiebreakOf: (r) => r.id, page: ['a.published', 'a.id'] },
  updatedAt: { key: 'a.updated_at', tiebreak: 'a.id', valueOf: (r) => r.updatedAt, tiebreakOf: (r) => r.id, page: ['a.updated_at', 'a.id'] },
  relevance: {
    key: '(articles_fts.rank + 0)', tiebreak: 'articles_fts.rowid', valueOf: (r) => r.rank as number, tiebreakOf: (r) => r.hit as number, page: ['page.rank', 'page.hit']
  }
}

/** A page of articles by publication date (then id) unless sorted otherwise; the same plan as listStatements. */
export function listArticles (db: Database, query: ArticleList): Page<Article> {
  const { q } = query
  const order = chooseSort(query.sort, q, 'published', ARTICLE_SORTS)
  const limit = limitOf(query.limit)
  const run = (): Page<Article> => {
    const where = new Where()
      .anyOf('a.language', query.language)
      .ifGiven('a.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
    const from = q === undefined ? 'from articles a' : 'from articles_fts join articles a on a.rowid = articles_fts.rowid'
    if (q !== undefined) where.add('articles_fts match ?', q)
    const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n ${from} ${where.sql}`, where.params)?.n ?? 0 : undefined
    if (order.name === 'relevance') rankingWindow(db, 'articles_fts', from, where)
    const sort = SORTS[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const ranked = order.name === 'relevance'
    const rows = all<ArticleRow>(db, `select ${ARTICLE_COLUMNS}${ranked ? ', page.rank, page.hit' : ''}${q === undefined ? '' : `, ${snippet('articles_fts')} as snippet`}
      from (select a.rowid as r${ranked ? ', articles_fts.rank as rank, articles_fts.rowid as hit' : ''} ${from} ${where.sql} ${orderBy} limit ?) as page
      join articles a on a.rowid = page.r
      ${q === undefined ? '' : 'cross join articles_fts on articles_fts.rowid = a.rowid where articles_fts match ?'}
      ${pageOrder(sort, order)}`,
    [...where.params, limit + 1, ...(q === undefined ? [] : [q])])
    const page = pageOf(rows, limit, sort, order)
    return { data: page.rows.map(toArticle), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
  }
  return q === undefined ? run() : searching(q, () => cachedSearch(db, `articles ${JSON.stringify(query)}`, run))
}
