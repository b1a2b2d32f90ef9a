import { lexiconFor, type Lexicon } from './lexicon.js'
import { quoteAt, type Quote } from './quotes.js'
import { foldSameLength, trimSpan } from './text.js'
import type { Language, Span } from './types.js'

// building a segmenter costs more than segmenting an article
const segmenters: Partial<Record<Language, Intl.Segmenter>> = {}

/**
 * The segmenter's sentences, one line at a time: a line break always ends a sentence for it, and
 * iterating the segments of a whole long article takes time quadratic in its length (V8's
 * `Intl.Segmenter`: 3 s for 200 kB, against a few milliseconds line by line).
 */
function * segmentsByLine (segmenter: Intl.Segmenter, body: string): Generator<{ index: number, segment: string }> {
  for (const line of body.matchAll(/[^\n]*\n|[^\n]+$/g)) {
    for (const { index, segment } of segmenter.segment(line[0])) yield { index: line.index + index, segment }
  }
}

/** Characters enough to hold the longest abbreviation and its full stop. */
const ABBREVIATION_TAIL = 24

/**
 * Where to look for an abbreviation ending a segment: its last few words, from a space, not the whole
 * sentence so far (a sentence glued over a long quotation made that quadratic).
 */
function tailStart (body: string, start: number, end: number): number {
  return end - start <= ABBREVIATION_TAIL ? start : Math.max(start, body.lastIndexOf(' ', end - ABBREVIATION_TAIL))
}

/**
 * `… sur le réseau social X. Le texte…`: a capital and a full stop before a function word end a sentence; before a name they are an initial (`J. Smith`).
 * Before an opening quotation mark they end one too (`Shah wrote on X. "That's not a slogan"`): no name is written in marks after its initial.
 */
function opensSentence (segment: string, lexicon: Lexicon): boolean {
  if (/^\s*[«"“„]\s*\p{Lu}/u.test(segment)) return true
  const first = /^\s*(\p{Lu}[\p{L}]*)/u.exec(segment)?.[1]
  if (first === undefined) return false
  const word = foldSameLength(first)
  return lexicon.determiners.has(word) || lexicon.stopwords.has(word) || lexicon.pronounGender.has(word)
}

/** Most words of a sentence that is only an attribution (`Sen. Jane Roe asked.`). */
const ATTRIBUTION_WORDS = 8

/**
 * `"Where was the oversight?" Smith asked.`: after a question or an exclamation in marks, a short
 * sentence of capitalised words then a speech verb is its attribution.
 */
function attributionOnly (body: string, last: Span, segment: string, lexicon: Lexicon): boolean {
  if (!/[?!]["”»]\s*$/.test(body.slice(last.start, last.end))) return false
  // (the segmenter may have cut after a title: `Sen.` then `Jane Roe asked.`)
  const line = /^[^\n]*/.exec(body.slice(last.end))?.[0] ?? segment
  const verb = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(\p{Ll}+)/u.exec(line)?.[1]
  return segment.trim().split(/\s+/).length <= ATTRIBUTION_WORDS && verb !== undefined && lexicon.data.verbs.some((v) => v.present.includes(verb))
}

/**
 * Sentences from `Intl.Segmenter`, then glued back where it cut too eagerly: inside a quotation
 * (`« Phrase. Autre phrase », a-t-il dit`), after a title or an initial (`M. Kim`, `J. Smith`), or
 * before a lowercase continuation; a closing mark cut off after a full stop goes back to its sentence.
 */
export function splitSentences (body: string, language: Language, quotes: readonly Quote[]): Span[] {
  const segmenter = segmenters[language] ??= new Intl.Segmenter(language, { granularity: 'sentence' })
  const lexicon = lexiconFor(language)
  const spans: Span[] = []
  for (const { index, segment } of segmentsByLine(segmenter, body)) {
    const span = { start: index, end: index + segment.length }
    const last = spans[spans.length - 1]
    // `… deux semaines. » Les contrôles…`: the closing mark ends the sentence before it
    const closing = /^\s*[»”"]/.exec(segment)
    if (last !== undefined && closing !== null && /[.!?…]\s*$/.test(body.slice(last.start, index)) && /^\s*[»”"]\s+\p{Lu}/u.test(segment)) {
      last.end = index + closing[0].length
      spans.push({ start: last.end, end: span.end })
      continue
    }
    const glue = last !== undefined && (
      quoteAt(quotes, index) !== undefined || attributionOnly(body, last, segment, lexicon) ||
      (lexicon.abbreviation.test(body.slice(tailStart(body, last.start, index), index)) && !opensSentence(segment, lexicon)) ||
      /^\s*[\p{Ll},;»”]/u.test(segment)
    ) && !/\n\s*\n/.test(body.slice(last.end - 2, index))
    if (glue) last.end = span.end
    else spans.push(span)
  }
  return spans.map((s) => trimSpan(body, s)).filter((s) => s.end > s.start)
}
