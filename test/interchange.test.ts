import { join } from 'node:path'
import t from 'tap'
import { buildApp, type App } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { freshStorage, TEST_APP_DEFAULTS, tempDir, type TestContext } from './helper.js'
import { countRows } from './store.js'

const TABLES = ['articles', 'participants', 'participant_aliases', 'events', 'event_articles', 'event_participants', 'statements', 'statement_mentions']

/** An app on a new database (seeded or empty) with an admin and a write key. */
async function appWithKeys (t: TestContext, seed: boolean) {
  const keysFile = join(tempDir(t), 'keys.json')
  const admin = createKey(keysFile, 'admin', 'admin')
  const writer = createKey(keysFile, 'writer', 'write')
  const { store, settings } = await freshStorage(t, { seed })
  const app = await buildApp({ ...settings, apiKeysFile: keysFile, ...TEST_APP_DEFAULTS })
  t.after(() => app.close())
  return { app, store, admin, writer }
}

const exportAll = async (app: App) => (await app.inject('/export')).body
const importAll = (app: App, key: string, body: string) =>
  app.inject({ method: 'POST', url: '/import', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-ndjson' }, body })

t.test('seed data: export lists every record once, each after what it refers to', async (t) => {
  const { app } = await appWithKeys(t, true)
  const res = await app.inject('/export')
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /application\/x-ndjson/)
  const lines = res.body.trimEnd().split('\n').map((line) => JSON.parse(line))
  const count = (type: string) => lines.filter((l) => l.type === type).length
  t.same([count('article'), count('participant'), count('event'), count('statement')], [1, 11, 8, 9])
  const seen = new Set<string>()
  for (const { type, data } of lines) {
    if (type === 'event' && data.parentId !== null) t.ok(seen.has(data.parentId), `${data.id} after its parent`)
    if (type === 'statement') t.ok(seen.has(data.eventId) && seen.has(data.speakerId) && seen.has(data.source.article), `${data.id} after its references`)
    seen.add(data.id)
  }
})

t.test('seed data: export, wipe, import gives the same data back, byte for byte', async (t) => {
  const { app, store, admin } = await appWithKeys(t, true)
  const before = await exportAll(app)
  for (const table of ['statement_mentions', 'statements', 'event_participants', 'event_articles', 'participant_aliases']) await store.query(`delete from ${table}`)
  await store.query('delete from events where parent_id is not null')
  for (const table of ['events', 'participants', 'articles']) await store.query(`delete from ${table}`)
  t.equal((await exportAll(app)), '', 'wiped')
  const res = await importAll(app, admin, before)
  t.equal(res.statusCode, 200, res.body)
  t.same(res.json(), { imported: { article: 1, participant: 11, event: 8, statement: 9 } })
  t.equal(await exportAll(app), before)
  t.equal((await app.inject('/statements/stm_af1a277ce4d4aaad-03')).json().source.start, 411)
  t.equal((await app.inject('/statements?q=defensif')).json().data.length, 1, 'the search index followed')
})

t.test('seed data: importing onto the same data changes nothing', async (t) => {
  const { app, store, admin } = await appWithKeys(t, true)
  const dump = async () => await Promise.all(TABLES.map(async (table) => (await store.query(`select * from ${table}`)).map((r) => JSON.stringify(r)).sort()))
  const before = await dump()
  t.equal((await importAll(app, admin, await exportAll(app))).statusCode, 200)
  t.same(await dump(), before)
})

t.test('a bad file is refused whole, with every problem by line, and nothing is written', async (t) => {
  const { app, store, admin } = await appWithKeys(t, false)
  const body = [
    JSON.stringify({ type: 'participant', data: { id: 'par_ana', kind: 'person', name: 'Ana' } }),
    'not json',
    JSON.stringify({ type: 'rumour', data: {} }),
    JSON.stringify({ type: 'participant', data: { id: 'par_ben', kind: 'robot', name: 'Ben' } }),
    '{"type":"participant","data":{"id":"par_cy","kind":"person","name":"Cy","name":"Cyrus"}}',
    JSON.stringify({ type: 'event', data: { id: 'evt_x', title: 'X', type: 'meeting', startDate: '2024', participants: [{ id: 'par_nobody', role: 'host' }] } }),
    JSON.stringify({ type: 'participant', data: { id: 'par_nul', kind: 'person', name: 'Nul', aliases: [{ name: 'N\u0000', language: 'fr' }] } })
  ].join('\n')
  const res = await importAll(app, admin, body)
  t.equal(res.statusCode, 422)
  t.match(res.headers['content-type'], /problem\+json/)
  t.same(res.json().errors.map((e: { name: string }) => e.name), ['line 2', 'line 3', 'line 4', 'line 5', 'line 7'], 'shape errors first')
  t.match(res.json().errors[3], { reason: "gives 'data.name' more than once" }, 'a key given twice')
  t.match(res.json().errors[4], { reason: 'data.aliases.0.name must not contain the character U+0000 (NUL)' }, 'text PostgreSQL cannot hold, on either engine')
  t.equal(await countRows(store, 'participants'), 0)

  const late = [
    JSON.stringify({ type: 'participant', data: { id: 'par_ana', kind: 'person', name: 'Ana' } }),
    JSON.stringify({ type: 'event', data: { id: 'evt_x', title: 'X', type: 'meeting', startDate: '2024', participants: [{ id: 'par_nobody', role: 'host' }] } })
  ].join('\n')
  const refused = await importAll(app, admin, late)
  t.equal(refused.statusCode, 422)
  t.match(refused.json().errors[0], { name: 'line 2', reason: /par_nobody/ })
  t.equal(await countRows(store, 'participants'), 0, 'the valid first line was rolled back too')
})

t.test('import needs an admin key; export is read like any list', async (t) => {
  const { app, writer } = await appWithKeys(t, true)
  t.equal((await importAll(app, 'nope', '')).statusCode, 401)
  t.equal((await importAll(app, writer, '')).statusCode, 403)
  t.equal((await app.inject('/export')).statusCode, 200)
})

t.test('seed data: participants are added to and taken out of an event, touching it', async (t) => {
  const { app, writer } = await appWithKeys(t, true)
  const auth = { authorization: `Bearer ${writer}` }
  const url = '/events/evt_putin-kim-talks-2024/participants'
  const before = (await app.inject('/events/evt_putin-kim-talks-2024')).json().updatedAt
  const added = await app.inject({ method: 'POST', url, headers: auth, payload: { participantId: 'par_ukraine', role: 'mentioned' } })
  t.equal(added.statusCode, 201)
  t.equal(added.headers.location, url)
  t.match(added.json(), { id: 'par_ukraine', roles: ['mentioned'] })
  t.equal((await app.inject({ method: 'POST', url, headers: auth, payload: { participantId: 'par_ukraine', role: 'mentioned' } })).statusCode, 409)
  t.equal((await app.inject({ method: 'POST', url, headers: auth, payload: { participantId: 'par_nobody', role: 'host' } })).statusCode, 422)
  t.equal((await app.inject({ method: 'POST', url: '/events/evt_nope/participants', headers: auth, payload: { participantId: 'par_ukraine', role: 'host' } })).statusCode, 404)
  t.equal((await app.inject({ method: 'POST', url, payload: { participantId: 'par_ukraine', role: 'host' } })).statusCode, 401)
  const event = (await app.inject('/events/evt_putin-kim-talks-2024')).json()
  t.not(event.updatedAt, before, 'the event changed')
  t.equal(event.updatedBy, 'writer')

  t.equal((await app.inject({ method: 'DELETE', url: `${url}/par_ukraine?role=host`, headers: auth })).statusCode, 404, 'not in that role')
  t.equal((await app.inject({ method: 'DELETE', url: `${url}/par_ukraine`, headers: auth })).statusCode, 204)
  const ids = (await app.inject(url)).json().data.map((p: { id: string }) => p.id)
  t.notOk(ids.includes('par_ukraine'))
})
