// npx tsx bench/request-parsing.ts
//
// What the strict request parsing costs per request, in process (no server): a JSON body through
// Fastify's own parser, then through it and the duplicate-key check (src/lib/json-duplicates.ts);
// a query string through Fastify's own parser (fast-querystring, which find-my-way uses) and through
// ours (src/plugins/query-string.ts).
// A micro-benchmark to read, not a test: the numbers depend on the machine.
import Fastify from 'fastify'
import fastQueryString from 'fast-querystring'
import { duplicateKey } from '../src/lib/json-duplicates.js'
import { parseQueryString } from '../src/plugins/query-string.js'

const fastifyJson = Fastify().getDefaultJsonParser('error', 'error') as
  (request: unknown, body: string, done: (error: Error | null, value?: unknown) => void) => void
function parseJson (text: string): unknown {
  let parsed: unknown
  fastifyJson({}, text, (error, value) => {
    if (error !== null) throw error
    parsed = value
  })
  return parsed
}

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(i * 7919 + seed) % 1000}`).join(' ')
const bodies: Record<string, string> = {
  'a statement': JSON.stringify({ articleId: 'art_x', speaker: { name: 'Kim Jong Un' }, eventId: 'evt_x', text: words(20, 1), start: 79, end: 121, kind: 'direct', language: 'en', cue: 'said' }),
  'an event with 30 participants': JSON.stringify({ title: words(8, 2), type: 'meeting', startDate: '2024-06-19', participants: Array.from({ length: 30 }, (_, i) => ({ id: `par_${i}`, role: 'attendee' })) }),
  'an article of 20 KB': JSON.stringify({ url: 'https://example.com/a', title: words(10, 3), publishedAt: '2024-06-19', language: 'en', body: words(2500, 4) }),
  'quoted text, 40 KB': JSON.stringify({ body: Array.from({ length: 2000 }, (_, i) => `he said "${words(1, i)}"\n`).join('') }),
  '4,000 records, 1 MB': JSON.stringify(Array.from({ length: 4000 }, (_, i) => ({ id: `stm_${i}`, text: words(30, i), speaker: { id: `par_${i}`, name: words(2, i) }, n: i })))
}
const queries: Record<string, string> = {
  'a list query': 'speaker=Kim+Jong+Un&type=meeting&limit=50&sort=-date',
  'escaped UTF-8': 'q=caf%C3%A9+%E2%80%9Cd%C3%A9fensif%E2%80%9D&speaker=%D0%9F%D1%83%D1%82%D0%B8%D0%BD'
}

/**
 * Microseconds per call of each of two functions: rounds of one and of the other alternate, each
 * long enough to be timed, and the best round of each counts (on a shared machine a neighbour's
 * load then slows both alike, and the best round is the one it touched least).
 */
function compare (before: () => unknown, after: () => unknown, bytes: number): [number, number] {
  const calls = Math.max(20, Math.round(2_000_000 / Math.max(bytes, 100)))
  const best = [Infinity, Infinity]
  for (let round = 0; round < 9; round++) {
    [before, after].forEach((fn, which) => {
      const start = process.hrtime.bigint()
      for (let i = 0; i < calls; i++) fn()
      best[which] = Math.min(best[which]!, Number(process.hrtime.bigint() - start) / calls / 1000)
    })
  }
  return best as [number, number]
}

const rows = ['| input | before µs | after µs | × |', '| --- | ---: | ---: | ---: |']
const row = (what: string, [before, after]: [number, number]) =>
  rows.push(`| ${what} | ${before.toFixed(1)} | ${after.toFixed(1)} | ${(after / before).toFixed(2)} |`)
for (const [what, text] of Object.entries(bodies)) {
  row(`JSON: ${what}`, compare(() => parseJson(text), () => duplicateKey(text, parseJson(text)), text.length))
}
for (const [what, query] of Object.entries(queries)) {
  row(`query: ${what}`, compare(() => fastQueryString.parse(query), () => parseQueryString(query), query.length))
}
console.log(`Node ${process.version}\n\n${rows.join('\n')}`)
