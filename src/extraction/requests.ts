import type { SentenceContext } from './attribution.js'
import type { Cue } from './cues.js'
import { derived, verbLemma } from './lexicon.js'
import { tokenize, type Token } from './mentions.js'
import { foldSameLength } from './text.js'

/** Most words of the person or body asked (`urged the Senate Appropriations Committee to …`). */
const ADDRESSEE_WORDS = 6
/** Fewest words of what was requested or asked, its marker included (`to act now`). */
const MIN_CLAUSE_WORDS = 3

/** The lexicon's words for requests and questions, folded once per lexicon. */
const askingWords = derived((lexicon) => {
  const folded = (words: string[] | undefined): Set<string> => new Set((words ?? []).map(foldSameLength))
  const { infinitiveMarkers, negations, addresseePrepositions, questionComplementizers } = lexicon.data
  return { markers: folded(infinitiveMarkers), negations: folded(negations), addressing: folded(addresseePrepositions), questionWords: folded(questionComplementizers) }
})

const isWord = (t: Token): boolean => /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(t.text)

/**
 * Where a reported request or question starts, after the verb and whom it addresses, or null:
 * `urged colleagues to hold the line` (a request verb, an addressee, an infinitive marker: the
 * request starts at the marker), `asked the solicitor general whether any president had…` (a
 * question verb, any addressee, a question word: the question starts after it). The addressee is
 * plain words, no punctuation, negation nor preposition, no clause of its own; a request needs one.
 */
export function requestOrQuestionStart (ctx: SentenceContext, cue: Cue): number | null {
  const { lexicon } = ctx
  const lemma = verbLemma(lexicon, cue.text)
  if (lemma === undefined) return null
  const request = (lexicon.data.requestVerbs ?? []).includes(lemma)
  const question = (lexicon.data.questionVerbs ?? []).includes(lemma)
  if (!request && !question) return null
  const tokens = tokenize(ctx.body, cue.end, ctx.sentence.end)
  const { markers, negations, addressing, questionWords } = askingWords(lexicon)
  for (let k = 0; k <= ADDRESSEE_WORDS && k < tokens.length; k++) {
    const token = tokens[k] as Token
    const rest = tokens.length - k
    if (request && markers.has(token.folded) && k > 0 && rest >= MIN_CLAUSE_WORDS) return token.start
    if (question && questionWords.has(token.folded) && rest > MIN_CLAUSE_WORDS) return (tokens[k + 1] as Token).start
    // (`asked not to be named`: a request about how they are quoted, no one asked to do anything;
    // `asked for help if …`: a preposition makes the words after the verb no addressee, and `if` a
    // condition, unless it is one that introduces the addressee: `a demandé à la ministre si …`)
    const preposition = lexicon.prepositions.has(token.folded) && !lexicon.genitives.has(token.folded) && !markers.has(token.folded) && !addressing.has(token.folded)
    if (!isWord(token) || negations.has(token.folded) || preposition || lexicon.complementizer.test(' ' + token.text) || lexicon.conjunctions.has(token.folded)) return null
  }
  return null
}
