// SQLite writes the JSON of a page of whole statements or events itself (reads/statements.ts
// STATEMENT_JSON, reads/events.ts EVENT_JSON); every other answer is built from records (records.ts
// toStatement, toEvent). The two must never differ.
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import type { LightMyRequestResponse } from 'fastify'
import t, { type Test } from 'tap'
import { buildApp } from '../src/app.js'
import { generateDatabase } from '../src/generate/generate.js'
import { isSerialized } from '../src/lib/pagination.js'
import { tempDir, TEST_APP_DEFAULTS, walk } from './helper.js'

const path = join(tempDir(t), 'generated.db')
generateDatabase({ events: 120, statements: 1500, participants: 150, articles: 30, seed: 11, progress: null, log: () => {}, path })

// Values that JSON makes hard, written over some generated rows (only their columns matter here).
const db = new SQLite(path)
const tricky = [
  { text: 'Il a dit « non » et "non", \\ puis\ttabulation\nnouvelle ligne', cue: null, audience: 'la "presse"', relayed_by: null, confidence: 0.1 + 0.2, updated_by: 'editor' },
  { text: 'Emoji 😀, U+2028 \u2028 and a NUL-free control \u0001 char', cue: 'said', audience: null, relayed_by: 'AFP', confidence: 1.0, updated_by: null },
  { text: '</script><b>&amp;</b> \'quotes\'', cue: 'a déclaré', audience: null, relayed_by: null, confidence: 1 / 3, updated_by: null },
  { text: 'Zéro', cue: null, audience: null, relayed_by: null, confidence: 0, updated_by: null }
]
const busiest = db.prepare('SELECT speaker_id AS id FROM statements GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 3').pluck().all() as string[]
const victims = db.prepare('SELECT id FROM statements WHERE speaker_id = ? ORDER BY id LIMIT ?').pluck().all(busiest[0], tricky.length) as string[]
const rewrite = db.prepare('UPDATE statements SET text = @text, cue = @cue, audience = @audience, relayed_by = @relayed_by, confidence = @confidence, updated_by = @updated_by WHERE id = @id')
victims.forEach((id, i) => rewrite.run({ ...tricky[i], id }))
// A participant named with characters JSON escapes, on a statement's mentions and as a speaker.
db.prepare('UPDATE participants SET name = ? WHERE id = ?').run('Jean "Le Sage" \\ Dupont', busiest[1])
const event = db.prepare('SELECT event_id FROM statements GROUP BY event_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
// Events with every optional part and without: a place, a trigger in an article, an end, fields enriched.
const events = db.prepare('SELECT id FROM events ORDER BY id LIMIT 4').pluck().all() as string[]
const article = db.prepare('SELECT id FROM articles LIMIT 1').pluck().get() as string
db.prepare(`UPDATE events SET location_name = 'Saint-Denis "La Plaine"', location_country = 'FR', latitude = 48.9, longitude = 2.35,
  source_article_id = ?, source_start = 0, source_end = 12, end_date = '2024-07', enriched_fields = '["location"]', confidence = 0.75, origin = 'extracted', cameo = '04'
  WHERE id = ?`).run(article, events[0])
db.prepare('UPDATE events SET location_name = NULL, source_article_id = ?, source_start = NULL, end_date = NULL, summary = ? WHERE id = ?')
  .run(article, 'Résumé avec « guillemets », \\ et \n saut', events[1])
const busiestParticipant = db.prepare('SELECT participant_id FROM event_participants GROUP BY participant_id ORDER BY count(DISTINCT event_id) DESC LIMIT 1').pluck().get() as string
db.close()

const app = await buildApp({ databasePath: path, ...TEST_APP_DEFAULTS })
t.teardown(() => app.close())

/** Follows a list to its end in JSON and in NDJSON (built from records): the same statements, page by page. */
async function samePages (t: Test, url: string): Promise<number> {
  let next: string | null = url
  let count = 0
  while (next !== null) {
    const json: LightMyRequestResponse = await app.inject(next)
    const ndjson: LightMyRequestResponse = await app.inject({ url: next, headers: { accept: 'application/x-ndjson' } })
    t.equal(json.statusCode, 200, next)
    const page = json.json()
    const records: unknown[] = ndjson.body.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line))
    // Compared as text: the same keys in the same order, the same values.
    if (JSON.stringify(page.data) !== JSON.stringify(records)) {
      t.same(page.data, records, `${next}: the serialised page is the records`)
      return count
    }
    t.equal(json.headers.link, ndjson.headers.link, `${next}: the same next page`)
    count += records.length
    next = page.links.next
  }
  return count
}

t.test('pages of whole statements serialised by SQLite are the records, field for field', async (t) => {
  const speakerCount = (id: string) => {
    const check = new SQLite(path, { readonly: true })
    try { return check.prepare('SELECT count(*) FROM statements WHERE speaker_id = ?').pluck().get(id) as number } finally { check.close() }
  }
  for (const id of busiest) {
    t.equal(await samePages(t, `/statements?speaker=${id}&limit=37`), speakerCount(id), `every statement of ${id}, by id`)
    t.equal(await samePages(t, `/statements?speaker=${id}&sort=-updatedAt&limit=25`), speakerCount(id), `every statement of ${id}, latest first`)
  }
  t.equal(await samePages(t, `/participants/${busiest[0]}/statements?limit=50`), speakerCount(busiest[0] as string), 'a participant\'s statements')
  t.ok(await samePages(t, `/events/${event}/statements?limit=10`) > 10, 'an event\'s statements')
  t.ok(await samePages(t, '/statements?kind=direct&limit=100') > 100, 'a filtered list')

  const counted = (await app.inject(`/statements?speaker=${busiest[0]}&count=true&limit=5`)).json()
  t.equal(counted.total, speakerCount(busiest[0] as string), 'count=true: the total')
  t.equal(counted.data.length, 5)

  const tricked = (await app.inject(`/statements?speaker=${busiest[0]}&limit=${tricky.length}`)).json().data
  t.same(tricked.map((s: { text: string, confidence: number }) => [s.text, s.confidence]), tricky.map((v) => [v.text, v.confidence]),
    'text and numbers round-trip exactly')
  const named = (await app.inject(`/statements?speaker=${busiest[1]}&limit=1`)).json().data[0]
  t.equal(named.speaker.name, 'Jean "Le Sage" \\ Dupont', 'a speaker\'s name with quotes and a backslash')
})

t.test('pages of whole events serialised by SQLite are the records, field for field', async (t) => {
  const check = new SQLite(path, { readonly: true })
  const total = check.prepare('SELECT count(*) FROM events').pluck().get() as number
  const children = check.prepare('SELECT parent_id FROM events WHERE parent_id IS NOT NULL GROUP BY parent_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
  check.close()
  t.equal(await samePages(t, '/events?limit=33'), total, 'every event, by date')
  t.equal(await samePages(t, '/events?sort=-updatedAt&limit=50'), total, 'every event, latest change first')
  t.equal(await samePages(t, '/events?sort=title&limit=100'), total, 'every event, by title')
  t.ok(await samePages(t, `/events?participant=${busiestParticipant}&limit=7`) > 7, 'one participant\'s events, walked by date')
  t.ok(await samePages(t, `/events?participant=${busiestParticipant}&from=2000&to=2020&limit=5`) > 0, 'with a date range')
  t.ok(await samePages(t, `/events/${children}/timeline?limit=5`) > 1, 'a timeline')
  const all = await walk(t, app, '/events?limit=100')
  const [located, bare] = [events[0], events[1]].map((id) => all.find((e: { id: string }) => e.id === id))
  t.same([located.location, located.source, located.endPrecision, located.enrichedFields],
    [{ name: 'Saint-Denis "La Plaine"', countryCode: 'FR', latitude: 48.9, longitude: 2.35 }, { article, start: 0, end: 12 }, 'month', ['location']], 'an event with every part')
  t.same([bare.location, bare.source, bare.endDate, bare.endPrecision, bare.summary], [null, null, null, null, 'Résumé avec « guillemets », \\ et \n saut'], 'an event without them')
})

t.test('only whole records in JSON come serialised: a projection, an embedding and a search are built from records', async (t) => {
  const { storage } = app
  t.ok(isSerialized(await storage.listStatements({ json: true, limit: 3 })), 'whole records in JSON: serialised')
  t.notOk(isSerialized(await storage.listStatements({ limit: 3 })), 'no json asked for: records')
  t.notOk(isSerialized(await storage.listStatements({ json: true, include: ['speaker'], limit: 3 })), 'include: records to embed into')
  t.notOk(isSerialized(await storage.listStatements({ json: true, q: 'nous', limit: 3 })), 'a search: records with their snippet')
  t.notOk(isSerialized(await storage.listStatements({ json: true, fields: ['text'], limit: 3 })), 'fields: records to project')
  t.ok(isSerialized(await storage.listEvents({ json: true, limit: 3 })), 'whole events in JSON: serialised')
  t.notOk(isSerialized(await storage.listEvents({ json: true, include: ['participants'], limit: 3 })), 'events to embed into: records')
  t.notOk(isSerialized(await storage.listParticipantEvents(busiestParticipant, { json: true, limit: 3 })), 'a participant\'s events carry roles: records')

  const embedded = (await app.inject(`/statements?speaker=${busiest[0]}&include=speaker&limit=2`)).json().data
  t.equal(embedded[0].embedded.speaker.id, busiest[0], 'include still embeds')
  const projected = (await app.inject(`/statements?speaker=${busiest[0]}&fields=text&limit=2`)).json().data
  t.same(Object.keys(projected[0]), ['id', 'text'], 'fields still project')
})

t.test('a serialised page is revalidated like any answer', async (t) => {
  const url = `/statements?speaker=${busiest[2]}&limit=5`
  const first = await app.inject(url)
  t.equal(first.headers['content-type'], 'application/json; charset=utf-8')
  t.equal(Number(first.headers['content-length']), Buffer.byteLength(first.body))
  const again = await app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } })
  t.equal(again.statusCode, 304, 'its ETag answers a 304')
})
