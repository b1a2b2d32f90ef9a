import { parseSearch, toFts5 } from '../../../lib/search-query.js'
import { RANKED_MATCHES } from '../../../lib/search-syntax.js'
import { get, type Database } from '../connection.js'
import type { Where } from './list.js'

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
  const floor = get<{ rowid: number }>(db, `select ${fts}.rowid as rowid ${from} ${where.sql} order by ${fts}.rowid desc limit 1 offset ?`,
    [...where.params, RANKED_MATCHES - 1])
  if (floor !== undefined) where.add(`${fts}.rowid >= ?`, floor.rowid)
}

// Control characters that never occur in text mark the matches, so the text can be HTML-escaped
// before they become <mark> tags.
const OPEN = '\u0002'
const CLOSE = '\u0003'

/** The best-matching passage of a hit, with private match markers (see `snippetHtml`). */
export const snippet = (fts: string) => `snippet(${fts}, -1, '${OPEN}', '${CLOSE}', '…', 16)`

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** A snippet as safe HTML: the text escaped, the matched terms in <mark>…</mark>. */
export function snippetHtml (raw: string): string {
  return raw.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')
}
