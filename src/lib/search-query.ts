import { InvalidParameterError } from './errors.js'

/**
 * The search language of `q`, parsed once into a tree that each engine writes in its own syntax
 * (`toFts5` for SQLite, `toTsquery` for PostgreSQL), so both accept exactly the same queries and
 * refuse the same ones with the same 400, before any SQL runs.
 *
 *   query   := or
 *   or      := and ('OR' and)*
 *   and     := not ('AND' not)*
 *   not     := seq ('NOT' seq)*          a NOT b NOT c = (a NOT b) NOT c
 *   seq     := primary primary*          side by side: all must match
 *   primary := word['*'] | '"' text '"'['*'] | '(' or ')'      at most MAX_DEPTH groups deep
 *
 * This is FTS5's precedence (OR < AND < NOT < words side by side), so a query FTS5 took means
 * what it meant: `a NOT b c` leaves out what has both b and c. Unlike FTS5, a parenthesised group
 * may stand beside a word (`a (b OR c)`). Operators are upper case; `or` is a word. NOT is binary,
 * as in FTS5: it leaves words out of what comes before it, so nothing can start with it.
 *
 * A word is cut into tokens as the SQLite tokenizer (unicode61) cuts text: runs of letters and
 * digits in any script, with the marks inside them; anything else separates them. A word with
 * punctuation inside (`l'accord`, `anti-missile`) is the phrase of its tokens, as FTS5 makes of a
 * quoted string; punctuation alone is skipped like a space. A `*` right after a word or a closing
 * quote makes its last token a prefix.
 *
 * Nothing else of FTS5's syntax: `:` (column filters), `^`, `+` outside quotes, `NEAR(…)` and a
 * word starting with `-` are refused, and so is a query with no word in it (punctuation alone).
 */
export type SearchNode =
  /** One token is a word; several must follow each other. */
  | { type: 'phrase', tokens: string[], prefix: boolean }
  | { type: 'and', operands: SearchNode[] }
  | { type: 'or', operands: SearchNode[] }
  /** What matches `keep` and not `drop`. */
  | { type: 'not', keep: SearchNode, drop: SearchNode }

/**
 * How deep parentheses may nest. FTS5's parser has a fixed stack: at each level the costliest
 * shape (`a OR b AND c NOT d (…)`) holds ten entries of it, and it overflows at ten such levels
 * (SQLite 3.53; test/search-query.test.ts runs the deepest query allowed).
 */
export const MAX_DEPTH = 8

type Operator = 'OR' | 'AND' | 'NOT'
type Lexeme =
  | { kind: 'phrase', node: SearchNode & { type: 'phrase' }, at: number }
  | { kind: Operator | '(' | ')' | 'end', at: number }

/** A token as unicode61 sees one: letters and digits in any script (and private use), with the marks after them. */
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{M}\p{Co}]*/gu
const SPACE = /[\s\p{Z}]/u
/** What ends an unquoted word. */
const WORD_END = /[\s\p{Z}"()*]/u
/** What may follow a prefix's `*`: it ends the word. */
const AFTER_STAR = /[\s\p{Z}"()]/u
const OPERATORS = new Set<string>(['OR', 'AND', 'NOT'])
/** FTS5 syntax that this language leaves out, and why, for the error. */
const NOT_SYNTAX: Record<string, string> = {
  ':': 'there are no column filters',
  '^': 'there is no start-of-field marker',
  '+': 'put the words in quotes for a phrase'
}

function invalid (reason: string): InvalidParameterError {
  return new InvalidParameterError('querystring', 'q', `is not a valid search: ${reason}`)
}

/** Cuts `q` into words, phrases, operators and parentheses; `at` is the 1-based character position. */
function lex (q: string): Lexeme[] {
  const lexemes: Lexeme[] = []
  // Positions count characters, not UTF-16 units.
  const position = (index: number) => Array.from(q.slice(0, index)).length + 1
  /** The `*` at `index`, if any, after a word or phrase of these tokens: whether there is one, and the index after it. */
  const star = (index: number, tokens: string[]): { prefix: boolean, next: number } => {
    if (q[index] !== '*') return { prefix: false, next: index }
    if (tokens.length === 0) throw invalid(`'*' at position ${position(index)} follows no letter or digit`)
    const next = index + 1
    if (q[next] === '*') throw invalid(`'*' at position ${position(next)} follows another '*' (one makes a prefix)`)
    if (next < q.length && !AFTER_STAR.test(q[next] as string)) {
      throw invalid(`'*' at position ${position(index)} only ends a word (a prefix search); it cannot stand inside one`)
    }
    return { prefix: true, next }
  }
  const phrase = (tokens: string[], prefix: boolean, at: number) => lexemes.push({ kind: 'phrase', node: { type: 'phrase', tokens, prefix }, at })

  let i = 0
  while (i < q.length) {
    const c = q[i] as string
    if (SPACE.test(c)) {
      i++
    } else if (c === '(' || c === ')') {
      lexemes.push({ kind: c, at: position(i) })
      i++
    } else if (c === '*') {
      throw invalid(`'*' at position ${position(i)} must directly follow a word or a closing quote (as in \`prefix*\`)`)
    } else if (c === '"') {
      const close = q.indexOf('"', i + 1)
      if (close === -1) throw invalid(`the quote at position ${position(i)} is never closed`)
      const tokens = q.slice(i + 1, close).match(TOKEN) ?? []
      const { prefix, next } = star(close + 1, tokens)
      if (tokens.length > 0) phrase(tokens, prefix, position(i))
      i = next
    } else {
      let end = i
      while (end < q.length && !WORD_END.test(q[end] as string)) end++
      const word = q.slice(i, end)
      const refused = /[:^+]/.exec(word)
      if (refused !== null) {
        throw invalid(`'${refused[0]}' at position ${position(i + refused.index)} is not part of the search syntax (${NOT_SYNTAX[refused[0]]})`)
      }
      if (OPERATORS.has(word)) {
        if (q[end] === '*') throw invalid(`'*' at position ${position(end)} follows the operator ${word}, not a word`)
        lexemes.push({ kind: word as Operator, at: position(i) })
        i = end
        continue
      }
      if (word === 'NEAR' && /^[\s\p{Z}]*\(/u.test(q.slice(end))) {
        throw invalid(`NEAR at position ${position(i)} is not part of the search syntax (there are no proximity groups)`)
      }
      const tokens = word.match(TOKEN) ?? []
      if (word.startsWith('-') && tokens.length > 0) {
        throw invalid(`'-' at position ${position(i)} does not leave words out: write \`a NOT b\``)
      }
      const { prefix, next } = star(end, tokens)
      if (tokens.length > 0) phrase(tokens, prefix, position(i))
      i = next
    }
  }
  lexemes.push({ kind: 'end', at: position(q.length) })
  return lexemes
}

/** The AND or OR of several operands, flattened (AND and OR are associative). */
function combine (type: 'and' | 'or', operands: SearchNode[]): SearchNode {
  const flat = operands.flatMap((node) => node.type === type ? node.operands : [node])
  return flat.length === 1 ? flat[0] as SearchNode : { type, operands: flat }
}

/**
 * Parses a search expression (see SearchNode), or throws the 400 that names `q` and says what is
 * wrong and where.
 */
export function parseSearch (q: string): SearchNode {
  const lexemes = lex(q)
  let next = 0
  let depth = 0
  const peek = () => lexemes[next] as Lexeme
  const take = () => lexemes[next++] as Lexeme
  const describe = (lexeme: Lexeme) => lexeme.kind === '(' ? `'(' at position ${lexeme.at}` : `${lexeme.kind} at position ${lexeme.at}`

  /** The error for a lexeme found where a word, a phrase or a group must be. */
  function missingOperand (found: Lexeme): InvalidParameterError {
    const before = next > 1 ? lexemes[next - 2] : undefined
    if (found.kind === 'NOT') {
      return invalid(`NOT at position ${found.at} has no word before it: NOT is binary (\`a NOT b\` finds a without b), ` +
        'so it cannot start a search or a group, nor follow OR or AND')
    }
    if (found.kind === 'end' && before === undefined) return invalid('it has no word (letters or digits) to search for')
    if (found.kind === 'end' && before?.kind === '(') return invalid(`the parenthesis at position ${before.at} is never closed`)
    if (found.kind === 'end' || (found.kind === ')' && before !== undefined && before.kind !== '(')) {
      return invalid(`${describe(before as Lexeme)} has no word after it`)
    }
    if (found.kind === ')') return before === undefined ? invalid(`')' at position ${found.at} closes no parenthesis`) : invalid(`the parentheses at position ${before.at} hold no word`)
    if (before === undefined || before.kind === '(') return invalid(`${found.kind} at position ${found.at} has no word before it`)
    return invalid(`${found.kind} at position ${found.at} follows ${describe(before)} with no word between them`)
  }

  function primary (): SearchNode {
    const lexeme = take()
    if (lexeme.kind === 'phrase') return lexeme.node
    if (lexeme.kind !== '(') throw missingOperand(lexeme)
    if (++depth > MAX_DEPTH) throw invalid(`the parenthesis at position ${lexeme.at} nests too deep (parentheses nest at most ${MAX_DEPTH} deep)`)
    const inner = or()
    const close = take()
    if (close.kind !== ')') throw invalid(`the parenthesis at position ${lexeme.at} is never closed`)
    depth--
    return inner
  }
  function seq (): SearchNode {
    const operands = [primary()]
    while (peek().kind === 'phrase' || peek().kind === '(') operands.push(primary())
    return combine('and', operands)
  }
  function not (): SearchNode {
    let node = seq()
    while (peek().kind === 'NOT') {
      take()
      node = { type: 'not', keep: node, drop: seq() }
    }
    return node
  }
  function binary (type: 'and' | 'or', operator: Operator, operand: () => SearchNode): SearchNode {
    const operands = [operand()]
    while (peek().kind === operator) {
      take()
      operands.push(operand())
    }
    return combine(type, operands)
  }
  const and = () => binary('and', 'AND', not)
  function or (): SearchNode { return binary('or', 'OR', and) }

  const tree = or()
  const rest = take()
  if (rest.kind === ')') throw invalid(`')' at position ${rest.at} closes no parenthesis`)
  return tree
}

/**
 * How one engine writes a tree: its phrase, its operators, how tightly each node binds (higher
 * binds tighter) and how tightly NOT's right side must bind to stand without parentheses. AND
 * and OR are flattened, so their operands are never of their own kind.
 */
interface Syntax {
  phrase: (node: SearchNode & { type: 'phrase' }) => string
  operator: Record<'and' | 'or' | 'not', string>
  binds: (node: SearchNode) => number
  dropBinds: number
}

/** Writes a node, in parentheses if it binds less tightly than `context` needs: only where they are needed. */
function write (syntax: Syntax, node: SearchNode, context = 0): string {
  const binds = syntax.binds(node)
  let text: string
  switch (node.type) {
    case 'phrase': text = syntax.phrase(node); break
    case 'and':
    case 'or': text = node.operands.map((operand) => write(syntax, operand, binds)).join(syntax.operator[node.type]); break
    case 'not': text = `${write(syntax, node.keep, binds)}${syntax.operator.not}${write(syntax, node.drop, syntax.dropBinds)}`
  }
  return binds < context ? `(${text})` : text
}

const FTS5: Syntax = {
  phrase: ({ tokens, prefix }) => `"${tokens.join(' ').replaceAll('"', '""')}"${prefix ? ' *' : ''}`,
  operator: { and: ' AND ', or: ' OR ', not: ' NOT ' },
  // FTS5: OR, then AND, then NOT (left-associative: `a NOT (b NOT c)` keeps its parentheses).
  binds: (node) => ({ or: 1, and: 2, not: 3, phrase: 9 })[node.type],
  dropBinds: 4
}

/**
 * The FTS5 MATCH expression: every phrase quoted (so no word is ever read as an FTS5 keyword or
 * column), a prefix as `"abc" *`, explicit AND, and parentheses only where FTS5's precedence needs
 * them (each level of them costs FTS5's parser stack, see MAX_DEPTH).
 */
export function toFts5 (node: SearchNode): string {
  return write(FTS5, node)
}

/** A lexeme as to_tsquery reads it: single-quoted, quotes doubled and backslashes escaped. */
const quoted = (token: string) => `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`

const TSQUERY: Syntax = {
  phrase: ({ tokens, prefix }) => tokens.map((token, i) => `${quoted(token)}${prefix && i === tokens.length - 1 ? ':*' : ''}`).join(' <-> '),
  operator: { and: ' & ', or: ' | ', not: ' & !' },
  // PostgreSQL: |, then &, then <->, then !; NOT is `keep & !drop`, so `!` needs a single lexeme or parentheses.
  binds: (node) => node.type === 'phrase' ? (node.tokens.length === 1 ? 9 : 3) : ({ or: 1, and: 2, not: 2 })[node.type],
  dropBinds: 4
}

/**
 * The text for PostgreSQL's `to_tsquery(<config>, $1)`: `&`, `|`, `& !` for NOT, `<->` between
 * the tokens of a phrase, `:*` on a prefix, each lexeme quoted; the configuration folds case and
 * accents as it did for the documents.
 */
export function toTsquery (node: SearchNode): string {
  return write(TSQUERY, node)
}
