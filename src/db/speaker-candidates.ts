// What both engines read before extracting statements from an article: the names in it that could
// be speakers, looked up a batch at a time, so that only those participants are loaded.
import { candidateNames } from '../extraction/extract.js'
import type { Language } from '../extraction/types.js'

/** Names per look-up: each is a phrase of one full-text query. */
const NAMES_PER_QUERY = 200

/** The article's language, when the extractor has a lexicon for it. */
export const extractionLanguage = (language: string): Language | undefined =>
  language === 'fr' || language === 'en' ? language : undefined

/** The article's candidate speaker names, in batches of one name look-up each. */
export function candidateBatches (body: string, language: Language | undefined): string[][] {
  const names = candidateNames(body, language)
  const batches: string[][] = []
  for (let i = 0; i < names.length; i += NAMES_PER_QUERY) batches.push(names.slice(i, i + NAMES_PER_QUERY))
  return batches
}
