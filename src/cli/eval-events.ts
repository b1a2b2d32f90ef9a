import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { extractEvents } from '../extraction/events/extract.js'
import { mainOf, matchEvents, runEvents, scoreEvents, summarize, type DocumentRun, type EventSummary } from '../extraction/events/evaluate.js'
import { readEventGold } from '../extraction/events/gold.js'

/**
 * Scores the event extractor on the team's own gold sets (test/fixtures/events/, see its README):
 * dev and held-out per language, then the seed article. For the main event: type, CAMEO root,
 * date at the gold precision, country, actor F1; for all events: detection P/R/F1.
 * Usage: npm run eval:events [-- --json] [-- --misses]  (`--misses` lists the dev set's only: never tune on held-out)
 */
const { values } = parseArgs({ options: { json: { type: 'boolean' }, misses: { type: 'boolean' } } })
const fixture = (name: string): string => fileURLToPath(new URL(`../../test/fixtures/events/${name}.json`, import.meta.url))

const sets: Array<{ set: string, runs: DocumentRun[] }> = []
for (const part of ['dev', 'held-out']) {
  const documents = readEventGold(fixture(part))
  for (const language of ['fr', 'en']) {
    sets.push({ set: `${part} ${language}`, runs: runEvents(documents.filter((d) => d.language === language), extractEvents) })
  }
}
sets.push({ set: 'seed', runs: runEvents(readEventGold(fixture('seed')), extractEvents) })
const results = sets.map(({ set, runs }) => ({ set, ...summarize(scoreEvents(runs)) }))

if (values.json === true) {
  console.log(JSON.stringify(results, null, 2))
} else {
  const pct = (value: number): string => (100 * value).toFixed(1)
  const header = ['set', 'docs', 'type', 'cameo', 'date', 'country', 'actF1', '|', 'gold', 'pred', 'P', 'R', 'F1']
  const widths = [12, 5, 7, 7, 7, 8, 7, 2, 6, 6, 7, 7, 7]
  const line = (cells: string[]): string => cells.map((c, i) => i === 0 ? c.padEnd(widths[i] ?? 8) : c.padStart(widths[i] ?? 8)).join('')
  console.log(`${' '.repeat(17)}${'main event, % of documents'.padStart(36)} | all events (detection)`)
  console.log(line(header))
  for (const r of results as Array<EventSummary & { set: string }>) {
    console.log(line([r.set, String(r.documents), pct(r.main.type), pct(r.main.cameo), pct(r.main.date), pct(r.main.country), pct(r.main.actors.f1), '|',
      String(r.all.gold), String(r.all.predicted), pct(r.all.precision), pct(r.all.recall), pct(r.all.f1)]))
  }
  console.log('\nGoals on unseen real news (issue 17): main CAMEO ≥ 70, date ≥ 80, country ≥ 85, actor F1 ≥ 70; all-events F1 ≥ 50.')
}

if (values.misses === true) {
  for (const { set, runs } of sets.filter((s) => s.set.startsWith('dev'))) {
    console.log(`\n${set}`)
    for (const { document, predicted } of runs) {
      const pairs = matchEvents(document.events, predicted)
      const gold = document.events.find((e) => e.main)
      const mine = mainOf(predicted)
      const show = (e: { type: string, cameo: string | null, startDate: string | null, trigger: { text: string } | null }): string =>
        `${e.type}/${e.cameo ?? '-'} ${e.startDate ?? '-'} ${JSON.stringify(e.trigger?.text ?? null)}`
      if (gold !== undefined) console.log(`  ${document.id} MAIN gold ${show(gold)} ${gold.location?.countryCode ?? '-'} | extracted ${mine === null ? 'none' : `${show(mine)} ${mine.location?.countryCode ?? '-'}`}`)
      const names = (actors: ReadonlyArray<{ name: string, role: string }>): string => actors.map((a) => `${a.name} (${a.role})`).join(', ') || '-'
      if (gold !== undefined) console.log(`    actors gold ${names(gold.participants)} | extracted ${names(mine?.participants ?? [])}`)
      for (const g of document.events) if (!pairs.some((p) => p.gold === g)) console.log(`    MISS  ${show(g)}`)
      for (const p of predicted) if (!pairs.some((q) => q.predicted === p)) console.log(`    EXTRA ${show(p)}`)
    }
  }
}
