import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import t from 'tap'
import { exactMisses, quotedRecall, runExtraction, score } from '../src/extraction/evaluate.js'
import { readGoldSet, readMarkedSet } from '../src/extraction/gold.js'
import { measureThroughput } from '../src/extraction/throughput.js'
import { freshDatabase } from './helper.js'

const fixture = (name: string): string => new URL(`./fixtures/extraction/${name.includes('.') ? name : `${name}.json`}`, import.meta.url).pathname

// Floors a few points under the measured scores (F1@0.3 98.9 fr / 100 en, speaker accuracy 100), and
// far above the Gender Gap Tracker's rule-based 81.7 fr / 83.7 en F1 and 80.4 / 86.5 speaker accuracy.
const FLOORS = { fr: { f1: 0.92, speaker: 0.92 }, en: { f1: 0.92, speaker: 0.92 } }

for (const language of ['fr', 'en'] as const) {
  t.test(`gold set ${language}: F1 at overlap 0.3 and speaker accuracy stay above the floors`, async (t) => {
    const set = readGoldSet(fixture(language))
    t.ok(set.documents.reduce((n, d) => n + d.statements.length, 0) >= 40, 'at least 40 annotated statements')
    const all = score(runExtraction(set.documents), 'all')
    t.ok((all.at['0.3']?.f1 ?? 0) >= FLOORS[language].f1, `F1@0.3 ${all.at['0.3']?.f1}`)
    t.ok(all.speakerAccuracy >= FLOORS[language].speaker, `speaker accuracy ${all.speakerAccuracy}`)
    t.ok((all.at['0.8']?.f1 ?? 0) >= 0.85, `F1@0.8 ${all.at['0.8']?.f1}`)
  })
}

// The team's own wire-copy sets (test/fixtures/extraction/wire/): the rules were tuned on `dev`, never
// on `heldout`. Floors about a point under the held-out scores last measured (F1@0.3 98.2 fr / 96.7 en,
// speaker accuracy 85.1 fr / 92.4 en). Each set grew by four long articles written blind by a writer who
// never saw the rules (fr 159 → 256 statements, en 156 → 270). The new articles, not the rules, moved the
// scores (the older articles score as before, F1 98.7 / 95.2, speaker 82.1 / 94.0): the new ones alone
// score F1 97.4 fr / 98.7 en and speaker accuracy 90.3 / 90.2, so French F1 and English speaker accuracy
// fell and their floors with them, while French speaker accuracy and English F1 rose and theirs followed.
const HELD_OUT_FLOORS = { fr: { f1: 0.972, speaker: 0.841 }, en: { f1: 0.957, speaker: 0.914 } }

for (const language of ['fr', 'en'] as const) {
  t.test(`held-out wire copy ${language}: F1 at overlap 0.3 and speaker accuracy stay above the floors`, async (t) => {
    const set = readMarkedSet(fixture(`wire/heldout-${language}.txt`))
    const results = runExtraction(set.documents)
    const all = score(results, 'all')
    t.ok((all.at['0.3']?.f1 ?? 0) >= HELD_OUT_FLOORS[language].f1, `F1@0.3 ${all.at['0.3']?.f1}`)
    t.ok(all.speakerAccuracy >= HELD_OUT_FLOORS[language].speaker, `speaker accuracy ${all.speakerAccuracy}`)
  })
}

for (const part of ['dev', 'heldout']) {
  for (const language of ['fr', 'en']) {
    t.test(`wire copy ${part}-${language}: no quote in marks is left behind that a bare quote regex finds`, async (t) => {
      const q = quotedRecall(runExtraction(readMarkedSet(fixture(`wire/${part}-${language}.txt`)).documents))
      t.ok(q.gold > 0)
      t.ok(q.extractor >= q.regex, `recall ${q.extractor} against the regex's ${q.regex}`)
    })
  }
}

t.test('the marked-up gold format gives statements at their offsets in the plain body', async (t) => {
  const set = readMarkedSet(fixture('wire/dev-fr.txt'))
  t.ok(set.documents.length >= 8)
  for (const d of set.documents) for (const s of d.statements) t.equal(d.body.slice(s.start, s.end), s.text)
  t.notOk(set.documents.some((d) => /[{}]/.test(d.body)), 'no annotation left in a body')
})

t.test('seed article (reads the seed data): every statement found with exact offsets, kind and speaker', async (t) => {
  const [result] = runExtraction(readGoldSet(fixture('seed')).documents)
  t.ok(result)
  if (result !== undefined) t.same(exactMisses(result).map((s) => s.text), [])
})

// How fast is for the benchmark to say (timed assertions flake on shared machines); here, only that it measures.
t.test('throughput is measured in bytes per second', async (t) => {
  const set = readGoldSet(fixture('en'))
  const rate = measureThroughput(set.documents.map((d) => ({ body: d.body, language: d.language })), 0.1)
  t.ok(Number.isFinite(rate) && rate > 0, `${rate} B/s`)
})

t.test('the extract CLI prints the seed article statements as JSON', async (t) => {
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', 'seeds/000_af1a277ce4d4aaad.txt'], { cwd: new URL('..', import.meta.url).pathname })
  const statements = JSON.parse(stdout) as Array<{ text: string, start: number, end: number, kind: string, cue: unknown, speakerMention: unknown, speaker: { name: string } | null, confidence: number }>
  t.equal(statements.length, 9)
  t.same(statements.map((s) => s.kind), ['direct', 'direct', 'partial', 'indirect', 'indirect', 'partial', 'partial', 'partial', 'direct'])
  t.equal(statements[0]?.start, 1)
  t.equal(statements[0]?.speaker?.name, 'Poutine')
})

t.test('with --database, the extract CLI resolves speakers to stored participants', async (t) => {
  const { path } = freshDatabase(t, { seed: true })
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/extract.ts', 'seeds/000_af1a277ce4d4aaad.txt', '--database', path], { cwd: new URL('..', import.meta.url).pathname })
  const statements = JSON.parse(stdout) as Array<{ speaker: { id?: string } | null }>
  t.same(statements.map((s) => s.speaker?.id), [
    'par_vladimir-putin', 'par_vladimir-putin', 'par_vladimir-putin', 'par_vladimir-putin',
    'par_kim-jong-un', 'par_kim-jong-un', 'par_kim-jong-un', 'par_kim-jong-un', 'par_vladimir-putin'
  ])
})
