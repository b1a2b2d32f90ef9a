import { LANGUAGES, lexiconFor } from './lexicon.js'
import { foldSameLength } from './text.js'
import type { Language } from './types.js'

/** Guesses the language by counting each lexicon's commonest words; the first lexicon's (English) on a tie. */
export function detectLanguage (body: string): Language {
  const tokens = foldSameLength(body.slice(0, 20_000)).match(/\p{L}+/gu) ?? []
  let best = LANGUAGES[0] as Language
  let bestScore = -1
  for (const language of LANGUAGES) {
    const stopwords = lexiconFor(language).stopwords
    const score = tokens.reduce((n, token) => n + (stopwords.has(token) ? 1 : 0), 0)
    if (score > bestScore) { best = language; bestScore = score }
  }
  return best
}
