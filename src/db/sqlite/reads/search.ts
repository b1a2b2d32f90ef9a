import { parseSearch, toFts5 } from '../../../lib/search-query.js'
import { RANKED_MATCHES } from '../../../lib/search-syntax.js'
import { get, type Database } from '../connection.js'
import { OFFSET, type Where } from '../../list.js'
import { checkedWhere } from '../read-budget.js'
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../records.js'

/**
 * The FTS5 MATCH expression for `q`, undefined without one. A malformed `q` is refused here, as a
 * 400 that names it, before any SQL runs; what comes out is always a well-formed expression.
 */
export function ftsMatch (q: string | undefined): string | undefined {
  return q === undefined ? undefined : toFts5(parseSearch(q))
}

/**
 * Keeps a relevance ranking to the RANKED_MATCHES most recently added matches that pass every
 * filter in `where` (`from` joins what they need): the lowest rowid among them bounds the FTS scan
 * (FTS5 skips the rows below it), so a common word costs a bounded amount, and a quiet filter's
 * older matches are still all ranked. Adds nothing when fewer match.
 */
export function rankingWindow (db: Database, fts: string, from: string, where: Where): void {
  const floor = get<{ rowid: number }>(db, `select ${fts}.rowid as rowid ${from} ${checkedWhere(where, fts)} order by ${fts}.rowid desc limit 1 ${OFFSET}`,
    [...where.params, RANKED_MATCHES - 1])
  if (floor !== undefined) where.add(`${fts}.rowid >= ?`, floor.rowid)
}

/** The best-matching passage of a hit, with private match markers (see `snippetHtml`). */
export const snippet = (fts: string) => `snippet(${fts}, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 16)`
