import t from 'tap'
import { createArticle, createEvent, createParticipant, createStatement } from './factories.js'
import { build, getJson } from './helper.js'

t.test('seed data: every statement equals its article slice', async (t) => {
  const { app } = await build(t, { seed: true })
  const { body } = await getJson(app, '/statements?limit=100')
  t.ok(body.data.length >= 8, `at least eight statements (${body.data.length})`)
  const articles = new Map<string, string>()
  for (const statement of body.data) {
    const id = statement.source.article
    if (!articles.has(id)) articles.set(id, (await getJson(app, `/articles/${id}`)).body.body)
    t.equal(articles.get(id)?.slice(statement.source.start, statement.source.end), statement.text, statement.id)
  }
  const kinds = new Set(body.data.map((s: any) => s.kind))
  t.same([...kinds].sort(), ['direct', 'indirect', 'partial'], 'direct, partial and indirect statements')
})

t.test('seed data: a statement carries speaker, event, cue, audience, relay and mentions', async (t) => {
  const { app } = await build(t, { seed: true })
  const first = await getJson(app, '/statements/stm_af1a277ce4d4aaad-01')
  t.equal(first.status, 200)
  t.match(first.body, {
    kind: 'direct',
    language: 'fr',
    cue: 'a déclaré',
    audience: 'à la presse',
    speaker: { id: 'par_vladimir-putin', name: 'Vladimir Putin' },
    event: { id: 'evt_putin-press-statement-2024' },
    source: { article: 'art_af1a277ce4d4aaad', start: 1, end: 149 }
  })
  const relayed = await getJson(app, '/statements/stm_af1a277ce4d4aaad-05')
  t.match(relayed.body, { kind: 'indirect', relayedBy: 'les agences russes', speaker: { name: 'Kim Jong Un' } })
  t.same(relayed.body.mentions, [{ id: 'par_russia', name: 'Russia' }])
})

t.test('statement filters combine with AND', async (t) => {
  const { app, store } = await build(t)
  const body = 'Ana said: "Yes." Ben said: "No." Ana added: "Maybe." Ben dit : « Oui. »'
  const article = await createArticle(store, { body })
  const ana = await createParticipant(store)
  const ben = await createParticipant(store)
  const talks = await createEvent(store)
  const dinner = await createEvent(store)
  const yes = await createStatement(store, { eventId: talks.id, speakerId: ana.id, article }, { text: 'Yes.' })
  const no = await createStatement(store, { eventId: talks.id, speakerId: ben.id, article }, { text: 'No.', kind: 'partial' })
  const maybe = await createStatement(store, { eventId: dinner.id, speakerId: ana.id, article }, { text: 'Maybe.' })
  const oui = await createStatement(store, { eventId: dinner.id, speakerId: ben.id, article }, { text: 'Oui.', language: 'fr' })

  const cases: Array<[string, string[]]> = [
    [`speaker=${ana.id}`, [yes.id, maybe.id]],
    [`event=${dinner.id}`, [maybe.id, oui.id]],
    ['language=fr', [oui.id]],
    ['kind=partial', [no.id]],
    [`speaker=${ben.id}&event=${dinner.id}`, [oui.id]],
    [`speaker=${ben.id}&language=en&kind=direct`, []]
  ]
  for (const [query, expected] of cases) {
    const res = await getJson(app, `/statements?${query}`)
    t.equal(res.status, 200, query)
    t.same(res.body.data.map((s: any) => s.id), expected, query)
  }
  const bad = await app.inject('/statements?kind=rumour')
  t.equal(bad.statusCode, 400)
  t.equal(bad.json().errors[0].name, 'kind')
})

t.test('unknown statement id is a 404 problem', async (t) => {
  const { app } = await build(t)
  const res = await app.inject('/statements/stm_nope')
  t.equal(res.statusCode, 404)
  t.match(res.json(), { status: 404, code: 'NEWS_STATEMENT_NOT_FOUND', detail: "No statement with id 'stm_nope'" })
})
