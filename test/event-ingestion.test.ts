import type { LightMyRequestResponse } from 'fastify'
import t from 'tap'
import type { App } from '../src/app.js'
import { buildWithKey, getJson, type TestContext } from './helper.js'

// Ingestion stores the events an article reports (`?extract=true`, `POST /articles/{id}/extract`):
// the main event and its sub-events, extracted, with their trigger's slice, dates, place and actors;
// statements at the event whose sentence holds them; a second report of a stored event linked to
// it instead of a twin. Every test runs on its own empty database unless it says seed data.

t.setTimeout(120_000)

async function appWithKey (t: TestContext, seed = false) {
  // The overload guard is off (maxEventLoopDelayMs: 0), as in ingestion.test.ts: these tests check
  // what is stored, not responsiveness under a machine busy with other test files.
  const { app, key } = await buildWithKey(t, { maxEventLoopDelayMs: 0 }, { seed })
  const send = (method: 'POST' | 'GET', url: string, body?: string | object): Promise<LightMyRequestResponse> => app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${key}`, ...(typeof body === 'string' ? { 'content-type': 'text/plain; charset=utf-8' } : {}) },
    ...(body === undefined ? {} : { payload: body })
  })
  /** Stores an article from its text (the seed file format) with extraction, and answers its id and body. */
  const ingest = async (published: string, body: string, language: 'fr' | 'en', title = 'Report'): Promise<{ id: string, body: string }> => {
    const res = await send('POST', `/articles?title=${encodeURIComponent(title)}&extract=true&language=${language}`, `date ${published}\n\n${body}\n`)
    if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
    return res.json()
  }
  const snapshot = async () => (await app.inject('/export')).body
  return { app, send, ingest, snapshot }
}

const eventsOf = async (app: App, articleId: string) =>
  ((await getJson(app, '/events?limit=100')).body.data as any[]).filter((e) => e.articles.includes(articleId))

const TREATY = 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday. ' +
  'At the welcome ceremony, Kim Jong Un said: "Our friendship is invincible." ' +
  '"It is a historic day for both our peoples," Mr Putin added.'

t.test('?extract=true stores the main event and its sub-events: extracted, coded, dated, placed, with trigger slices of the article', async (t) => {
  const { app, ingest } = await appWithKey(t)
  const { id, body } = await ingest('2024-06-20', TREATY, 'en')
  const found = await eventsOf(app, id)
  const main = found.find((e) => e.parentId === null)
  t.ok(main, 'a main event')
  t.match(main, {
    type: 'treaty-signing',
    cameo: '05',
    origin: 'extracted',
    startDate: '2024-06-19',
    startPrecision: 'day',
    location: { name: 'Pyongyang', countryCode: 'KP', latitude: Number, longitude: Number },
    articles: [id],
    updatedBy: 'editor'
  })
  t.equal(found.filter((e) => e.parentId === null).length, 1, 'one main event per article')
  t.ok(found.length > 1, 'and sub-events')
  for (const event of found) {
    t.equal(event.origin, 'extracted', event.title)
    t.ok(event.confidence > 0 && event.confidence <= 1, `confidence ${event.confidence}`)
    t.equal(event.source.article, id)
    t.ok(event.source.end > event.source.start)
    if (event !== main) t.equal(event.parentId, main.id, `${event.type} is under the main event`)
  }
  t.equal(body.slice(main.source.start, main.source.end), 'signed', 'the trigger slice is the article text')

  const participants = (await getJson(app, `/events/${main.id}/participants`)).body.data as any[]
  const names = participants.map((p) => p.name)
  t.ok(names.includes('Vladimir Putin') && names.includes('Kim Jong Un'), names.join(', '))
  for (const p of participants) {
    t.equal(p.origin, 'extracted', `${p.name}, unknown before, is created as extracted`)
    t.ok(p.roles.every((r: string) => ['source', 'target', 'mentioned'].includes(r)), `${p.name}: ${p.roles.join(', ')}`)
  }
  t.same(participants.find((p) => p.name === 'Vladimir Putin')?.roles, ['source'], 'the one who signs is a source')
})

t.test("each statement is stored at the event whose sentence holds it, else at the article's main event", async (t) => {
  const { app, ingest } = await appWithKey(t)
  const { id, body } = await ingest('2024-06-20', TREATY, 'en')
  const found = await eventsOf(app, id)
  const main = found.find((e) => e.parentId === null)
  const statements = (await getJson(app, `/statements?article=${id}&limit=100`)).body.data as any[]

  const friendship = statements.find((s) => s.text.startsWith('Our friendship'))
  const sentence = { start: body.indexOf('At the welcome'), end: body.indexOf('invincible."') + 'invincible."'.length }
  const at = found.find((e) => e.id === friendship?.event.id)
  t.ok(at !== undefined && at.id !== main.id, 'a sub-event holds it')
  t.ok(at.source.start >= sentence.start && at.source.end <= sentence.end, `its trigger (${body.slice(at.source.start, at.source.end)}) is in the quote's sentence`)

  const historic = statements.find((s) => s.text.startsWith('It is a historic day'))
  t.equal(historic?.event.id, main.id, 'a quote in a sentence without an event goes to the main event')
})

t.test('extracting again adds no event; ?event= puts the statements there and extracts no event', async (t) => {
  const { app, send, snapshot } = await appWithKey(t)
  const created = await send('POST', '/articles?title=Treaty&language=en', `date 2024-06-20\n\n${TREATY}\n`)
  const { id } = created.json()
  t.same(await eventsOf(app, id), [], 'nothing extracted without ?extract=true')

  const first = await send('POST', `/articles/${id}/extract`)
  t.equal(first.statusCode, 200, first.body)
  const report = first.json()
  t.ok(report.eventsCreated.length > 1, 'events created')
  t.same(report.eventsLinked, [])
  t.equal(report.event, report.eventsCreated[0], 'the main event first')
  t.same((await eventsOf(app, id)).map((e) => e.id).sort(), [...report.eventsCreated].sort())

  const before = await snapshot()
  const again = (await send('POST', `/articles/${id}/extract`)).json()
  t.match(again, { event: report.event, eventsCreated: [], eventsLinked: [], created: [] })
  t.same(await snapshot(), before, 'nothing written')

  const other = (await send('POST', '/articles?title=Other&language=en', 'date 2024-06-20\n\n"We are ready," Mr Putin said of the treaty he signed in Pyongyang.\n')).json()
  const attached = (await send('POST', `/articles/${other.id}/extract?event=${report.event}`)).json()
  t.match(attached, { event: report.event, eventsCreated: [], eventsLinked: [] })
  t.ok(attached.created.length > 0 && attached.created.every((s: any) => s.event.id === report.event))
})

t.test('a relative clause after a bracketed acronym is extracted, not a 500: the name before the acronym is its antecedent', async (t) => {
  const { app, ingest } = await appWithKey(t)
  const body = 'Police arrested two members of the Rapid Support Forces (RSF), who said they had acted alone. ' +
    "Sudan's army blamed the Rapid Support Forces (RSF), which has been at war with the military since April 2023, saying the attack had been carried out with drones."
  const { id } = await ingest('2026-01-22', body, 'en', 'Drone strike on Atbara')
  const statements = (await getJson(app, `/statements?article=${id}&limit=100`)).body.data as any[]
  const said = statements.find((s) => s.text === 'they had acted alone')
  t.match(said?.speaker?.name, /Rapid Support Forces$/, 'the statement after the relative clause is stored, said by the name before the acronym')
  t.ok((await eventsOf(app, id)).some((e) => e.type === 'attack'), 'and the attack the second sentence tells of')
})

t.test('an article the extractor finds no event in gets one `other` event, titled and dated as the article, for its statements', async (t) => {
  const { app, send } = await appWithKey(t)
  const { id } = (await send('POST', '/articles?title=Quotes&language=en', 'date 2024-06\n\n"We are ready to work with all our partners," said John Smith.\n')).json()
  const report = (await send('POST', `/articles/${id}/extract`)).json()
  t.equal(report.eventsCreated.length, 1)
  const event = (await getJson(app, `/events/${report.event}`)).body
  t.match(event, { type: 'other', title: 'Quotes', startDate: '2024-06', startPrecision: 'month', origin: 'curated', source: null, articles: [id] })
  t.ok(report.created.every((s: any) => s.event.id === report.event))
})

t.test('two differently worded reports of one event (en, fr) are one event with two articles', async (t) => {
  const { app, ingest, send } = await appWithKey(t)
  const english = await ingest('2024-06-20', 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday.', 'en', 'Putin and Kim sign a treaty')
  const [signing] = (await getJson(app, '/events?type=treaty-signing')).body.data
  t.ok(signing, 'the first report makes the event')

  const french = await send('POST', `/articles?title=${encodeURIComponent('Moscou et Pyongyang signent un traité')}&language=fr`,
    'date 2024-06-20\n\nLa Russie et la Corée du Nord ont signé hier à Pyongyang un traité de partenariat stratégique.\n')
  const report = (await send('POST', `/articles/${french.json().id}/extract`)).json()
  t.ok(report.eventsLinked.includes(signing.id), 'the second report is linked to it')
  t.notOk(report.eventsCreated.some((e: string) => (report.eventsLinked as string[]).includes(e)))

  const signings = (await getJson(app, '/events?type=treaty-signing')).body.data
  t.equal(signings.length, 1, 'no twin')
  t.same(signings[0].articles.sort(), [english.id, french.json().id].sort())
  t.same((await eventsOf(app, french.json().id)).filter((e) => e.parentId === null).map((e) => e.id), [signing.id], 'its main event is the stored one')
  const names = ((await getJson(app, `/events/${signing.id}/participants`)).body.data as any[]).map((p) => p.name)
  t.ok(names.includes('Vladimir Putin') && names.includes('Russie'), `the second report's actors are added to the event: ${names.join(', ')}`)
})

t.test('reports of different events are not merged: another place and cast, or another date', async (t) => {
  const { app, ingest } = await appWithKey(t)
  await ingest('2024-06-20', 'Kim Jong Un met Vladimir Putin in Pyongyang yesterday.', 'en')
  await ingest('2024-06-20', 'Emmanuel Macron met Olaf Scholz in Berlin yesterday.', 'en')
  const meetings = (await getJson(app, '/events?type=meeting')).body.data as any[]
  t.same(meetings.map((e) => e.location.countryCode).sort(), ['DE', 'KP'], 'the same day, two meetings')

  await ingest('2024-06-20', 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday.', 'en')
  await ingest('2023-09-14', 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday evening.', 'en', 'Another year')
  const signings = (await getJson(app, '/events?type=treaty-signing')).body.data as any[]
  t.same(signings.map((e) => e.startDate).sort(), ['2023-09-13', '2024-06-19'], 'the same cast and place, two dates')
})

t.test('a description is no participant: two reports whose only shared actor is "police" stay two events', async (t) => {
  const { app, ingest } = await appWithKey(t)
  await ingest('2024-06-20', 'Police arrested Daniel Okafor in Lagos yesterday.', 'en')
  await ingest('2024-06-20', 'Police arrested Maria Santos in Manila yesterday.', 'en')
  const arrests = (await getJson(app, '/events?type=arrest')).body.data as any[]
  t.equal(arrests.length, 2, 'two arrests, not one merged by a shared "Police"')
  const names = ((await getJson(app, '/participants?limit=100')).body.data as any[]).map((p) => p.name)
  t.notOk(names.some((n: string) => /police/i.test(n)), `no participant is made of a description: ${names.join(', ')}`)
})

t.test('dates are compared at the coarser precision: a report of a day within a stored month is that event', async (t) => {
  const { app, send, ingest } = await appWithKey(t)
  const stored = await send('POST', '/events', {
    title: 'Russia–North Korea treaty', type: 'treaty-signing', startDate: '2024-06', location: { name: 'Pyongyang', countryCode: 'KP' }
  })
  t.equal(stored.statusCode, 201, stored.body)
  const { id } = await ingest('2024-06-20', 'Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang yesterday.', 'en')
  const signings = (await getJson(app, '/events?type=treaty-signing')).body.data as any[]
  t.equal(signings.length, 1)
  t.match(signings[0], { id: stored.json().id, origin: 'curated', articles: [id] }, 'the curated event, now reported by the article')
})

t.test('seed data: a new report of the treaty signing is linked to the curated event', async (t) => {
  const { app, ingest } = await appWithKey(t, true)
  const { id } = await ingest('2024-06-21', 'Vladimir Poutine et Kim Jong-un ont signé mercredi à Pyongyang un traité de partenariat stratégique.', 'fr')
  const signing = (await getJson(app, '/events/evt_partnership-treaty-signing-2024')).body
  t.ok(signing.articles.includes(id), 'the curated event lists the new article')
  t.equal((await getJson(app, '/events?type=treaty-signing&count=true')).body.total, 1)
})

t.test('GET /events?origin=extracted is the review queue: exactly the extracted events', async (t) => {
  const { app, ingest } = await appWithKey(t, true)
  t.same((await getJson(app, '/events?origin=extracted')).body.data, [], 'seed data: none at first')
  const { id } = await ingest('2024-03-12', 'Police arrested three men in Lyon yesterday after a robbery at a jewellery shop.', 'en')
  const queue = (await getJson(app, '/events?origin=extracted&limit=100')).body.data as any[]
  t.ok(queue.length > 0)
  t.ok(queue.every((e) => e.origin === 'extracted' && e.articles.includes(id)))
  t.equal((await getJson(app, '/events?origin=curated&count=true')).body.total, 8, 'seed data: the curated ones')
})
