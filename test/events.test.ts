import t from 'tap'
import { createEvent, createParticipant } from './factories.js'
import { build, getJson } from './helper.js'

const ids = (body: { data: Array<{ id: string }> }) => body.data.map((e) => e.id)

t.test('seed data: GET /events lists every event of the article, in date order', async (t) => {
  const { app } = await build(t, { seed: true })
  const { status, body, headers } = await getJson(app, '/events')
  t.equal(status, 200)
  t.match(headers['content-type'], /^application\/json/)
  t.equal(body.data.length, 8)
  t.equal(body.nextCursor, null)
  t.same(body.links, { next: null })
  t.ok(ids(body).includes('evt_partnership-treaty-signing-2024'))
  const signing = body.data.find((e: any) => e.id === 'evt_partnership-treaty-signing-2024')
  t.match(signing, {
    type: 'treaty-signing',
    startDate: '2024-06-19',
    startPrecision: 'day',
    endDate: null,
    endPrecision: null,
    location: { name: 'Pyongyang', countryCode: 'KP' },
    parentId: 'evt_putin-state-visit-north-korea-2024',
    articles: ['art_af1a277ce4d4aaad'],
    enrichedFields: ['startDate']
  })
})

t.test('seed data: GET /events/{id}, its participants with roles and its statements', async (t) => {
  const { app } = await build(t, { seed: true })
  const event = await getJson(app, '/events/evt_putin-kim-talks-2024')
  t.equal(event.status, 200)
  t.equal(event.body.title, 'Talks between Vladimir Putin and Kim Jong Un')

  const participants = await getJson(app, '/events/evt_putin-kim-talks-2024/participants')
  t.equal(participants.status, 200)
  t.same(participants.body.data.map((p: any) => [p.id, p.roles]), [
    ['par_kim-jong-un', ['host']],
    ['par_russian-delegation', ['delegation']],
    ['par_vladimir-putin', ['guest']]
  ])

  const signing = await getJson(app, '/events/evt_partnership-treaty-signing-2024/participants')
  t.ok(signing.body.data.every((p: any) => p.roles.includes('signatory')), 'everyone at the signing signed')

  const statements = await getJson(app, '/events/evt_putin-kim-talks-2024/statements')
  t.equal(statements.status, 200)
  t.same(statements.body.data.map((s: any) => s.speaker.id), ['par_kim-jong-un', 'par_vladimir-putin'])
  t.ok(statements.body.data.every((s: any) => s.event.id === 'evt_putin-kim-talks-2024'))
})

t.test('unknown event ids are 404 problems on every event route', async (t) => {
  const { app } = await build(t)
  for (const url of ['/events/evt_nope', '/events/evt_nope/participants', '/events/evt_nope/statements']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 404, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 404, code: 'NEWS_EVENT_NOT_FOUND', detail: "No event with id 'evt_nope'" })
  }
})

t.test('from/to keep the events whose span overlaps, partial dates covering their span', async (t) => {
  const { app, store } = await build(t)
  const year2023 = await createEvent(store, { startDate: '2023' })
  const june = await createEvent(store, { startDate: '2024-06' })
  const june19 = await createEvent(store, { startDate: '2024-06-19' })
  const spanning = await createEvent(store, { startDate: '2024-05-30', endDate: '2024-07-02' })
  const july = await createEvent(store, { startDate: '2024-07-15' })

  const cases: Array<[string, string[]]> = [
    ['from=2024-06-19&to=2024-06-19', [spanning.id, june.id, june19.id]],
    ['from=2024-06', [spanning.id, june.id, june19.id, july.id]],
    ['to=2024-06-01', [year2023.id, spanning.id, june.id]],
    ['from=2023-12-31&to=2023-12-31', [year2023.id]],
    ['from=2024-07-03&to=2024-07', [july.id]],
    ['from=2024&to=2024', [spanning.id, june.id, june19.id, july.id]],
    ['from=2025', []]
  ]
  for (const [query, expected] of cases) {
    const { status, body } = await getJson(app, `/events?${query}`)
    t.equal(status, 200, query)
    t.same(ids(body), expected, query)
  }
})

t.test("one participant's events from a date: those spanning years from before it, merged in date order, page after page", async (t) => {
  const { app, store } = await build(t)
  const ana = await createParticipant(store)
  const role = [{ participantId: ana.id, role: 'guest' as const }]
  const war = await createEvent(store, { startDate: '2019-03', endDate: '2025' }, role)
  await createEvent(store, { startDate: '2020-02', endDate: '2022-01-05' }, role) // spans years, over before 'from'
  await createEvent(store, { startDate: '2021-05' }, role)
  const talks = await createEvent(store, { startDate: '2021-11-20', endDate: '2022-02-01' }, role)
  const [jan, march, may] = [await createEvent(store, { startDate: '2022-01-20' }, role),
    await createEvent(store, { startDate: '2022-03' }, role), await createEvent(store, { startDate: '2022-05-02' }, role)]
  const expected = [war.id, talks.id, jan.id, march.id, may.id]

  const walked: string[] = []
  let next: string | undefined = `/events?participant=${ana.id}&from=2022-01-15&limit=2`
  while (next !== undefined) {
    const { status, body }: { status: number, body: { data: Array<{ id: string }>, links: { next: string | null } } } = await getJson(app, next)
    t.equal(status, 200, next)
    walked.push(...ids(body))
    next = body.links.next ?? undefined
  }
  t.same(walked, expected, 'in date order across pages, none twice, none missing')
  t.same(ids((await getJson(app, `/events?participant=${ana.id}&from=2022-01-15&sort=-startDate`)).body), [...expected].reverse())
  t.same(ids((await getJson(app, `/events?participant=${ana.id}&from=2022-01-15&to=2022-01`)).body), [war.id, talks.id, jan.id])
})

t.test('type, participant and country filters combine with AND', async (t) => {
  const { app, store } = await build(t)
  const ana = await createParticipant(store)
  const ben = await createParticipant(store)
  const inFrance = await createEvent(store, { type: 'meeting', locationName: 'Paris', locationCountry: 'FR' }, [{ participantId: ana.id, role: 'host' }])
  const inKorea = await createEvent(store, { type: 'meeting', locationName: 'Seoul', locationCountry: 'KR' }, [{ participantId: ana.id, role: 'guest' }, { participantId: ana.id, role: 'speaker' }])
  const ceremony = await createEvent(store, { type: 'ceremony', locationName: 'Paris', locationCountry: 'FR' }, [{ participantId: ben.id, role: 'guest' }])

  t.same(ids((await getJson(app, '/events?type=meeting')).body), [inFrance.id, inKorea.id])
  t.same(ids((await getJson(app, `/events?participant=${ana.id}`)).body), [inFrance.id, inKorea.id], 'an event with two roles appears once')
  t.same(ids((await getJson(app, '/events?country=fr')).body), [inFrance.id, ceremony.id], 'country code in any case')
  t.same(ids((await getJson(app, `/events?country=FR&participant=${ana.id}`)).body), [inFrance.id])
  t.same(ids((await getJson(app, `/events?type=ceremony&participant=${ana.id}`)).body), [])
})

t.test('bad event filters are 400 problems naming the parameter', async (t) => {
  const { app } = await build(t)
  const cases: Array<[string, string]> = [
    ['/events?from=2024-13', 'from'],
    ['/events?to=2023-02-29', 'to'],
    ['/events?from=june', 'from'],
    ['/events?type=party', 'type'],
    ['/events?country=FRA', 'country'],
    ['/events?limit=0', 'limit'],
    ['/events?limit=101', 'limit'],
    ['/events?limit=ten', 'limit'],
    ['/events?from=2024-06-02&to=2024-06-01', 'to'],
    ['/events?typo=meeting', 'typo'],
    ['/events?cursor=not-a-cursor', 'cursor']
  ]
  for (const [url, name] of cases) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/, url)
    const problem = res.json()
    t.match(problem, { type: 'about:blank', title: 'Bad Request', status: 400, code: 'NEWS_INVALID_PARAMETER', instance: url }, url)
    t.equal(problem.errors[0].name, name, url)
    t.match(problem.detail, name, url)
    t.notMatch(res.body, /\bat .*\.(ts|js):\d+/, 'no stack trace')
  }
})
