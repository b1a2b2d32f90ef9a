import t from 'tap'
import type { App } from '../src/app.js'
import { createArticle, createEvent, createParticipant, createStatement } from './factories.js'
import { buildWithKey, getJson, type TestContext } from './helper.js'

// A statement shows its speaker's name, its event's title and its mentions by name. They are copies
// on the statement's row, kept by triggers (migrations 0007), so these tests change the names by
// every kind of write (the API, SQL as a person with the database's shell would) and read them back
// through the statement, the lists and the sub-lists.

interface Shown { speaker: { id: string, name: string }, event: { id: string, title: string }, mentions: Array<{ id: string, name: string }>, updatedAt: string }

async function setup (t: TestContext) {
  const { app, key, store } = await buildWithKey(t, {}, {})
  const article = await createArticle(store)
  const [ana, bea, cid] = [await createParticipant(store, { name: 'Ana' }), await createParticipant(store, { name: 'Bea' }), await createParticipant(store, { name: 'Cid' })]
  const event = await createEvent(store, { title: 'Summit' })
  const other = await createEvent(store, { title: 'Talks' })
  const stamp = '2024-01-01T00:00:00.000Z'
  const spoken = await createStatement(store, { eventId: event.id, speakerId: ana.id, article }, { createdAt: stamp, updatedAt: stamp }, [cid.id, bea.id])
  const send = async (method: 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/merge-patch+json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) })
    })
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`)
  }
  return { app, store, send, ana, bea, cid, event, other, spoken, stamp }
}

/** The statement as its own record, in a list by speaker, and in its event's sub-list: always the same. */
async function shown (t: TestContext & { same: (...args: any[]) => unknown, equal: (...args: any[]) => unknown }, app: App, id: string): Promise<Shown> {
  const one = await getJson<Shown>(app, `/statements/${id}`)
  t.equal(one.status, 200)
  const byId = (page: { data: Array<Shown & { id: string }> }) => page.data.find((s) => s.id === id)
  const inList = byId((await getJson(app, `/statements?speaker=${one.body.speaker.id}&limit=100`)).body)
  const inEvent = byId((await getJson(app, `/events/${one.body.event.id}/statements?limit=100`)).body)
  t.same(inList, one.body, 'the list by speaker shows the same')
  t.same(inEvent, one.body, 'the event\'s sub-list shows the same')
  return one.body
}

const names = (s: Shown) => ({ speaker: s.speaker.name, event: s.event.title, mentions: s.mentions.map((m) => m.name) })

t.test('a new statement shows the current names, mentions by name; filling the copies does not change it', async (t) => {
  const { app, store, bea, other, spoken, stamp } = await setup(t)
  t.same(names(await shown(t, app, spoken.id)), { speaker: 'Ana', event: 'Summit', mentions: ['Bea', 'Cid'] })
  const unmentioning = await createStatement(store, { eventId: other.id, speakerId: bea.id, article: await createArticle(store) }, { createdAt: stamp, updatedAt: stamp })
  const s = await shown(t, app, unmentioning.id)
  t.same(names(s), { speaker: 'Bea', event: 'Talks', mentions: [] })
  t.equal(s.updatedAt, stamp, 'updatedAt is the one written, not the instant the copies were filled')
})

t.test('renames through the API show at once wherever the name is shown, and touch the statements that show it', async (t) => {
  const { app, send, ana, cid, event, spoken, stamp } = await setup(t)
  await send('PATCH', `/participants/${ana.id}`, { name: 'Ana Silva' })
  await send('PATCH', `/participants/${cid.id}`, { name: 'Abel' })
  await send('PATCH', `/events/${event.id}`, { title: 'Summit in Rome' })
  const s = await shown(t, app, spoken.id)
  t.same(names(s), { speaker: 'Ana Silva', event: 'Summit in Rome', mentions: ['Abel', 'Bea'] }, 'mentions sorted again by their new names')
  t.ok(s.updatedAt > stamp, 'updatedAt moved: a sync by updatedSince sees the new names')
})

t.test('a statement moved to another speaker and event, or given other mentions, shows their names', async (t) => {
  const { app, send, bea, other, spoken } = await setup(t)
  await send('PATCH', `/statements/${spoken.id}`, { speakerId: bea.id, eventId: other.id, mentions: [] })
  t.same(names(await shown(t, app, spoken.id)), { speaker: 'Bea', event: 'Talks', mentions: [] })
})

t.test('a mentioned participant deleted through the API leaves the mentions', async (t) => {
  const { app, send, cid, spoken } = await setup(t)
  await send('DELETE', `/participants/${cid.id}`)
  t.same(names(await shown(t, app, spoken.id)).mentions, ['Bea'])
})

t.test('writes in SQL keep the copies too', async (t) => {
  const { app, store, ana, bea, cid, event, other, spoken } = await setup(t)
  const before = (await shown(t, app, spoken.id)).updatedAt
  await store.query('update participants set name = name where id = ?', ana.id)
  t.equal((await shown(t, app, spoken.id)).updatedAt, before, 'a name set to itself is no rename: nothing touched')

  await store.query("update participants set name = 'Zoe' where id = ?", bea.id)
  await store.query("update events set title = 'Summit (revised)' where id = ?", event.id)
  t.same(names(await shown(t, app, spoken.id)), { speaker: 'Ana', event: 'Summit (revised)', mentions: ['Cid', 'Zoe'] })

  await store.query('delete from statement_mentions where statement_id = ? and participant_id = ?', spoken.id, cid.id)
  await store.query('update statement_mentions set participant_id = ? where statement_id = ?', ana.id, spoken.id)
  await store.query('update statements set speaker_id = ?, event_id = ? where id = ?', cid.id, other.id, spoken.id)
  t.same(names(await shown(t, app, spoken.id)), { speaker: 'Cid', event: 'Talks', mentions: ['Ana'] })
})

t.test('the copies hold for every statement of a corpus after a rename of a busy speaker', async (t) => {
  const { app, store, send, ana, event } = await setup(t)
  const article = await createArticle(store)
  for (let i = 0; i < 300; i++) await createStatement(store, { eventId: event.id, speakerId: ana.id, article })
  await send('PATCH', `/participants/${ana.id}`, { name: 'Ana Lima' })
  let url: string | null = `/statements?speaker=${ana.id}&limit=100`
  let seen = 0
  while (url !== null) {
    const { body }: { body: { data: Shown[], nextCursor: string | null } } = await getJson(app, url)
    t.ok(body.data.every((s) => s.speaker.name === 'Ana Lima' && s.event.title === 'Summit'), `${url}: every statement shows the new name`)
    seen += body.data.length
    url = body.nextCursor === null ? null : `/statements?speaker=${ana.id}&limit=100&cursor=${body.nextCursor}`
  }
  t.equal(seen, 301)
})
