import type { Span } from './types.js'
import { firstFrom } from './text.js'

/** A pair of quotation marks: `start`/`end` include the marks, `content` is what they enclose. */
export interface Quote extends Span {
  content: Span
}

const CLOSERS: Record<string, string> = { '«': '»', '“': '”', '„': '“”', '‘': '’', '‹': '›', '"': '"' }
const isLetter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char)
const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char)

/**
 * The outermost quotations of a text, paired with a stack so that nested quotes (`« … “non” … »`)
 * stay inside their parent. `’` between letters is an apostrophe (`l’accord`, `O’Brien`), never a
 * closing mark; a straight `"` opens before a word and closes after one. Blank lines reset the
 * stack: a quote never spans paragraphs here, so one unpaired mark cannot swallow the article; a
 * sentence opened by a mark left open at the end of its paragraph, when the next paragraph opens
 * with a mark again, is a quote of its own (the press convention for a quote over paragraphs).
 */
export function findQuotes (body: string): Quote[] {
  const quotes: Quote[] = []
  let stack: Array<{ mark: string, at: number }> = []
  let paragraph = 0
  const close = (depth: number, at: number): void => {
    const open = stack[depth]
    if (open === undefined) return
    stack = stack.slice(0, depth)
    if (depth === 0 && at > open.at + 1) quotes.push({ start: open.at, end: at + 1, content: { start: open.at + 1, end: at } })
  }
  const openerOf = (char: string): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (CLOSERS[stack[i]?.mark ?? '']?.includes(char)) return i
    return -1
  }
  // (`"A. "B," he said.` where the paragraphs between were lost: a double mark opening while the
  // same mark is open, after a sentence's end, closes nothing but leaves the open one a quote of its own)
  const openAgain = (mark: string, at: number): void => {
    const open = stack[0]
    const inside = open === undefined ? '' : body.slice(open.at + 1, at)
    const end = /[.!?][^\S\n]+$/.exec(inside)
    if (stack.length === 1 && open?.mark === mark && end !== null && end.index > 0) {
      quotes.push({ start: open.at, end: open.at + 1 + end.index + 1, content: { start: open.at + 1, end: open.at + 1 + end.index + 1 } })
      stack = []
    }
    stack.push({ mark, at })
  }
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string
    if (char === '\n' && /^\n\s*\n/.test(body.slice(i, i + 4))) {
      const open = stack[0]
      // a quotation running over paragraphs leaves each one open and opens the next again
      // (`"The American people… ¶ "Every member…," Johnson said`, or `"A," he said. "B… ¶ "C."`): each
      // paragraph is a quote; the first may open after the paragraph's first sentences (`Me Ferracci a
      // plaidé. « A, a-t-il dit. ¶ « B »`), or be the last mark opened in the paragraph, left open
      const before = body.slice(paragraph, open?.at ?? paragraph)
      if (open !== undefined && /^\s*["“«‘]/.test(body.slice(i, i + 8)) && i > open.at + 1 &&
        (/(?:^|[.!?:]["”»]?)\s*$/.test(before) || (stack.length === 1 && /[.!?]\s*$/.test(body.slice(open.at, i))))) {
        // (`…border. \r\n`: the quotation ends with its last character, not the spaces after it)
        let end = i
        while (end > open.at + 1 && isSpace(body[end - 1])) end--
        quotes.push({ start: open.at, end, content: { start: open.at + 1, end } })
      }
      stack = []
      paragraph = i + 1
      continue
    }
    const before = body[i - 1]
    const after = body[i + 1]
    if (char === '"') {
      const top = stack.length - 1
      if (stack[top]?.mark === '"' && !isSpace(before)) close(top, i)
      else if (!isSpace(after)) openAgain(char, i)
      else if (stack[top]?.mark === '"') close(top, i)
    } else if (char === '’') {
      if (isLetter(before) && isLetter(after)) continue
      const depth = openerOf(char)
      if (depth >= 0) close(depth, i)
    } else if (char === '“' && stack[stack.length - 1]?.mark === '„') {
      close(stack.length - 1, i)
    } else if (char === '“') {
      openAgain(char, i)
    } else if (char in CLOSERS) {
      stack.push({ mark: char, at: i })
    } else if (char === '»' || char === '”' || char === '›') {
      const depth = openerOf(char)
      if (depth >= 0) close(depth, i)
    }
  }
  return quotes.sort((a, b) => a.start - b.start)
}

/** The quotation around `offset`; `quotes` in text order, as `findQuotes` gives them (a binary search: sentences ask for each of theirs). */
export function quoteAt (quotes: readonly Quote[], offset: number): Quote | undefined {
  const before = quotes[firstFrom(quotes, offset) - 1]
  return before !== undefined && offset < before.end ? before : undefined
}
