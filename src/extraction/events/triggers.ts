import { tokenize, type Token } from '../mentions.js'
import type { Span } from '../types.js'
import { wordsAt, type EventLexicon, type TriggerData, type TriggerForm } from './lexicon.js'

export interface Trigger extends Span {
  family: TriggerData
  /** Where the trigger word itself is, without its auxiliaries (`signé` in `a signé`). */
  head: Span
  verb: boolean
  /** `a été arrêté`, `was arrested`: the subject is acted upon. */
  passive: boolean
  /** `n'a pas signé`, `did not sign`: no event, nor is its object (`l'accord`). */
  negated: boolean
}

/** A match's score (`2-1`, `24–19`), not a year's span (`2026-27`). */
const SCORE = /(?<![\p{N}/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\p{N}/.-])/u

/** Punctuation that ends the clause a negation is read in (`no, arrests followed` negates nothing). */
const CLAUSE_BREAK = /[,;:()«»"“”]/u

const isWord = (t: Token | undefined): t is Token => t !== undefined && /[\p{L}\p{N}]/u.test(t.text)

/**
 * Trigger words of `sentence`: every form of the lexicon's families, longest first, with the
 * auxiliaries written before a verb form (`a signé`, `ont été arrêtés`, `has been appointed`).
 * A negated verb (`n'a pas signé`, `did not sign`) or noun (`no arrests`) is kept, marked, so that its object goes with it.
 */
export function findTriggers (body: string, sentence: Span, lexicon: EventLexicon): Trigger[] {
  const tokens = tokenize(body, sentence.start, sentence.end).filter(isWord)
  const folded = new Set(tokens.map((t) => t.folded))
  const found: Trigger[] = []
  const named = wordsOfNames(tokens, lexicon)
  // (`les hommes du RAID`: a word in capitals among lowercase words is an acronym, a name, unless the lexicon writes it so: `IPO`)
  const shouting = tokens.every((t) => !/\p{Ll}/u.test(t.text))
  const scored = SCORE.test(body.slice(sentence.start, sentence.end))
  for (let i = 0; i < tokens.length; i++) {
    if (named.has(i)) continue
    const candidates = lexicon.forms.get((tokens[i] as Token).folded)
    if (candidates === undefined) continue
    const capitals = !shouting && isAcronym((tokens[i] as Token).text)
    const lowercase = /^\p{Ll}/u.test((tokens[i] as Token).text)
    const fits = candidates.filter((f) => (!capitals || f.acronym) && (f.family.lowercase !== true || lowercase) &&
      wordsAt(tokens, i, f.words) &&
      (f.family.near === undefined || f.family.near.some((n) => folded.has(n)) || (scored && f.family.nearScore === true)) &&
      !(f.family.unlessNear?.some((n) => folded.has(n)) ?? false))
    // accents folded away for unaccented copy, but as written they choose: `rencontré` is the verb
    const written = (f: TriggerForm): boolean => f.exact.every((w, k) => tokens[i + k]?.text.toLowerCase().replace(/’/g, "'") === w)
    // (a family that names an event only alone gives way to any other on the same words: `announced assistance` is aid)
    const others = fits.filter((f) => f.family.sole !== true)
    const pool = others.length > 0 ? others : fits
    const longest = pool[0]?.words.length
    const form = pool.find((f) => f.words.length === longest && written(f)) ?? pool[0]
    if (form === undefined || figurative(tokens, i + form.words.length, form.family.unlessObject)) continue
    // (`the NSW Court of Criminal Appeal`: a verb's form too, capitalised inside a sentence)
    if (!form.acronym && opensName(body, sentence, tokens[i] as Token, lexicon)) continue
    if (form.verb && form.family.transitive === true && tokens[i + form.words.length] === undefined) continue
    const last = tokens[i + form.words.length - 1] as Token
    const head = { start: (tokens[i] as Token).start, end: last.end }
    let start = head.start
    let passive = false
    let negative = false
    if (form.verb) {
      const auxiliary = auxiliaryBefore(tokens, i, lexicon)
      // (`seront en grève`, `will be on strike`: a form opening on a preposition is a state its subject is in, no passive)
      if (auxiliary !== null) { start = (tokens[auxiliary.index] as Token).start; passive = auxiliary.passive && !lexicon.placePrepositions.has(form.words[0] ?? '') }
      // (`was arrested and charged`: a participle joined to a passive one shares its auxiliary)
      const joined = found.at(-1)
      if (auxiliary === null && joined !== undefined && joined.verb && joined.passive && i >= 2 && lexicon.comitatives.has((tokens[i - 1] as Token).folded) && (tokens[i - 2] as Token).end === joined.end) passive = true
      negative = negated(body, tokens, auxiliary?.index ?? i, i + form.words.length, lexicon)
    } else {
      // (`No arrests had been made`: a noun after a negation names an event that did not happen)
      const previous = tokens[i - 1]
      negative = previous !== undefined && lexicon.negations.has(previous.folded) && !CLAUSE_BREAK.test(body.slice(previous.end, head.start))
    }
    found.push({ start, end: head.end, head, family: form.family, verb: form.verb, passive, negated: negative })
    i += form.words.length - 1
  }
  // (a family that names an event only alone: `will open a campus …, announced`, but `announced a strike` is the strike's)
  return found.every((t) => t.family.sole === true) ? found : found.filter((t) => t.family.sole !== true)
}

/**
 * `du Rassemblement national`, `en Conseil des ministres`, `La Réunion`: where nouns are written in
 * lower case (lexicon `lowercaseNouns`), an event noun capitalised right after a word opens a name;
 * after a sentence's start, a colon, a dash or a quote mark it is only the first word.
 */
function opensName (body: string, sentence: Span, token: Token, lexicon: EventLexicon): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false
  const previous = tokenize(body, sentence.start, token.start).at(-1)
  if (lexicon.data.lowercaseNouns === true) return previous !== undefined && isWord(previous)
  // (`the Teamsters Canada Rail Conference`, `the Election Commission of India`: where names are capitalised word by word,
  // an event noun written so beside another capitalised word, in a sentence written in lower case, is a word of a name)
  const next = tokenize(body, token.end, sentence.end)[0]
  const capitalised = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\s+$/u.test(t.start < token.start ? body.slice(t.end, token.start) : body.slice(token.end, t.start))
  const words = tokenize(body, sentence.start, sentence.end).filter(isWord)
  const titleCase = words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > words.length
  return !titleCase && previous !== undefined && isWord(previous) && (capitalised(previous) || capitalised(next))
}

/** Words after a form that say it is no event (`to meet the terms`): the family's `unlessObject`. */
const OBJECT_WINDOW = 4
const figurative = (tokens: readonly Token[], after: number, words: readonly string[] | undefined): boolean =>
  words !== undefined && tokens.slice(after, after + OBJECT_WINDOW).some((t) => words.includes(t.folded))

const isAcronym = (word: string): boolean => word.length > 1 && /^\p{Lu}+$/u.test(word)

/** Indexes of the tokens inside a name that holds no trigger (lexicon `notTriggers`: `chargé d'affaires`). */
function wordsOfNames (tokens: readonly Token[], lexicon: EventLexicon): Set<number> {
  const inside = new Set<number>()
  for (const name of lexicon.notTriggers) {
    for (let i = 0; i + name.length <= tokens.length; i++) {
      if (wordsAt(tokens, i, name)) for (let k = 0; k < name.length; k++) inside.add(i + k)
    }
  }
  return inside
}

/** A lowercase word with an adverb's ending and a stem before it (`provisionally`, not `fly`). */
function adverbByEnding (token: Token, lexicon: EventLexicon): boolean {
  return /^\p{Ll}/u.test(token.text) && lexicon.adverbEndings.some((e) => token.folded.length > e.length + 3 && token.folded.endsWith(e))
}

/** The auxiliary sequence ending right before token `i`, adverbs allowed in between. */
function auxiliaryBefore (tokens: readonly Token[], i: number, lexicon: EventLexicon): { index: number, passive: boolean } | null {
  let end = i
  // how many words before `at` are an adverb (`également`, `à nouveau`) or a negation
  const skipped = (at: number): number => {
    const one = (tokens[at - 1] as Token).folded
    if (lexicon.adverbs.has(one) || lexicon.negations.has(one) || adverbByEnding(tokens[at - 1] as Token, lexicon)) return 1
    return at > 1 && lexicon.adverbs.has(`${(tokens[at - 2] as Token).folded} ${one}`) ? 2 : 0
  }
  for (let n = end > 0 ? skipped(end) : 0; n > 0; n = end > 0 ? skipped(end) : 0) end -= n
  // folded for unaccented copy, but an accent written where the auxiliary has none is another word (`à` is not `a`)
  const accented = (t: Token): boolean => t.text.toLowerCase().replace(/’/g, "'") !== t.folded
  for (const { words, exact, passive } of lexicon.auxiliaries) {
    const from = end - words.length
    if (from < 0) continue
    if (words.every((w, k) => (tokens[from + k] as Token).folded === w && !(accented(tokens[from + k] as Token) && exact[k] === w))) return { index: from, passive }
  }
  return null
}

/**
 * A negation among the two words before the trigger (with its auxiliary) or right after it (`ne
 * signe pas`), in its own clause: `qui n'était pas invitée, a dénoncé` denounces.
 */
function negated (body: string, tokens: readonly Token[], from: number, to: number, lexicon: EventLexicon): boolean {
  const start = (tokens[from] as Token).start
  const before = [tokens[from - 1], tokens[from - 2]].filter((t) => t !== undefined && !CLAUSE_BREAK.test(body.slice(t.end, start)))
  const around = [...before, ...tokens.slice(from, to), tokens[to]]
  return around.some((t) => t !== undefined && lexicon.negations.has(t.folded))
}
