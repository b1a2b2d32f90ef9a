import t from 'tap'
import { build, getJson } from './helper.js'

// A sub-list (`/participants/{id}/statements`, `/events/{id}/statements`, `/participants/{id}/events`)
// is the path's record AND the client's own filters: a filter on the same field narrows, never replaces.

t.test('seed data: a participant\'s statements filtered by another speaker are none, by the same speaker all of them', async (t) => {
  const { app } = await build(t, { seed: true })
  const own = (await getJson(app, '/participants/par_vladimir-putin/statements')).body.data
  t.ok(own.length > 0, 'Putin has statements')
  t.ok(own.every((s: any) => s.speaker.id === 'par_vladimir-putin'))
  const other = await getJson(app, '/participants/par_vladimir-putin/statements?speaker=par_kim-jong-un&count=true')
  t.equal(other.status, 200)
  t.same(other.body.data, [], 'Putin AND Kim: nobody said it')
  t.equal(other.body.total, 0)
  const same = await getJson(app, '/participants/par_vladimir-putin/statements?speaker=par_kim-jong-un,par_vladimir-putin')
  t.same(same.body.data.map((s: any) => s.id), own.map((s: any) => s.id), 'one of the speakers is the path\'s: his statements')
})

t.test('seed data: an event\'s statements filtered by another event are none', async (t) => {
  const { app } = await build(t, { seed: true })
  const said = (await getJson(app, '/statements?count=true')).body.data as Array<{ event: { id: string } }>
  const eventId = said[0]?.event.id as string
  const other = said.find((s) => s.event.id !== eventId)?.event.id as string
  t.ok(other, 'the seed has statements at two events')
  const own = (await getJson(app, `/events/${eventId}/statements`)).body.data
  t.ok(own.length > 0)
  t.same((await getJson(app, `/events/${eventId}/statements?event=${other}`)).body.data, [], 'this event AND another: none')
  t.same((await getJson(app, `/events/${eventId}/statements?event=${eventId}`)).body.data, own)
})

t.test('seed data: a participant\'s events filtered by another participant are the events they share', async (t) => {
  const { app } = await build(t, { seed: true })
  const putin = (await getJson(app, '/participants/par_vladimir-putin/events')).body.data.map((e: any) => e.id) as string[]
  const kim = (await getJson(app, '/events?participant=par_kim-jong-un')).body.data.map((e: any) => e.id) as string[]
  const both = (await getJson(app, '/participants/par_vladimir-putin/events?participant=par_kim-jong-un')).body.data.map((e: any) => e.id) as string[]
  t.same(both, putin.filter((id) => kim.includes(id)), 'only the events both took part in')
  t.ok(both.length < putin.length, 'the filter narrowed the list')
})
