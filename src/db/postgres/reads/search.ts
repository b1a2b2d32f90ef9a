import { parseSearch, toTsquery, type SearchNode } from '../../../lib/search-query.js'
import { RANKED_MATCHES } from '../../../lib/search-syntax.js'
import type { Row, Where } from '../../list.js'
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../records.js'
import { get, type Queryable } from '../connection.js'
import { wordsApart, wordsApartText } from '../tables/columns.js'

/**
 * The tsquery text for `q`, undefined without one. A malformed `q` is refused here, as a 400 that
 * names it, before any SQL runs (the same parser as SQLite's FTS5 expression).
 */
export function tsquery (q: string | undefined): string | undefined {
  return q === undefined ? undefined : toTsquery(parseSearch(q))
}

/** Every word given must begin a word of the document: `kim jong` finds `Kim Jong Un`. */
export function prefixQuery (words: readonly string[]): string {
  const node: SearchNode = { type: 'and', operands: words.map((word) => ({ type: 'phrase', tokens: [word], prefix: true })) }
  return toTsquery(node)
}

/** The query as a table (`tq`) the list's FROM joins: its one parameter comes first. */
export const QUERY_TABLE = "cross join to_tsquery('news_search', ?) as tq"

/**
 * Keeps a relevance ranking to the RANKED_MATCHES most recently added matches that pass every
 * filter (as SQLite does: see its search.ts): the lowest `seq` among them bounds the ranking.
 * Adds nothing when fewer match.
 */
export async function rankingWindow (db: Queryable, seq: string, from: string, fromParams: unknown[], where: Where): Promise<void> {
  const floor = await get<{ seq: number }>(db, `select ${seq} as seq ${from} ${where.sql} order by ${seq} desc limit 1 offset ?`,
    [...fromParams, ...where.params, RANKED_MATCHES - 1])
  if (floor !== undefined) where.add(`${seq} >= ?`, floor.seq)
}

/** The text of a record that search matches and headlines: as SQL for ts_headline, and from a row of the page. */
export interface SearchDocument { sql: string, text: (row: Row) => string }

/**
 * The best-matching passage of a hit, from the text of `document`, with the private match markers
 * of src/db/records.ts (STX, ETX); computed on the page's rows only. A word with an apostrophe
 * inside (`l'accord`) is one match, as FTS5 marks it, not two. The text is read with its words
 * apart, as the stored document was (a hyphenated word would otherwise count as three words, and
 * the passage end sooner than SQLite's); withSnippetEnds puts the hyphens back.
 */
export const headline = (document: SearchDocument) => `regexp_replace(ts_headline('news_search', ${wordsApart(document.sql)}, tq,
  'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=1, MaxWords=16, MinWords=6, ShortWord=0, FragmentDelimiter=…'),
  chr(3) || '([''’])' || chr(2), '\\1', 'g')`

const WORDLESS = /^[^\p{L}\p{N}]*$/u

/**
 * ts_headline begins and ends its passage on a word, where SQLite's snippet() keeps the text's own
 * beginning and end (a closing quote, a full stop) and shows a cut with '…': a page's passages get
 * the same ends, so that a client sees alike snippets on both engines. The passage is the row's
 * last column.
 */
export function withSnippetEnds (rows: Row[], document: SearchDocument): Row[] {
  return rows.map((row) => {
    const spaced = row.at(-1)
    if (typeof spaced !== 'string') return row
    const text = document.text(row)
    const plain = spaced.replaceAll(SNIPPET_OPEN, '').replaceAll(SNIPPET_CLOSE, '')
    const at = plain === '' ? -1 : wordsApartText(text).indexOf(plain)
    if (at === -1) return row
    const passage = withTextOf(spaced, text, at)
    const before = text.slice(0, at)
    const after = text.slice(at + plain.length)
    return [...row.slice(0, -1), (WORDLESS.test(before) ? before : '…') + passage + (WORDLESS.test(after) ? after : '…')]
  })
}

/** The marked passage with the text's own characters (its separators back), the passage's text starting at `at`. */
function withTextOf (passage: string, text: string, at: number): string {
  let next = at
  let restored = ''
  for (const unit of passage) restored += unit === SNIPPET_OPEN || unit === SNIPPET_CLOSE ? unit : text.slice(next, next += unit.length)
  return restored
}
