import { ARTICLE_SORTS, type Article } from '../../../entities/articles/schemas.js'
import { chooseSort, storedInstant } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { ArticleList } from '../../../storage/storage.js'
import { keyset, limitOf, pageOf, pageOrder, Where, type SortKeys } from '../../list.js'
import { ARTICLE_AT, toArticle } from '../../records.js'
import { get, LISTS, rows, type Queryable } from '../connection.js'
import { cachedSearch, type SearchCache } from '../search-cache.js'
import { headline, QUERY_TABLE, rankingWindow, type SearchDocument, tsquery, withSnippetEnds } from './search.js'

const { ID, PUBLISHED, UPDATED_AT, RANK, HIT } = ARTICLE_AT

/** Everything an article shows, in the order of src/db/records.ts (the body's hash is bookkeeping, not data). */
const ARTICLE_COLUMNS = 'a.id, a.title, a.publisher, a.language, a.published, a.url, a.body, a.enriched_fields, a.created_at, a.updated_at, a.updated_by'

/** Articles by id, in the order given (missing ids are skipped). */
export async function getArticles (db: Queryable, ids: readonly string[]): Promise<Article[]> {
  if (ids.length === 0) return []
  const found = new Map((await rows(db, `select ${ARTICLE_COLUMNS}, null, null, null from articles a where a.id = any(?)`, [[...ids]]))
    .map((row) => [row[ID] as string, toArticle(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

// Relevance: ts_rank_cd, best first, as an ascending key (like bm25), ties by insertion order.
const SORTS: Record<typeof ARTICLE_SORTS[number], SortKeys> = {
  published: { key: 'a.published', tiebreak: 'a.id', at: [PUBLISHED, ID], page: ['a.published', 'a.id'] },
  updatedAt: { key: 'a.updated_at', tiebreak: 'a.id', at: [UPDATED_AT, ID], page: ['a.updated_at', 'a.id'] },
  relevance: { key: '(-ts_rank_cd(a.search, tq))', tiebreak: 'a.seq', at: [RANK, HIT], page: ['page.rank', 'page.hit'] }
}

/** A page of articles by publication date (then id) unless sorted otherwise; the same plan as listStatements. */
/** The text a hit's snippet is taken from. */
const DOCUMENT: SearchDocument = { sql: "a.title || ' ' || a.body", text: (row) => `${row[ARTICLE_AT.TITLE] as string} ${row[ARTICLE_AT.BODY] as string}` }

export async function listArticles (db: Queryable, cache: SearchCache, query: ArticleList): Promise<Page<Article>> {
  const { q } = query
  const order = chooseSort(query.sort, q, 'published', ARTICLE_SORTS)
  const match = tsquery(q)
  const limit = limitOf(query.limit)
  const run = async (): Promise<Page<Article>> => {
    const where = new Where(LISTS)
      .anyOf('a.language', query.language)
      .ifGiven('a.updated_at >= ?', storedInstant(query.updatedSince, 'updatedSince'))
    const from = match === undefined ? 'from articles a' : `from articles a ${QUERY_TABLE}`
    const fromParams = match === undefined ? [] : [match]
    if (match !== undefined) where.add('a.search @@ tq')
    const total = query.count === true ? (await get<{ n: number }>(db, `select count(*) as n ${from} ${where.sql}`, [...fromParams, ...where.params]))?.n ?? 0 : undefined
    const ranked = order.name === 'relevance'
    if (ranked) await rankingWindow(db, 'a.seq', from, fromParams, where)
    const sort = SORTS[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const found = await rows(db, `select ${ARTICLE_COLUMNS}, ${ranked ? 'page.rank, page.hit' : 'null, null'},
        ${match === undefined ? 'null' : headline(DOCUMENT)}
      from (select a.id as r${ranked ? `, ${sort.key} as rank, a.seq as hit` : ''} ${from} ${where.sql} ${orderBy} limit ?) as page
      join articles a on a.id = page.r ${match === undefined ? '' : QUERY_TABLE}
      ${pageOrder(sort, order)}`,
    [...fromParams, ...where.params, limit + 1, ...fromParams])
    const page = pageOf(found, limit, sort, order)
    return { data: withSnippetEnds(page.rows, DOCUMENT).map(toArticle), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
  }
  return q === undefined ? await run() : await cachedSearch(cache, db, `articles ${JSON.stringify(query)}`, run)
}
