import { fileURLToPath } from 'node:url'
import { KINDS, THRESHOLDS, exactMisses, runExtraction, score } from '../extraction/evaluate.js'
import { readGoldSet } from '../extraction/gold.js'
import { measureThroughput } from '../extraction/throughput.js'

/**
 * Scores the extractor on the gold sets of `test/fixtures/extraction/`: per language and kind,
 * precision, recall and F1 of quote spans at overlap ≥ 0.3 and ≥ 0.8, and speaker accuracy on the
 * spans matched at 0.3 (the Gender Gap Tracker protocol); then the seed article, then throughput.
 */
const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/extraction/${name}.json`, import.meta.url))
const pct = (value: number): string => (100 * value).toFixed(1).padStart(6)

const header = ['lang', 'kind', 'gold', 'pred', ...THRESHOLDS.flatMap((t) => [`P@${t}`, `R@${t}`, `F1@${t}`]), 'spk.acc']
console.log(header.map((h) => h.padStart(9)).join(''))
const allDocuments = []
for (const language of ['fr', 'en']) {
  const set = readGoldSet(fixture(language))
  allDocuments.push(...set.documents)
  const results = runExtraction(set.documents)
  for (const kind of KINDS) {
    const s = score(results, kind)
    const cells = THRESHOLDS.flatMap((t) => {
      const at = s.at[t] ?? { precision: 0, recall: 0, f1: 0 }
      return [pct(at.precision), pct(at.recall), pct(at.f1)]
    })
    console.log([language, kind, String(s.gold), String(s.predicted), ...cells, pct(s.speakerAccuracy)].map((c) => c.padStart(9)).join(''))
  }
}

const seed = runExtraction(readGoldSet(fixture('seed')).documents)[0]
if (seed !== undefined) {
  const misses = exactMisses(seed)
  const total = seed.document.statements.length
  console.log(`\nseed article ${seed.document.id}: ${total - misses.length}/${total} statements found with exact offsets, kind and speaker`)
  for (const miss of misses) console.log(`  missed: ${miss.kind} ${JSON.stringify(miss.text)} (${miss.speaker.name})`)
}

const bytes = allDocuments.reduce((n, d) => n + Buffer.byteLength(d.body, 'utf8'), 0)
const rate = measureThroughput(allDocuments.map((d) => ({ body: d.body, language: d.language, participants: d.participants })), 2)
console.log(`\nthroughput: ${(rate / 1e6).toFixed(2)} MB/s on one core (${allDocuments.length} gold texts, ${bytes} bytes a pass)`)
