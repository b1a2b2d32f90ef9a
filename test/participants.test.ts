import t from 'tap'
import { createParticipant } from './factories.js'
import { build, getJson } from './helper.js'

const names = (body: { data: Array<{ name: string }> }) => body.data.map((p) => p.name)

t.test('seed data: every participant the article names, with Wikidata ids and aliases', async (t) => {
  const { app } = await build(t, { seed: true })
  const { status, body } = await getJson(app, '/participants?limit=100')
  t.equal(status, 200)
  const wikidata = Object.fromEntries(body.data.map((p: any) => [p.name, p.wikidataId]))
  t.match(wikidata, {
    'Vladimir Putin': 'Q7747',
    'Kim Jong Un': 'Q56226',
    Russia: 'Q159',
    'North Korea': 'Q423',
    'South Korea': 'Q884',
    'United States': 'Q30',
    Ukraine: 'Q212',
    Pyongyang: 'Q18808',
    Moscow: 'Q649'
  })
  t.same(names(body), [...names(body)].sort(), 'ordered by name')

  const putin = await getJson(app, '/participants/par_vladimir-putin')
  t.equal(putin.status, 200)
  t.match(putin.body, { kind: 'person', name: 'Vladimir Putin', countryCode: 'RU', enrichedFields: ['wikidataId'] })
  for (const alias of ['M. Poutine', 'le président russe', 'le chef du Kremlin', 'Vladimir Poutine']) {
    t.ok(putin.body.aliases.some((a: any) => a.name === alias && a.language === 'fr'), alias)
  }
})

t.test('seed data: q matches names and aliases ignoring case and accents', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string[]]> = [
    ['poutine', ['Vladimir Putin']],
    ['POUTINE', ['Vladimir Putin']],
    ['kremlin', ['Vladimir Putin']],
    ['seoul', ['South Korea']],
    ['Etats-Unis', ['United States']],
    ['washington', ['United States']],
    ['nord-coreen', ['Kim Jong Un']],
    ['zzz', []]
  ]
  for (const [q, expected] of cases) {
    const { status, body } = await getJson(app, `/participants?q=${encodeURIComponent(q)}`)
    t.equal(status, 200, q)
    t.same(names(body), expected, q)
  }
  const kim = await getJson(app, '/participants?q=kim&kind=person')
  t.same(names(kim.body), ['Kim Jong Un'], 'q=kim finds Kim Jong Un')
})

t.test('q matches word beginnings, and what the user types is never search syntax', async (t) => {
  const { app, store } = await build(t)
  await createParticipant(store, { name: '100% Organization', kind: 'organization' })
  await createParticipant(store, { name: 'Sergueï Lavrov' }, [{ name: 'le chef de la diplomatie russe', language: 'fr' }])
  t.same(names((await getJson(app, '/participants?q=100%25')).body), ['100% Organization'])
  t.same(names((await getJson(app, '/participants?q=serguei%20lav')).body), ['Sergueï Lavrov'], 'word prefixes, accents folded')
  t.same(names((await getJson(app, '/participants?q=diplomatie%20RUSSE')).body), ['Sergueï Lavrov'], 'alias words, any case')
  t.same(names((await getJson(app, '/participants?q=avrov')).body), [], 'inside a word is not a match')
  for (const q of ['_', '"', 'AND', 'NEAR(', '*', 'a:b']) {
    t.equal((await app.inject(`/participants?q=${encodeURIComponent(q)}`)).statusCode, 200, q)
  }
})

t.test('kind filter', async (t) => {
  const { app } = await build(t, { seed: true })
  const { body } = await getJson(app, '/participants?kind=country')
  t.same(names(body), ['North Korea', 'Russia', 'South Korea', 'Ukraine', 'United States'])
  const bad = await app.inject('/participants?kind=animal')
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].name, 'kind')
})

t.test("seed data: a participant's events carry their roles, and their statements", async (t) => {
  const { app } = await build(t, { seed: true })
  const events = await getJson(app, '/participants/par_kim-jong-un/events')
  t.equal(events.status, 200)
  const roles = Object.fromEntries(events.body.data.map((e: any) => [e.id, e.roles]))
  t.same(roles['evt_partnership-treaty-signing-2024'], ['signatory'])
  t.same(roles['evt_kim-invited-to-moscow-2024'], ['invitee'])
  t.same(roles['evt_airport-welcome-2024'], ['host'])

  const statements = await getJson(app, '/participants/par_kim-jong-un/statements')
  t.equal(statements.status, 200)
  t.equal(statements.body.data.length, 4)
  t.ok(statements.body.data.every((s: any) => s.speaker.id === 'par_kim-jong-un'))
})

t.test('unknown participant ids are 404 problems on every participant route', async (t) => {
  const { app } = await build(t)
  for (const url of ['/participants/par_nope', '/participants/par_nope/events', '/participants/par_nope/statements']) {
    const res = await app.inject(url)
    t.equal(res.statusCode, 404, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
    t.match(res.json(), { status: 404, code: 'NEWS_PARTICIPANT_NOT_FOUND' })
  }
})
