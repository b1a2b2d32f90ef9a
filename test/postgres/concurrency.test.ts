// Writes from many connections at once on PostgreSQL (several API processes on one database, each
// with its own pool): SERIALIZABLE transactions, retried on serialization failures, keep
// Idempotency-Key, If-Match, uniqueness and participant_events exact.
import { join } from 'node:path'
import type { HTTPMethods } from 'fastify'
import pg from 'pg'
import t from 'tap'
import { buildApp, type App } from '../../src/app.js'
import { createKey } from '../../src/auth/keys.js'
import { tempDir } from '../helper.js'
import { freshPgDatabase, USE_POSTGRES } from './engine.js'

const skip = USE_POSTGRES ? false : 'PostgreSQL tests: run `npm run test:postgres`'
const APPS = 4
const REQUESTS = 16

t.test('concurrent writes from several API processes on one PostgreSQL database', { skip }, async (t) => {
  t.setTimeout(240_000)
  const url = await freshPgDatabase({ seed: true })
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const key = createKey(apiKeysFile, 'editor', 'write')
  const apps: App[] = []
  for (let i = 0; i < APPS; i++) {
    const app = await buildApp({ databasePath: '', postgres: { url, poolSize: REQUESTS }, apiKeysFile })
    t.teardown(() => app.close())
    apps.push(app)
  }
  const pool = new pg.Pool({ connectionString: url })
  t.teardown(() => pool.end())
  const scalar = async (sql: string, params: unknown[] = []) => Number(Object.values((await pool.query(sql, params)).rows[0])[0])
  /** The same request from REQUESTS clients at once, spread over the processes. */
  const together = async (method: HTTPMethods, path: string, bodies: (i: number) => unknown, headers: Record<string, string> = {}) =>
    await Promise.all(Array.from({ length: REQUESTS }, async (_, i) => await (apps[i % APPS] as App).inject({
      method,
      url: path,
      headers: { authorization: `Bearer ${key}`, 'content-type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json', ...headers },
      payload: JSON.stringify(bodies(i))
    })))

  await t.test('the same POST with one Idempotency-Key creates one participant; every answer is that one', async (t) => {
    const answers = await together('POST', '/participants', () => ({ kind: 'person', name: 'Sergei Lavrov' }), { 'idempotency-key': 'once' })
    t.same(answers.map((a) => a.statusCode), answers.map(() => 201), 'every answer is a 201')
    t.equal(answers.filter((a) => a.headers['idempotent-replayed'] === undefined).length, 1, 'exactly one created it, the others are replays')
    t.equal(new Set(answers.map((a) => a.json().id)).size, 1, 'every answer names the same participant')
    t.equal(await scalar("select count(*) from participants where name = 'Sergei Lavrov'"), 1, 'one row')
  })

  await t.test('the same id created by many at once: one 201, the others 409', async (t) => {
    const answers = await together('POST', '/participants', (i) => ({ id: 'par_same-id', kind: 'person', name: `Person ${i}` }))
    t.equal(answers.filter((a) => a.statusCode === 201).length, 1, 'one created it')
    t.equal(answers.filter((a) => a.statusCode === 409).length, REQUESTS - 1, 'the others were told it exists')
  })

  await t.test('conflicting PATCHes with the same If-Match: exactly one wins, the others get 412', async (t) => {
    const read = await apps[0]?.inject({ method: 'GET', url: '/participants/par_same-id' })
    const etag = read?.headers.etag as string
    const answers = await together('PATCH', '/participants/par_same-id', (i) => ({ description: `Written by client ${i}` }), { 'if-match': etag })
    const won = answers.filter((a) => a.statusCode === 200)
    t.equal(won.length, 1, 'one PATCH applied')
    t.equal(answers.filter((a) => a.statusCode === 412).length, REQUESTS - 1, 'the others were refused as stale')
    const after = await apps[1]?.inject({ method: 'GET', url: '/participants/par_same-id' })
    t.equal(after?.json().description, won[0]?.json().description, 'what is stored is what the winner wrote')
  })

  await t.test('participants added to one event by many at once: participant_events holds each exactly once', async (t) => {
    const event = (await apps[0]?.inject({
      method: 'POST',
      url: '/events',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'A crowded summit', type: 'meeting', startDate: '2024-07-01' })
    }))?.json().id as string
    const people = await together('POST', '/participants', (i) => ({ kind: 'person', name: `Delegate ${i}` }))
    const ids = people.map((p) => p.json().id as string)
    const roles = ['guest', 'host'] as const
    const linked = await Promise.all(ids.flatMap((id, i) => roles.map(async (role) => await (apps[i % APPS] as App).inject({
      method: 'POST',
      url: `/events/${event}/participants`,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ participantId: id, role })
    }))))
    t.same([...new Set(linked.map((l) => l.statusCode))], [201], 'every link was made')
    t.equal(await scalar('select count(*) from event_participants where event_id = $1', [event]), ids.length * roles.length, 'every role stored')
    t.equal(await scalar('select count(*) from participant_events where event_id = $1', [event]), ids.length, 'one participant_events row per participant')
  })
})
