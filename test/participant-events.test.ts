import type { HTTPMethods } from 'fastify'
import t from 'tap'
import { buildWithKey, walk } from './helper.js'

// `GET /events?participant=X` (one participant, by date) reads participant_events, a table kept by
// triggers. These tests change links and dates through the API and check that list against the
// same question asked the general way (two participants, one of them in no event), page by page.

t.setTimeout(120_000)

t.test('one participant\'s events by date stay right through links, unlinks, new dates and deletions', async (t) => {
  const { app, key, store } = await buildWithKey(t, {}, { seed: false })
  const send = async (method: HTTPMethods, url: string, body?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) })
    })
    t.ok(res.statusCode < 300, `${method} ${url}: ${res.statusCode} ${res.statusCode < 300 ? '' : res.body}`)
    return res.statusCode === 204 ? undefined : res.json()
  }

  const who = await send('POST', '/participants', { kind: 'person', name: 'Ana Example' })
  const nobody = await send('POST', '/participants', { kind: 'person', name: 'Nobody Example' })
  const other = await send('POST', '/participants', { kind: 'country', name: 'Examplia' })
  const dates = ['1999', '2024-06', '2024-06-19', '2024-06-19', '1987-02-03', '2010', '2024-06-01']
  const created: string[] = []
  for (const [i, startDate] of dates.entries()) {
    const event = await send('POST', '/events', {
      title: `Event ${i}`,
      type: 'meeting',
      startDate,
      ...(i === 5 ? { endDate: '2024-07' } : {}),
      participants: [{ id: who.id, role: 'host' }, ...(i % 2 === 0 ? [{ id: other.id, role: 'guest' }] : [])]
    })
    created.push(event.id)
  }

  /** Every event of the list, walked page by page, checked against the general query. */
  const check = async (what: string, query = '') => {
    const fast = await walk(t, app, `/events?participant=${who.id}&limit=2${query}`)
    const general = await walk(t, app, `/events?participant=${who.id},${nobody.id}&limit=3${query}`)
    t.same(fast.map((e) => e.id), general.map((e) => e.id), `${what}${query}: as the general query finds them`)
    const keys = fast.map((e) => [e.startDate, e.id].join(' '))
    const sorted = [...keys].sort()
    t.same(keys, query.includes('sort=-startDate') ? sorted.reverse() : sorted, `${what}${query}: in date order, then id`)
    return fast.map((e) => e.id)
  }

  t.equal((await check('created')).length, dates.length)
  await check('created', '&from=2024-06-10&to=2024-06-30')
  await check('created', '&sort=-startDate&to=2010')
  await check('created', '&type=meeting&from=2000')

  // A second role in one event: still one row. Taking one role away keeps the event; both, drops it.
  await send('POST', `/events/${created[1]}/participants`, { participantId: who.id, role: 'guest' })
  t.equal((await check('two roles')).length, dates.length)
  await send('DELETE', `/events/${created[1]}/participants/${who.id}?role=guest`)
  t.ok((await check('one role of two taken away')).includes(created[1]))
  await send('DELETE', `/events/${created[1]}/participants/${who.id}`)
  t.notOk((await check('taken out')).includes(created[1]))

  // New dates move the event; an end date widens what `from` finds.
  await send('PATCH', `/events/${created[4]}`, { startDate: '2024-06-15', endDate: '2024-06-20' })
  t.ok((await check('new dates', '&from=2024-06-16&to=2024-06-16')).includes(created[4]))
  await send('PATCH', `/events/${created[0]}`, { endDate: null, startDate: '2030' })
  t.equal((await check('moved to the end')).at(-1), created[0])

  // A deleted event is gone from the list, and so is its row.
  await send('DELETE', `/events/${created[2]}?cascade=true`)
  t.notOk((await check('deleted')).includes(created[2]))
  const rows = await store.query('SELECT participant_id, event_id, start_date, end_bound FROM participant_events ORDER BY 1, 2')
  const expected = await store.query(`SELECT DISTINCT ep.participant_id, e.id AS event_id, e.start_date, e.end_bound
    FROM event_participants ep JOIN events e ON e.id = ep.event_id ORDER BY 1, 2`)
  t.same(rows, expected, 'participant_events holds exactly one row per participant and event, with its dates')
})
