import fc from 'fast-check'
import t from 'tap'
import { extractStatements } from '../src/extraction/extract.js'
import { extractEvents } from '../src/extraction/events/extract.js'
import { readEventGold } from '../src/extraction/events/gold.js'

// Property test of both extractors on generated copy: sentences of the events dev set, recombined
// across articles and broken up with the punctuation real copy puts between names and clauses
// (brackets, acronyms, appositions, relative pronouns, quote marks, dashes, paragraph breaks).
// Extraction never throws (a throw is a 500 for `?extract=true` and a stopped `npm run ingest`), and
// every slice it answers is the text it says. EXTRACTION_FUZZ_SEED replays a run (printed on
// failure); EXTRACTION_FUZZ_RUNS sets the number of articles per language.

const SEED = Number(process.env.EXTRACTION_FUZZ_SEED ?? 20261205)
const RUNS = Number(process.env.EXTRACTION_FUZZ_RUNS ?? 400)

t.setTimeout(Math.max(120_000, RUNS * 2_000))

const docs = readEventGold(new URL('fixtures/events/dev.json', import.meta.url).pathname)

/** What copy writes between words: the inserts that stress the parsers' clause and name boundaries. */
const INSERTS: Record<'fr' | 'en', readonly string[]> = {
  en: [' (RSF),', ' (ABC)', ', who', ', which', ' who', "'s", ', the', ' and', ' after', ' when', ',', ' (', ')', ' "', '" ', ' —', ':', ';', '.', '\n\n', ' 24-19', ' at least 12', ' Mr', ' President'],
  fr: [' (FSR),', ' (ABC)', ', qui', ', dont', ' qui', " l'", ', la', ' et', ' après', ' lorsque', ',', ' (', ')', ' «', '» ', ' —', ' :', ';', '.', '\n\n', ' 2-1', ' au moins douze', ' M.', ' le président']
}

function sentencesOf (language: 'fr' | 'en'): string[] {
  return docs.filter((d) => d.language === language).flatMap((d) => d.body.split(/(?<=[.!?»"])\s+/u)).filter((s) => s.trim() !== '')
}

/** An article of a few sentences of the set, words broken up at random places by the inserts. */
function article (language: 'fr' | 'en', sentences: readonly string[]): fc.Arbitrary<string> {
  const insert = fc.record({ at: fc.nat(), text: fc.constantFrom(...INSERTS[language]) })
  return fc.record({ picked: fc.array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 6 }), inserts: fc.array(insert, { maxLength: 8 }) })
    .map(({ picked, inserts }) => {
      let body = picked.join(' ')
      for (const { at, text } of inserts) {
        const spaces = [...body.matchAll(/\s/gu)].map((m) => m.index)
        const where = spaces.length === 0 ? body.length : spaces[at % spaces.length] as number
        body = body.slice(0, where) + text + body.slice(where)
      }
      return body
    })
}

for (const language of ['en', 'fr'] as const) {
  t.test(`${language}: extraction of recombined, broken-up copy never throws and slices what it says`, async (t) => {
    const sentences = sentencesOf(language)
    t.ok(sentences.length > 100, 'sentences to recombine')
    fc.assert(fc.property(article(language, sentences), fc.boolean(), (body, titled) => {
      const title = titled ? body.split(/[.!?]/u)[0]?.slice(0, 80) : undefined
      for (const s of extractStatements({ body, language })) {
        if (body.slice(s.start, s.end) !== s.text) return false
      }
      for (const e of extractEvents({ body, language, published: '2026-03-04', title })) {
        if (e.trigger !== null && body.slice(e.trigger.start, e.trigger.end) !== e.trigger.text) return false
        if (e.participants.some((p) => p.mention !== null && (p.mention.start < 0 || p.mention.end > body.length || p.mention.start > p.mention.end))) return false
      }
      return true
    }), { seed: SEED, numRuns: RUNS })
  })
}
