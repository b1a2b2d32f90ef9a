import type { Span, TextSpan } from './types.js'

/**
 * Lowercases and strips accents one code unit at a time, so that offsets in the folded text are
 * offsets in the original (`fold()` from lib may change lengths: `œ` → `oe`).
 */
export function foldSameLength (value: string): string {
  // ASCII, the bulk of any text, needs no normalisation
  if (!/[^ -~\s]/.test(value)) return value.toLowerCase()
  let out = ''
  for (const char of value) {
    if (char.charCodeAt(0) < 128) { out += char.toLowerCase(); continue }
    if (char === '’') { out += "'"; continue }
    const base = char.normalize('NFD')[0] ?? char
    const lower = base.toLowerCase()
    out += lower.length === char.length ? lower : char
  }
  return out
}

/** The index of the first span of `sorted` (in text order) that starts at or after `offset`: a binary search. */
export function firstFrom (sorted: readonly Span[], offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((sorted[mid] as Span).start < offset) low = mid + 1
    else high = mid
  }
  return low
}

export function spanOf (body: string, start: number, end: number): TextSpan {
  return { start, end, text: body.slice(start, end) }
}

/** Narrows a span so that it has no surrounding white space (and optionally trailing characters). */
export function trimSpan (body: string, span: Span, trailing = ''): Span {
  let { start, end } = span
  while (start < end && /\s/.test(body[start] ?? '')) start++
  while (end > start && (/\s/.test(body[end - 1] ?? '') || trailing.includes(body[end - 1] ?? '\0'))) end--
  return { start, end }
}

export function escapeRegExp (value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+')
}

/** An alternation that prefers longer entries, so `a déclaré` wins over `a`. */
export function alternation (values: Iterable<string>): string {
  return [...new Set(values)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
}

/** Not inside a word; an elided article or `qu’` may precede (`d’annoncer`, `l’Union`). */
export const BEFORE_WORD = "(?<![\\p{L}\\p{N}-])(?<!\\p{L}{3}['’])"
export const AFTER_WORD = '(?![\\p{L}\\p{N}])'

export function isUpper (char: string | undefined): boolean {
  return char !== undefined && /\p{Lu}/u.test(char)
}
