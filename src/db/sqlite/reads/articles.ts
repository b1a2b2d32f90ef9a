import { ARTICLE_SORTS, type Article } from '../../../entities/articles/schemas.js'
import { chooseSort, storedInstant } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { ArticleList } from '../../../storage/storage.js'
import { get, rows, LISTS, type Database } from '../connection.js'
import { checkedWhere, scanWhere, unbounded } from '../read-budget.js'
import { cachedSearch } from '../search-cache.js'
import { keyset, LIMIT, limitOf, pageOf, pageOrder, Where, type SortKeys } from '../../list.js'
import { ftsMatch, rankingWindow, snippet } from './search.js'
import { ARTICLE_AT, toArticle } from '../../records.js'

const { ID, PUBLISHED, UPDATED_AT, RANK, HIT } = ARTICLE_AT

/**
 * Everything an article shows, from `a` (articles; the body's hash is bookkeeping, not data);
 * `toArticle` reads them in this order, then the hit's rank, row and snippet (null when not searching).
 */
const ARTICLE_COLUMNS = 'a.id, a.title, a.publisher, a.language, a.published, a.url, a.body, a.enriched_fields, a.created_at, a.updated_at, a.updated_by'

/** Articles by id, in the order given (missing ids are skipped). */
export function getArticles (db: Database, ids: readonly string[]): Article[] {
  if (ids.length === 0) return []
  const found = new Map(rows(db, `select ${ARTICLE_COLUMNS}, null, null, null from articles a where a.id in (select value from json_each(?))`, [JSON.stringify(ids)])
    .map((row) => [row[ID] as string, toArticle(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

const SORTS: Record<typeof ARTICLE_SORTS[number], SortKeys> = {
  published: { key: 'a.published', tiebreak: 'a.id', at: [PUBLISHED, ID], page: ['a.published', 'a.id'] },
  updatedAt: { key: 'a.updated_at', tiebreak: 'a.id', at: [UPDATED_AT, ID], page: ['a.updated_at', 'a.id'] },
  relevance: { key: '(articles_fts.rank + 0)', tiebreak: 'articles_fts.rowid', at: [RANK, HIT], page: ['page.rank', 'page.hit'] }
}

/** A page of articles by publication date (then id) unless sorted otherwise; the same plan as listStatements. */
export function listArticles (db: Database, query: ArticleList): Page<Article> {
  const { q } = query
  const order = chooseSort(query.sort, q, 'published', ARTICLE_SORTS)
  const match = ftsMatch(q)
  const limit = limitOf(query.limit)
  if (q !== undefined || query.count === true) unbounded(db.$client)
  const run = (): Page<Article> => {
    const where = new Where(LISTS)
      .anyOf('a.language', query.language)
      .ifGiven('a.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
    const from = q === undefined ? 'from articles a' : 'from articles_fts join articles a on a.rowid = articles_fts.rowid'
    if (match !== undefined) where.add('articles_fts match ?', match)
    const alias = q === undefined ? 'a' : 'articles_fts'
    const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n ${from} ${checkedWhere(where, alias)}`, where.params)?.n ?? 0 : undefined
    if (order.name === 'relevance') rankingWindow(db, 'articles_fts', from, where)
    const sort = SORTS[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const ranked = order.name === 'relevance'
    const found = rows(db, `select ${ARTICLE_COLUMNS}, ${ranked ? 'page.rank, page.hit' : 'null, null'}, ${q === undefined ? 'null' : snippet('articles_fts')}
      from (select a.rowid as r${ranked ? ', articles_fts.rank as rank, articles_fts.rowid as hit' : ''} ${from} ${q === undefined ? scanWhere(db.$client, where, 'a', limit + 1) : checkedWhere(where, alias)} ${orderBy} ${LIMIT}) as page
      cross join articles a on a.rowid = page.r
      ${q === undefined ? '' : 'cross join articles_fts on articles_fts.rowid = a.rowid where articles_fts match ? and within_read_budget(a.rowid)'}
      ${pageOrder(sort, order)}`,
    [...where.params, limit + 1, ...(match === undefined ? [] : [match])])
    const page = pageOf(found, limit, sort, order)
    return { data: page.rows.map(toArticle), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
  }
  return q === undefined ? run() : cachedSearch(db, `articles ${JSON.stringify(query)}`, run)
}
