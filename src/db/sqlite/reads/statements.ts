import { STATEMENT_SORTS, type Statement } from '../../../entities/statements/schemas.js'
import { chooseSort } from '../../../lib/list-query.js'
import { statementFilters, type StatementScope } from '../../filters.js'
import type { Page } from '../../../lib/pagination.js'
import type { StatementList, StatementPage } from '../../../storage/storage.js'
import { get, rows, LISTS, type Database } from '../connection.js'
import { checkedWhere, scanWhere, unbounded } from '../read-budget.js'
import { cachedSearch } from '../search-cache.js'
import { keyset, LIMIT, limitOf, pageOf, pageOrder, serializedRow, servesJson, type SortKeys } from '../../list.js'
import { participantIdsFor } from './names.js'
import { ftsMatch, rankingWindow, snippet } from './search.js'
import { STATEMENT_AT, statementColumns, toStatement } from '../../records.js'

const { ID, UPDATED_AT, RANK, HIT } = STATEMENT_AT

/** Everything a statement shows (records.ts). */
const ALL = statementColumns()

/**
 * The record toStatement builds (records.ts), written as JSON by SQLite, in the order of its
 * schema: a page of whole records in JSON then builds no objects only to serialise them (~15 % of
 * a page's CPU time). test/serialized-pages.test.ts holds the two equal.
 */
const STATEMENT_JSON = `json_object('id', s.id, 'text', s.text, 'kind', s.kind, 'language', s.language, 'cue', s.cue,
  'audience', s.audience, 'relayedBy', s.relayed_by, 'speaker', json_object('id', s.speaker_id, 'name', s.speaker_name),
  'event', json_object('id', s.event_id, 'title', s.event_title), 'mentions', json(coalesce(s.mentions, '[]')),
  'source', json_object('article', s.article_id, 'start', s."start", 'end', s."end"), 'origin', s.origin,
  'confidence', s.confidence, 'createdAt', s.created_at, 'updatedAt', s.updated_at, 'updatedBy', s.updated_by)`

/** Statements by id, in the order given (missing ids are skipped). */
export function getStatements (db: Database, ids: readonly string[]): Statement[] {
  if (ids.length === 0) return []
  const found = new Map(rows(db, `select ${ALL} from statements s
    where s.id in (select value from json_each(?))`, [JSON.stringify(ids)]).map((row) => [row[ID] as string, toStatement(row)]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

/** Sorts of a statement list, in the inner query (`s`, the search index) and in the page (`page`). */
const SORTS: Record<typeof STATEMENT_SORTS[number], SortKeys> = {
  id: { key: 's.id', tiebreak: 's.id', at: [ID, ID], page: ['s.id'] },
  updatedAt: { key: 's.updated_at', tiebreak: 's.id', at: [UPDATED_AT, ID], page: ['s.updated_at', 's.id'] },
  // bm25, most relevant first, sorted as an expression (`rank + 0`): FTS5's own rank order scores
  // every match whatever bounds the query puts on the rowid (see rankingWindow).
  relevance: { key: '(statements_fts.rank + 0)', tiebreak: 'statements_fts.rowid', at: [RANK, HIT], page: ['page.rank', 'page.hit'] }
}

/**
 * A page of statements: filtered, sorted and paged (keyset) in an inner query that reads only
 * what it needs (an index, or the search index alone for a search by relevance), then the page's
 * rows, which hold the names they show (records.ts), and, when searching, their snippet, in the
 * same query.
 * A search's whole answer is kept until the data changes (search-cache.ts).
 * Whole records in JSON (`json`, no search, nothing embedded) come serialised by SQLite.
 */
export function listStatements (db: Database, query: StatementList & { json?: false }, scope?: StatementScope): Page<Statement>
export function listStatements (db: Database, query: StatementList, scope?: StatementScope): StatementPage
export function listStatements (db: Database, { json, ...query }: StatementList, scope: StatementScope = {}): StatementPage {
  const { q } = query
  const serialized = servesJson(json, query)
  const order = chooseSort(query.sort, q, 'id', STATEMENT_SORTS)
  const match = ftsMatch(q)
  const limit = limitOf(query.limit)
  if (q !== undefined || query.count === true) unbounded(db.$client)
  const run = (): StatementPage => {
    const named = (refs: readonly string[] | undefined) => refs === undefined ? undefined : participantIdsFor(db, refs)
    const where = statementFilters(LISTS, query, scope, { speaker: named(query.speaker), mentioned: named(query.mentioned) })
    // A search by relevance with no other filter ranks the search index alone, without reading statements.
    const indexOnly = q !== undefined && order.name === 'relevance' && where.clauses.length === 0
    const from = q === undefined
      ? 'from statements s'
      : indexOnly ? 'from statements_fts' : 'from statements_fts join statements s on s.rowid = statements_fts.rowid'
    if (match !== undefined) where.add('statements_fts match ?', match)
    // Rows are checked by their rowid, the search index's when searching (the same as the statement's);
    // not when the search index alone is counted: that takes ~0.03 µs a match, the check twice that.
    const alias = q === undefined ? 's' : 'statements_fts'
    const total = query.count === true ? get<{ n: number }>(db, `select count(*) as n ${from} ${indexOnly ? where.sql : checkedWhere(where, alias)}`, where.params)?.n ?? 0 : undefined
    if (order.name === 'relevance') rankingWindow(db, 'statements_fts', from, where)
    const sort = SORTS[order.name]
    const orderBy = keyset(where, sort, order, query.cursor)
    const ranked = order.name === 'relevance'
    const row = serialized ? serializedRow(STATEMENT_JSON, sort) : undefined
    const columns = row?.columns ??
      `${statementColumns(query.fields)}, ${ranked ? 'page.rank, page.hit' : 'null, null'}, ${q === undefined ? 'null' : snippet('statements_fts')}`
    const found = rows(db, `select ${columns}
      from (select ${indexOnly ? 'statements_fts.rowid' : 's.rowid'} as r${ranked ? ', statements_fts.rank as rank, statements_fts.rowid as hit' : ''}
        ${from} ${q === undefined ? scanWhere(db.$client, where, 's', limit + 1) : checkedWhere(where, alias)} ${orderBy} ${LIMIT}) as page
      cross join statements s on s.rowid = page.r
      ${q === undefined ? '' : 'cross join statements_fts on statements_fts.rowid = s.rowid where statements_fts match ? and within_read_budget(s.rowid)'}
      ${pageOrder(sort, order)}`,
    [...where.params, limit + 1, ...(match === undefined ? [] : [match])])
    const counted = total === undefined ? {} : { total }
    if (row !== undefined) {
      const page = pageOf(found, limit, row.keys, order)
      return { json: page.rows.map((row) => row[0] as string), nextCursor: page.nextCursor, ...counted }
    }
    const page = pageOf(found, limit, sort, order)
    return { data: page.rows.map(toStatement), nextCursor: page.nextCursor, ...counted }
  }
  return q === undefined ? run() : cachedSearch(db, `statements ${JSON.stringify([query, scope])}`, run)
}
