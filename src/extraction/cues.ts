import { derived, type Lexicon } from './lexicon.js'
import type { Quote } from './quotes.js'
import { alternation, foldSameLength, spanOf } from './text.js'
import type { TextSpan } from './types.js'

/**
 * A speech cue: a finite speech verb (`a déclaré`, `a-t-il averti`, `said`), a non-finite one that
 * borrows its subject from the main clause (`ajoutant`, `qualifiant`, `adding`), or a source
 * preposition (`selon`, `according to`). `pronoun` is the subject inverted into the verb (`-t-il`).
 */
export interface Cue extends TextSpan {
  form: 'finite' | 'nonFinite' | 'according'
  pronoun?: TextSpan
  /** Inside a quotation: only an attribution splitting that quote (`« …, a-t-il dit, … »`). */
  quoted: boolean
  /** A verb the lexicon does not know, taken for one from its place: it needs a subject to count. */
  guessed?: boolean
}

/** All cues in text order; overlapping matches keep the longest. */
export function findCues (body: string, lexicon: Lexicon, quotes: readonly Quote[]): Cue[] {
  const found: Cue[] = []
  const scan = (pattern: RegExp, form: Cue['form'], nounLike = false, guessed = false): void => {
    for (const match of body.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (nounLike && followsDeterminer(body, start, lexicon)) continue
      if (form === 'finite' && (passive(body, start, lexicon) || negated(body, start, lexicon) || afterDocument(body, start, lexicon))) continue
      const cue: Cue = { ...spanOf(body, start, end), form, quoted: false, ...(guessed ? { guessed } : {}) }
      const pro = match.indices?.groups?.['pro']
      if (pro !== undefined) cue.pronoun = spanOf(body, pro[0], pro[1])
      found.push(cue)
    }
  }
  // only bare present forms (`juge`, `estime`) can be nouns; `a jugé` cannot
  lexicon.finite.forEach((pattern, i) => scan(pattern, 'finite', i === 1))
  // `», glisse-t-elle`, `», a-t-il souri`: a verb with its subject inverted right after a quote is
  // its attribution, in the lexicon or not
  for (const pattern of lexicon.invertedAfterQuote) scan(pattern, 'finite')
  if (lexicon.auxiliaryInQuote !== null) scan(lexicon.auxiliaryInQuote, 'finite', false, true)
  scan(lexicon.nonFinite, 'nonFinite')
  scan(lexicon.according, 'according')
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const cues: Cue[] = []
  let q = 0
  for (const cue of found) {
    const last = cues[cues.length - 1]
    if (last !== undefined && cue.start < last.end) continue
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= cue.start) q++
    const quote = quotes[q]
    cue.quoted = quote !== undefined && quote.start < cue.start && cue.end <= quote.end
    if (cue.guessed === true && !cue.quoted) continue
    cues.push(cue)
  }
  return cues
}

/** The words in the `chars` characters before `start`, folded (the first may be cut). */
const wordsBefore = (body: string, start: number, chars: number): string[] =>
  body.slice(Math.max(0, start - chars), start).split(/\s+/).filter(Boolean).map(foldSameLength)

/** `Brandt was also asked about …`, `were told`: the subject is who was spoken to, not who spoke. */
function passive (body: string, start: number, lexicon: Lexicon): boolean {
  const auxiliaries = lexicon.data.passiveAuxiliaries ?? []
  if (auxiliaries.length === 0) return false
  const before = wordsBefore(body, start, 40)
  while (before.length > 0 && lexicon.adverbs.has(before.at(-1) as string) && !auxiliaries.includes(before.at(-1) as string)) before.pop()
  return auxiliaries.includes(before.at(-1) ?? '')
}

/** `Smith would not say whether …`: a verb denied reports nothing said. */
function negated (body: string, start: number, lexicon: Lexicon): boolean {
  const negations = lexicon.data.negations ?? []
  const before = wordsBefore(body, start, 24)
  // (`declined to say whether…`, `a refusé de dire si…`: a verb refused reports nothing said either)
  const refused = (lexicon.data.refusals ?? []).some((phrase) => {
    const words = foldSameLength(phrase).split(/\s+/)
    return before.slice(-words.length).join(' ') === words.join(' ')
  })
  return refused || negations.includes(before.at(-1) ?? '') || (lexicon.adverbs.has(before.at(-1) ?? '') && negations.includes(before.at(-2) ?? ''))
}

/** `in a statement posted on its website`: a participle right after a document describes it; no one speaks there. */
function afterDocument (body: string, start: number, lexicon: Lexicon): boolean {
  return (lexicon.data.documentWords ?? []).map(foldSameLength).includes(wordsBefore(body, start, 24).at(-1) ?? '')
}

const partitiveBefore = derived((lexicon) => new RegExp(`(?:^|[^\\p{L}])(?:${alternation((lexicon.data.partitives ?? []).map(foldSameLength)) || '(?!)'})\\s*$`, 'u'))

/** `le juge`, `l'estime`, `the says`: the verb form is a noun here. */
function followsDeterminer (body: string, start: number, lexicon: Lexicon): boolean {
  const before = /([\p{L}]+['’]?)\s*$/u.exec(body.slice(Math.max(0, start - 12), start))
  // (`The other said that…`, `L'autre a affirmé`: a partitive standing for a person is a subject)
  return before?.[1] !== undefined && lexicon.determiners.has(foldSameLength(before[1])) &&
    !partitiveBefore(lexicon).test(foldSameLength(body.slice(Math.max(0, start - 24), start)))
}
