import t, { type Test } from 'tap'
import { createArticle, createEvent, createParticipant, createStatement, many } from './factories.js'
import { build, getJson } from './helper.js'
import type { App } from '../src/app.js'

/** Follows `Link: rel="next"` from the first page to the last, checking body and header agree. */
async function walk (t: Test, app: App, url: string): Promise<string[]> {
  const seen: string[] = []
  let next: string | null = url
  let pages = 0
  while (next !== null) {
    const res: { status: number, body: any, headers: Record<string, unknown> } = await getJson(app, next)
    t.equal(res.status, 200, next)
    seen.push(...res.body.data.map((row: { id: string }) => row.id))
    const link = res.headers.link as string | undefined
    next = res.body.links.next
    t.equal(link, next === null ? undefined : `<${next}>; rel="next"`, 'Link header matches the body')
    if (next !== null) t.ok(next.includes(`cursor=${encodeURIComponent(res.body.nextCursor)}`) || next.includes(`cursor=${res.body.nextCursor}`))
    if (++pages > 100) throw new Error('pagination does not end')
  }
  return seen
}

t.test('walking every page of /events yields every row once, in order, with filters kept', async (t) => {
  const { app, store } = await build(t)
  const host = await createParticipant(store)
  // Many events share a start date, so the id must break ties for the cursor.
  const created = await many(47, async (i) =>
    await createEvent(store, { startDate: `2024-06-${String(10 + (i % 3)).padStart(2, '0')}`, type: i % 2 === 0 ? 'meeting' : 'ceremony' },
      [{ participantId: host.id, role: 'host' }]))
  const expected = [...created].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id)).map((e) => e.id)

  t.same(await walk(t, app, '/events?limit=10'), expected)
  t.same(await walk(t, app, '/events?limit=7&type=meeting'), expected.filter((id) => created.find((e) => e.id === id)?.type === 'meeting'))
  // The next link keeps the query as written: a comma between values must not become %2C (a comma inside one).
  t.same(await walk(t, app, '/events?limit=6&type=meeting,ceremony'), expected)
  t.same(await walk(t, app, `/events?limit=8&participant=${host.id},par_nobody`), expected)
  t.same(await walk(t, app, `/participants/${host.id}/events?limit=5`), expected)
  const defaults = await getJson(app, '/events')
  t.equal(defaults.body.data.length, 20, 'default page size is 20')
})

t.test('walking every page of participants and statements', async (t) => {
  const { app, store } = await build(t)
  const people = await many(23, async (i) => await createParticipant(store, { name: `Same Name ${i % 4}` }))
  const expectedPeople = [...people].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((p) => p.id)
  t.same(await walk(t, app, '/participants?limit=4'), expectedPeople)

  const article = await createArticle(store)
  const event = await createEvent(store)
  const said = await many(25, async (i) => await createStatement(store, { eventId: event.id, speakerId: people[i % 2]!.id, article }))
  t.same(await walk(t, app, '/statements?limit=6'), said.map((s) => s.id))
  t.same(await walk(t, app, `/events/${event.id}/statements?limit=9`), said.map((s) => s.id))
  t.same(await walk(t, app, `/participants/${people[0]!.id}/statements?limit=3`), said.filter((_, i) => i % 2 === 0).map((s) => s.id))
})

t.test('a cursor from another list, or tampered with, is a 400 problem naming cursor', async (t) => {
  const { app, store } = await build(t)
  for (let i = 0; i < 3; i++) await createEvent(store)
  const page = await getJson(app, '/events?limit=1')
  const eventCursor = page.body.nextCursor as string
  for (const url of [
    `/statements?cursor=${eventCursor}`, // an events cursor has two keys, statements one
    '/events?cursor=' + Buffer.from('{"a":1}').toString('base64url'),
    '/events?cursor=' + Buffer.from('[null, null]').toString('base64url'),
    '/events?cursor=%%%'
  ]) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name: 'cursor' }] }, url)
  }
})
