/**
 * The extractors read a paragraph as the text between blank lines: a quotation never runs past one, a
 * live blog's section or a title stands between them. Copy taken from web pages often ends each
 * paragraph with a single line break instead. A text whose lone line breaks mostly end a sentence or
 * come before a capital is written that way (a hard-wrapped text breaks its lines anywhere): each of
 * its lone line breaks gets a second one, and the offsets found in that text are mapped back. A
 * hard-wrapped text with blank lines between its paragraphs has each lone line break read as a space.
 */
import { spanOf } from './text.js'
import type { TextSpan } from './types.js'

export interface Paragraphed {
  body: string
  /** The original offset of an offset in `body`. */
  toOriginal: (offset: number) => number
}

/** A lone line break: no other one before or after it, spaces aside. */
const LONE_BREAK = /(?<!\n[^\S\n]*)\n(?![^\S\n]*\n)/g
/** The end of a sentence before a line break: its mark, then closing quotation marks or brackets. */
const SENTENCE_END = /[.!?…:;][»”"’)\]]*[^\S\n]*$/
/** What opens a paragraph: a capital, a figure (a time, `10:30 a.m.`), a quotation mark or a dash. */
const PARAGRAPH_OPENING = /^[^\S\n]*[\p{Lu}\p{N}«"“—–-]/u
/** Share of lone line breaks that must end a sentence or open a paragraph for the text to be written a paragraph a line. */
const PARAGRAPH_ENDS = 0.75
/** Most share of them that do in a hard-wrapped text, whose lines break wherever a line is full. */
const WRAPPED_ENDS = 0.5
/** Fewest lone line breaks that tell how a text is laid out. */
const MIN_BREAKS = 2

export function paragraphed (original: string): Paragraphed | null {
  // (`\r\n` line ends: the same length with a space for each `\r`, so that offsets stay)
  const body = original.replace(/\r\n/g, ' \n').replace(/\r/g, '\n')
  const unchanged = body === original ? null : { body, toOriginal: (offset: number) => offset }
  const breaks = [...body.matchAll(LONE_BREAK)].map((m) => m.index)
  if (breaks.length < MIN_BREAKS) return unchanged
  // (a title or a live blog's heading ends without a full stop, and a paragraph opens after it)
  const endsParagraph = (at: number): boolean => SENTENCE_END.test(body.slice(body.lastIndexOf('\n', at - 1) + 1, at)) ||
    PARAGRAPH_OPENING.test(body.slice(at + 1, at + 3))
  const ends = breaks.filter(endsParagraph).length
  // (a hard-wrapped text with blank lines between paragraphs: each line break inside one is a space)
  if (ends <= WRAPPED_ENDS * breaks.length && /\n[^\S\n]*\n/.test(body)) return { body: body.replace(LONE_BREAK, ' '), toOriginal: (offset) => offset }
  if (ends < PARAGRAPH_ENDS * breaks.length) return unchanged
  // `inserted[k]`: where, in the new text, the k-th added line break stands
  const inserted = breaks.map((at, k) => at + k + 1)
  let text = ''
  let from = 0
  for (const at of breaks) {
    text += body.slice(from, at + 1) + '\n'
    from = at + 1
  }
  text += body.slice(from)
  return {
    body: text,
    toOriginal: (offset) => {
      let low = 0
      let high = inserted.length
      while (low < high) {
        const mid = (low + high) >> 1
        if ((inserted[mid] as number) < offset) low = mid + 1
        else high = mid
      }
      return offset - low
    }
  }
}

/**
 * Runs `extract` on the text with a blank line between paragraphs when `body` ends them with a single
 * line break, and maps what it found back with `back` (given a function that maps one span).
 */
export function onParagraphs<T> (body: string, extract: (body: string) => T[], back: (found: T, span: (s: TextSpan) => TextSpan) => T): T[] {
  const layout = paragraphed(body)
  if (layout === null) return extract(body)
  const span = (s: TextSpan): TextSpan => spanOf(body, layout.toOriginal(s.start), layout.toOriginal(s.end))
  return extract(layout.body).map((found) => back(found, span))
}
