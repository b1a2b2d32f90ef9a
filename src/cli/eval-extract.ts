import { fileURLToPath } from 'node:url'
import { KINDS, THRESHOLDS, exactMisses, quotedRecall, runExtraction, sameSpeaker, score, type DocumentResult } from '../extraction/evaluate.js'
import { readGoldSet, readMarkedSet, type GoldDocument } from '../extraction/gold.js'
import { measureThroughput } from '../extraction/throughput.js'

/**
 * Scores the extractor on the gold sets of `test/fixtures/extraction/`: per language and kind,
 * precision, recall and F1 of quote spans at overlap ≥ 0.3 and ≥ 0.8, and speaker accuracy on the
 * spans matched at 0.3 (the Gender Gap Tracker protocol); then the seed article, then throughput.
 * `--heldout` adds the held-out sets (look only once the rules are settled); `--misses` lists, for the wire dev sets, what was missed or misattributed.
 */
const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/extraction/${name}`, import.meta.url))
const pct = (value: number): string => (100 * value).toFixed(1).padStart(6)
const showMisses = process.argv.includes('--misses')

const header = ['set', 'kind', 'gold', 'pred', ...THRESHOLDS.flatMap((t) => [`P@${t}`, `R@${t}`, `F1@${t}`]), 'spk.acc']
console.log(header.map((h) => h.padStart(9)).join(''))
const allDocuments: GoldDocument[] = []

function report (name: string, results: DocumentResult[]): void {
  for (const kind of KINDS) {
    const s = score(results, kind)
    const cells = THRESHOLDS.flatMap((t) => {
      const at = s.at[t] ?? { precision: 0, recall: 0, f1: 0 }
      return [pct(at.precision), pct(at.recall), pct(at.f1)]
    })
    console.log([name, kind, String(s.gold), String(s.predicted), ...cells, pct(s.speakerAccuracy)].map((c) => c.padStart(9)).join(''))
  }
}

for (const language of ['fr', 'en']) {
  const set = readGoldSet(fixture(`${language}.json`))
  allDocuments.push(...set.documents)
  report(language, runExtraction(set.documents))
}

// the team's own wire-copy sets: `dev` is tuned on, `heldout` is not
const quoted: string[] = []
for (const part of process.argv.includes('--heldout') ? ['dev', 'heldout'] : ['dev']) {
  for (const language of ['fr', 'en']) {
    const set = readMarkedSet(fixture(`wire/${part}-${language}.txt`))
    allDocuments.push(...set.documents)
    const results = runExtraction(set.documents)
    report(`${part}-${language}`, results)
    const q = quotedRecall(results)
    quoted.push(`${part}-${language}: ${q.gold} quotes in marks, recall ${pct(q.extractor)} (bare regex ${pct(q.regex)})`)
    if (showMisses && part === 'dev') printMisses(results)
  }
}
console.log('\n' + quoted.join('\n'))

function printMisses (results: DocumentResult[]): void {
  for (const { document, predicted } of results) {
    for (const g of document.statements) {
      const best = predicted.map((p) => ({ p, o: Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start)) / Math.max(g.end - g.start, p.end - p.start) }))
        .sort((a, b) => b.o - a.o)[0]
      if (best === undefined || best.o < 0.3) console.log(`  MISS ${document.id} ${g.kind} [${g.speaker.name}] ${JSON.stringify(g.text.slice(0, 70))}`)
      else if (!sameSpeaker(g.speaker, best.p.speaker)) console.log(`  SPKR ${document.id} ${g.kind} [${g.speaker.name} ≠ ${best.p.speaker?.name ?? '∅'}] ${JSON.stringify(g.text.slice(0, 60))}`)
    }
    for (const p of predicted) {
      if (!document.statements.some((g) => Math.max(0, Math.min(g.end, p.end) - Math.max(g.start, p.start)) / Math.max(g.end - g.start, p.end - p.start) >= 0.3)) {
        console.log(`  EXTRA ${document.id} ${p.kind} [${p.speaker?.name ?? '∅'}] ${JSON.stringify(p.text.slice(0, 70))}`)
      }
    }
  }
}

const seed = runExtraction(readGoldSet(fixture('seed.json')).documents)[0]
if (seed !== undefined) {
  const misses = exactMisses(seed)
  const total = seed.document.statements.length
  console.log(`\nseed article ${seed.document.id}: ${total - misses.length}/${total} statements found with exact offsets, kind and speaker`)
  for (const miss of misses) console.log(`  missed: ${miss.kind} ${JSON.stringify(miss.text)} (${miss.speaker.name})`)
}

const bytes = allDocuments.reduce((n, d) => n + Buffer.byteLength(d.body, 'utf8'), 0)
const rate = measureThroughput(allDocuments.map((d) => ({ body: d.body, language: d.language, participants: d.participants })), 2)
console.log(`\nthroughput: ${(rate / 1e6).toFixed(2)} MB/s on one core (${allDocuments.length} gold texts, ${bytes} bytes a pass)`)
