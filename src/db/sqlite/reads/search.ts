import { InvalidParameterError } from '../../../lib/errors.js'
import { RANKED_MATCHES } from '../../../lib/search-syntax.js'
import { get, type Database } from '../connection.js'
import type { Where } from './list.js'

/** SQLITE_ERRORs that are never the search expression's fault. */
const NOT_THE_EXPRESSION = /^no such (table|function|module)\b/

/**
 * Runs queries that use an FTS5 MATCH, turning a malformed search expression (an unbalanced
 * quote, a stray operator, an unknown column filter) into a 400 that names `q`.
 */
export function searching<T> (q: string | undefined, run: () => T): T {
  if (q === undefined) return run()
  try {
    return run()
  } catch (err) {
    const { code, message } = err as { code?: string, message: string }
    // A missing table is ours, not the expression's: a 500 that says nothing of it, not a 400 that names it.
    if (code === 'SQLITE_ERROR' && !NOT_THE_EXPRESSION.test(message)) {
      throw new InvalidParameterError('querystring', 'q', `is not a valid search expression (${message})`)
    }
    throw err
  }
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
