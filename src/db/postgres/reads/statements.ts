import { STATEMENT_SORTS, type Statement } from '../../../entities/statements/schemas.js'
import { chooseSort } from '../../../lib/list-query.js'
import type { Page } from '../../../lib/pagination.js'
import type { StatementList } from '../../../storage/storage.js'
import { statementFilters, type StatementScope } from '../../filters.js'
import { keyset, limitOf, pageOf, pageOrder, type SortKeys } from '../../list.js'
import { STATEMENT_AT, statementColumns, toStatement } from '../../records.js'
import { get, LISTS, rows, type Queryable } from '../connection.js'
import { cachedSearch, type SearchCache } from '../search-cache.js'
import { participantIdsFor } from './names.js'
import { headline, QUERY_TABLE, rankingWindow, type SearchDocument, tsquery, withSnippetEnds } from './search.js'

const { ID, UPDATED_AT, RANK, HIT } = STATEMENT_AT

/** Everything a statement shows, in the order of src/db/records.ts. */
const ALL = statementColumns()

/** Statements by id, in the order given (missing ids are skipped). */
export async function getStatements (db: Queryable, ids: readonly string[]): Promise<Statement[]> {
  if (ids.length === 0) return []
  const found = new Map((await rows(db, `select ${ALL}, null, null, null from statements s where s.id = any(?)`, [[...ids]]))
    .map((row) => [row[ID] as string, toStatement(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

const SORTS: Record<typeof STATEMENT_SORTS[number], SortKeys> = {
  id: { key: 's.id', tiebreak: 's.id', at: [ID, ID], page: ['s.id'] },
  updatedAt: { key: 's.updated_at', tiebreak: 's.id', at: [UPDATED_AT, ID], page: ['s.updated_at', 's.id'] },
  relevance: { key: '(-ts_rank_cd(s.search, tq))', tiebreak: 's.seq', at: [RANK, HIT], page: ['page.rank', 'page.hit'] }
}

/** The text a hit's snippet is taken from. */
const DOCUMENT: SearchDocument = { sql: 's.text', text: (row) => row[STATEMENT_AT.TEXT] as string }

/**
 * A page of statements: the plan of SQLite's listStatements (filtered, sorted and paged in an
 * inner query, the page's rows and their snippet in the outer one), searching the stored tsvector. A search's whole answer is kept until the data changes.
 */
export async function listStatements (db: Queryable, cache: SearchCache, query: StatementList, scope: StatementScope = {}): Promise<Page<Statement>> {
  const { q } = query
  const order = chooseSort(query.sort, q, 'id', STATEMENT_SORTS)
  const match = tsquery(q)
  const limit = limitOf(query.limit)
  const run = async (): Promise<Page<Statement>> => {
    const named = async (refs: readonly string[] | undefined) => refs === undefined ? undefined : await participantIdsFor(db, refs)
    const where = statementFilters(LISTS, query, scope, { speaker: await named(query.speaker), mentioned: await named(query.mentioned) })
    const from = match === undefined ? 'from statements s' : `from statements s ${QUERY_TABLE}`
    const fromParams = match === undefined ? [] : [match]
    if (match !== undefined) where.add('s.search @@ tq')
    const total = query.count === true ? (await get<{ n: number }>(db, `select count(*) as n ${from} ${where.sql}`, [...fromParams, ...where.params]))?.n ?? 0 : undefined
    const ranked = order.name === 'relevance'
    if (ranked) await rankingWindow(db, 's.seq', from, fromParams, where)
    const sort = SORTS[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const found = await rows(db, `select ${statementColumns(query.fields)}, ${ranked ? 'page.rank, page.hit' : 'null, null'},
        ${match === undefined ? 'null' : headline(DOCUMENT)}
      from (select s.id as r${ranked ? `, ${sort.key} as rank, s.seq as hit` : ''} ${from} ${where.sql} ${orderBy} limit ?) as page
      join statements s on s.id = page.r ${match === undefined ? '' : QUERY_TABLE}
      ${pageOrder(sort, order)}`,
    [...fromParams, ...where.params, limit + 1, ...fromParams])
    const page = pageOf(found, limit, sort, order)
    return { data: withSnippetEnds(page.rows, DOCUMENT).map(toStatement), nextCursor: page.nextCursor, ...(total === undefined ? {} : { total }) }
  }
  // One answer whatever the format asked (`json` is only a hint this engine does not take).
  return q === undefined ? await run() : await cachedSearch(cache, db, `statements ${JSON.stringify([{ ...query, json: undefined }, scope])}`, run)
}
