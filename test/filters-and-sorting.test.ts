import t, { type Test } from 'tap'
import { createArticle, createEvent, createParticipant, createStatement } from './factories.js'
import { build, getJson } from './helper.js'
import type { TestStore } from './store.js'
import type { App } from '../src/app.js'
import { ARTICLE_SORTS } from '../src/entities/articles/schemas.js'
import { EVENT_SORTS } from '../src/entities/events/schemas.js'
import { EVENT_TYPES } from '../src/entities/events/vocabulary.js'
import { PARTICIPANT_SORTS } from '../src/entities/participants/schemas.js'
import { PARTICIPANT_KINDS } from '../src/entities/participants/vocabulary.js'
import { STATEMENT_SORTS } from '../src/entities/statements/schemas.js'
import { STATEMENT_KINDS } from '../src/entities/statements/vocabulary.js'

type Row = Record<string, unknown> & { id: string }

const ids = (body: { data: Row[] }) => body.data.map((row) => row.id)
const stm = (...ns: number[]) => ns.map((n) => `stm_af1a277ce4d4aaad-0${n}`)
const PUTIN = stm(1, 2, 3, 4, 9)
const KIM = stm(5, 6, 7, 8)
const EVERY_STATEMENT = stm(1, 2, 3, 4, 5, 6, 7, 8, 9)

/** Each list, the table behind it and its documented sorts (relevance has its own tests, with q). */
const LISTS = [
  { path: '/events', table: 'events', sorts: EVENT_SORTS },
  { path: '/statements', table: 'statements', sorts: STATEMENT_SORTS },
  { path: '/participants', table: 'participants', sorts: PARTICIPANT_SORTS },
  { path: '/articles', table: 'articles', sorts: ARTICLE_SORTS }
].map((list) => ({ ...list, sorts: list.sorts.filter((s) => s !== 'relevance') }))

/** Plain code-point order, as SQLite compares text (not localeCompare). */
const compare = (a: unknown, b: unknown) => String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0

/** The ids a list answers, after checking it answered 200. */
async function listed (t: Test, app: App, url: string): Promise<string[]> {
  const { status, body } = await getJson(app, url)
  t.equal(status, 200, url)
  return status === 200 ? ids(body) : []
}

/** Checks each URL lists exactly the expected ids, in order. */
async function expectLists (t: Test, app: App, cases: Array<[string, string[]]>) {
  for (const [url, expected] of cases) t.same(await listed(t, app, encodeURI(url)), expected, url)
}

/** Follows `links.next` from the first page to the last; returns every page's body. */
async function walk (t: Test, app: App, url: string): Promise<Array<{ data: Row[], total?: number }>> {
  const pages = []
  let next: string | null = url
  while (next !== null) {
    if (pages.length > 100) throw new Error(`pagination of ${url} does not end`)
    const res: { status: number, body: any } = await getJson(app, next)
    t.equal(res.status, 200, next)
    if (res.status !== 200) break
    pages.push(res.body)
    next = res.body.links.next
  }
  return pages
}

/** Checks a 400 problem+json naming `name`; returns the reason given. */
async function expectProblem (t: Test, app: App, url: string, name: string): Promise<string> {
  const res = await app.inject(url)
  t.equal(res.statusCode, 400, url)
  t.match(res.headers['content-type'], /^application\/problem\+json/, url)
  const problem = res.json()
  t.match(problem, { status: 400, code: 'NEWS_INVALID_PARAMETER', errors: [{ in: 'querystring', name }] }, url)
  return problem.errors?.[0]?.reason ?? ''
}

const touch = async (store: TestStore, table: string, id: string, instant: string) =>
  await store.query(`update ${table} set updated_at = ? where id = ?`, instant, id)

/** Ten rows of each kind whose sort fields tie a lot: three titles, names, dates, update instants. */
async function tiedRows (store: TestStore) {
  const instants = ['2024-06-21T08:30:00.000Z', '2024-06-20T10:00:00.000Z', '2024-06-19T23:59:59.999Z']
  for (let i = 0; i < 10; i++) {
    const article = await createArticle(store, { published: ['2024-06-19', '2023', '2024-06'][i % 3] })
    const event = await createEvent(store, { title: ['Talks', 'Summit', 'Ceremony'][i % 3], startDate: ['2024-06-19', '2024', '2024-06', '2023-12-31'][i % 4] })
    const speaker = await createParticipant(store, { name: ['Zhou', 'Adams', 'Mayer'][i % 3] })
    const statement = await createStatement(store, { eventId: event.id, speakerId: speaker.id, article })
    const instant = instants[(i * 2) % 3]!
    for (const [table, id] of [['articles', article.id], ['events', event.id], ['participants', speaker.id], ['statements', statement.id]] as const) {
      await touch(store, table, id, instant)
    }
  }
}

t.test('seed data: several values of one filter mean OR, repeated or comma-separated alike', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string, string[], string[]]> = [
    ['/statements', 'kind', ['direct', 'partial'], stm(1, 2, 3, 6, 7, 8, 9)],
    ['/statements', 'speaker', ['par_kim-jong-un', 'Q7747'], EVERY_STATEMENT],
    ['/statements', 'event', ['evt_putin-kim-talks-2024', 'evt_putin-press-statement-2024'], stm(1, 2, 3, 4, 8, 9)],
    ['/events', 'type', ['meeting', 'ceremony'], ['evt_kim-il-sung-square-ceremony-2024', 'evt_putin-kim-talks-2024', 'evt_putin-kim-tete-a-tete-2024']],
    ['/participants', 'kind', ['place', 'organization'], ['par_kim-il-sung-square', 'par_moscow', 'par_pyongyang', 'par_russian-delegation']],
    ['/participants', 'wikidata', ['Q7747', 'Q212'], ['par_ukraine', 'par_vladimir-putin']]
  ]
  for (const [path, name, values, expected] of cases) {
    const repeated = values.map((v) => `${name}=${encodeURIComponent(v)}`).join('&')
    const comma = `${name}=${values.map(encodeURIComponent).join(',')}`
    t.same(await listed(t, app, `${path}?${repeated}`), expected, `${path}?${repeated}`)
    t.same(await listed(t, app, `${path}?${comma}`), expected, `${path}?${comma}`)
    const singles = new Set<string>()
    for (const v of values) for (const id of await listed(t, app, `${path}?${name}=${encodeURIComponent(v)}`)) singles.add(id)
    t.same([...singles].sort(), [...expected].sort(), `${path} ${name}: the union of each value alone`)
  }
})

t.test('seed data: filters on different fields combine with AND', async (t) => {
  const { app } = await build(t, { seed: true })
  await expectLists(t, app, [
    ['/statements?speaker=par_kim-jong-un&kind=partial', stm(6, 7, 8)],
    ['/statements?kind=direct,partial&speaker=Q56226', stm(6, 7, 8)],
    ['/statements?mentioned=par_russia&speaker=par_vladimir-putin', stm(2, 4, 9)],
    ['/statements?eventType=press-statement&kind=direct', stm(1, 2)],
    ['/statements?eventType=meeting,press-statement&mentioned=ukraine', stm(8, 9)],
    ['/statements?speaker=par_kim-jong-un&event=evt_putin-press-statement-2024', []],
    ['/events?type=meeting&participant=par_russian-delegation', ['evt_putin-kim-talks-2024']],
    ['/events?parent=evt_putin-state-visit-north-korea-2024&type=welcome,ceremony', ['evt_airport-welcome-2024', 'evt_kim-il-sung-square-ceremony-2024']],
    ['/events?type=state-visit&parent=evt_putin-state-visit-north-korea-2024', []],
    ['/participants?kind=country&q=corée', ['par_north-korea', 'par_south-korea']],
    ['/participants?kind=person&wikidata=Q159', []]
  ])
})

t.test('seed data: statements by speaker, mentioned, event, eventType, article, language and kind', async (t) => {
  const { app } = await build(t, { seed: true })
  await expectLists(t, app, [
    ['/statements?speaker=par_vladimir-putin', PUTIN],
    ['/statements?mentioned=par_ukraine', stm(8, 9)],
    ['/statements?mentioned=par_russia', stm(2, 4, 5, 7, 8, 9)],
    ['/statements?event=evt_putin-kim-talks-2024', stm(8, 9)],
    ['/statements?eventType=press-statement', stm(1, 2, 3, 4)],
    ['/statements?eventType=state-visit', stm(5, 6, 7)],
    ['/statements?eventType=ceremony', []],
    ['/statements?article=art_af1a277ce4d4aaad', EVERY_STATEMENT],
    ['/statements?article=art_nope', []],
    ['/statements?language=fr', EVERY_STATEMENT],
    ['/statements?language=en', []],
    ['/statements?kind=indirect', stm(4, 5)],
    ['/statements?kind=partial', stm(3, 6, 7, 8)]
  ])
})

t.test('statements from/to keep those made at events overlapping the range', async (t) => {
  const { app, store } = await build(t)
  const article = await createArticle(store)
  const speaker = await createParticipant(store)
  const at = async (startDate: string, endDate?: string) =>
    (await createStatement(store, { eventId: (await createEvent(store, { startDate, endDate })).id, speakerId: speaker.id, article })).id
  const may = await at('2024-05-01')
  const june19 = await at('2024-06-19')
  const july = await at('2024-07')
  const summer = await at('2024-06-30', '2024-08-02')
  await expectLists(t, app, [
    ['/statements?from=2024-06', [june19, july, summer]],
    ['/statements?to=2024-06', [may, june19, summer]],
    ['/statements?from=2024-07-15&to=2024-07-15', [july, summer]],
    ['/statements?from=2024-08-01', [summer]],
    ['/statements?from=2024-05-02&to=2024-06-18', []],
    ['/statements?from=2024&to=2024', [may, june19, july, summer]],
    ['/statements?from=2025', []],
    ['/statements?from=2024-06&kind=partial', []]
  ])
  await expectProblem(t, app, '/statements?from=2024-07&to=2024-06', 'to')
  await expectProblem(t, app, '/statements?from=2024-13', 'from')
})

t.test('events by type, participant, country, location, parent and from/to', async (t) => {
  const { app, store } = await build(t)
  const ana = await createParticipant(store)
  const ben = await createParticipant(store)
  const visit = await createEvent(store, { type: 'state-visit', startDate: '2024-06-18', endDate: '2024-06-20', locationName: 'Pyongyang', locationCountry: 'KP' })
  const talks = await createEvent(store, { type: 'meeting', locationName: 'Pyongyang', locationCountry: 'KP', parentId: visit.id }, [{ participantId: ana.id, role: 'guest' }])
  const square = await createEvent(store, { type: 'ceremony', locationName: 'Kim Il Sung Square', locationCountry: 'KP', parentId: visit.id })
  const aside = await createEvent(store, { type: 'meeting', locationName: 'Pyongyang', locationCountry: 'KP', parentId: talks.id })
  const paris = await createEvent(store, { type: 'meeting', startDate: '2024-07', locationName: 'Paris', locationCountry: 'FR' }, [{ participantId: ben.id, role: 'host' }])
  const idsOf = (...events: Array<{ id: string }>) => events.map((e) => e.id)
  await expectLists(t, app, [
    ['/events', idsOf(visit, talks, square, aside, paris)],
    ['/events?type=meeting', idsOf(talks, aside, paris)],
    ['/events?type=state-visit,ceremony', idsOf(visit, square)],
    [`/events?participant=${ana.id}`, idsOf(talks)],
    [`/events?participant=${ana.id},${ben.id}`, idsOf(talks, paris)],
    ['/events?participant=nobody', []],
    ['/events?country=kp', idsOf(visit, talks, square, aside)],
    ['/events?country=FR&country=kp', idsOf(visit, talks, square, aside, paris)],
    ['/events?location=Pyongyang', idsOf(visit, talks, aside)],
    ['/events?location=Paris,Kim Il Sung Square', idsOf(square, paris)],
    ['/events?location=pyongyang', []],
    [`/events?parent=${visit.id}`, idsOf(talks, square)],
    [`/events?parent=${visit.id},${talks.id}`, idsOf(talks, square, aside)],
    ['/events?parent=evt_nope', []],
    ['/events?from=2024-07', idsOf(paris)],
    ['/events?to=2024-06-18', idsOf(visit)],
    ['/events?from=2024-06-20&to=2024-06-20', idsOf(visit)],
    ['/events?from=2024-06-19&to=2024-06-19&type=meeting&location=Pyongyang', idsOf(talks, aside)]
  ])
})

t.test('seed data: location matches a place whose name contains a comma', async (t) => {
  const { app } = await build(t, { seed: true })
  const place = 'Kim Il Sung Square, Pyongyang'
  const { body } = await getJson(app, '/events/evt_kim-il-sung-square-ceremony-2024')
  t.equal(body.location.name, place, 'the seed names the place with a comma')
  t.same(await listed(t, app, `/events?location=${encodeURIComponent(place)}`), ['evt_kim-il-sung-square-ceremony-2024'],
    'an encoded comma (%2C) is part of the value')
})

t.test('participants by kind, wikidata and q', async (t) => {
  const { app, store } = await build(t)
  const ada = await createParticipant(store, { name: 'Ada Lovelace', wikidataId: 'Q7259' }, [{ name: 'Comtesse de Lovelace', language: 'fr' }])
  const society = await createParticipant(store, { kind: 'organization', name: 'Analytical Society', wikidataId: 'Q4751' })
  const scotland = await createParticipant(store, { kind: 'country', name: 'Écosse' }, [{ name: 'Scotland', language: 'en' }])
  const hall = await createParticipant(store, { kind: 'place', name: 'Lovelace Hall' })
  await expectLists(t, app, [
    ['/participants', [ada.id, society.id, hall.id, scotland.id]],
    ['/participants?kind=person', [ada.id]],
    ['/participants?kind=person,place', [ada.id, hall.id]],
    ['/participants?wikidata=Q7259', [ada.id]],
    ['/participants?wikidata=Q7259,Q4751', [ada.id, society.id]],
    ['/participants?wikidata=Q99', []],
    ['/participants?q=lovelace', [ada.id, hall.id]],
    ['/participants?q=COMTESSE', [ada.id]],
    ['/participants?q=ecosse', [scotland.id]],
    ['/participants?q=scot', [scotland.id]],
    ['/participants?q=lovelace&kind=place', [hall.id]],
    ['/participants?q=lovelace&wikidata=Q7259', [ada.id]],
    ['/participants?q=society&kind=person', []]
  ])
  for (const q of ['"', '*', 'AND', 'NEAR(', 'x"y', '(lovelace']) {
    const { status } = await getJson(app, `/participants?q=${encodeURIComponent(q)}`)
    t.equal(status, 200, `q=${q} is plain text, not a search expression`)
  }
})

t.test('seed data: speaker, mentioned and participant take an id, a Wikidata id, a name or an alias in any case, or a mix', async (t) => {
  const { app } = await build(t, { seed: true })
  const kimEvents = ['evt_airport-welcome-2024', 'evt_kim-invited-to-moscow-2024', 'evt_partnership-treaty-signing-2024',
    'evt_putin-kim-talks-2024', 'evt_putin-kim-tete-a-tete-2024', 'evt_putin-state-visit-north-korea-2024']
  await expectLists(t, app, [
    ...['par_vladimir-putin', 'Q7747', 'Vladimir Putin', 'vladimir putin', 'm. poutine', 'M. POUTINE', 'Le Chef Du Kremlin']
      .map((ref): [string, string[]] => [`/statements?speaker=${ref}`, PUTIN]),
    ['/statements?speaker=Q56226,m. poutine', EVERY_STATEMENT],
    ['/statements?speaker=par_kim-jong-un&speaker=Vladimir Putin', EVERY_STATEMENT],
    ['/statements?speaker=par_nope,mr kim', KIM],
    ...['par_ukraine', 'Q212', 'Ukraine', 'ukraine'].map((ref): [string, string[]] => [`/statements?mentioned=${ref}`, stm(8, 9)]),
    ['/statements?mentioned=corée du nord', stm(2, 4, 6, 8, 9)],
    ['/statements?mentioned=vladimir poutine,Q212', stm(6, 8, 9)],
    ['/statements?mentioned=moscou', stm(2, 4, 5, 7, 8, 9)], // an alias of Russia, and of Moscow
    ...['par_kim-jong-un', 'Q56226', 'kim jong un', 'le dirigeant nord-coréen', 'MR KIM']
      .map((ref): [string, string[]] => [`/events?participant=${ref}`, kimEvents]),
    ['/events?participant=Q649', ['evt_kim-invited-to-moscow-2024']],
    ['/events?participant=séoul,Washington', ['evt_putin-state-visit-north-korea-2024']]
  ])
  for (const url of ['/statements?speaker=nobody', '/statements?speaker=Q1', '/statements?mentioned=nobody', '/events?participant=nobody']) {
    const { status, body } = await getJson(app, encodeURI(url))
    t.equal(status, 200, `${url}: an unknown reference is no error`)
    t.same(body.data, [], `${url}: and matches nothing`)
  }
})

t.test('seed data: names and aliases match in any case beyond ASCII too (CORÉE, SÉOUL, états)', async (t) => {
  const { app } = await build(t, { seed: true })
  await expectLists(t, app, [
    ['/statements?mentioned=CORÉE DU NORD', stm(2, 4, 6, 8, 9)],
    ['/events?participant=SÉOUL', ['evt_putin-state-visit-north-korea-2024']],
    ['/events?participant=états-unis', ['evt_putin-state-visit-north-korea-2024']]
  ])
})

t.test('every documented sort, both ways, pages through every row once with ties broken by id', async (t) => {
  const { app, store } = await build(t)
  await tiedRows(store)
  for (const { path, sorts } of LISTS) {
    const rows: Row[] = (await getJson(app, `${path}?limit=100`)).body.data
    t.ok(rows.length >= 10, `${path}: ${rows.length} rows`)
    for (const field of sorts) {
      if (field !== 'id') t.ok(new Set(rows.map((r) => r[field])).size < rows.length, `${path}: ${field} has ties`)
      const ascending = [...rows].sort((a, b) => compare(a[field], b[field]) || compare(a.id, b.id)).map((r) => r.id)
      for (const [sort, expected] of [[field, ascending], [`-${field}`, [...ascending].reverse()]] as const) {
        const seen = (await walk(t, app, `${path}?sort=${sort}&limit=3`)).flatMap(ids)
        t.same(seen, expected, `${path}?sort=${sort}`)
        t.equal(new Set(seen).size, seen.length, `${path}?sort=${sort}: no row twice`)
      }
    }
  }
})

t.test('a cursor issued under one sort is a 400 naming cursor under another', async (t) => {
  const { app, store } = await build(t)
  await tiedRows(store)
  for (const { path, sorts } of LISTS) {
    for (const field of sorts) {
      const { body } = await getJson(app, `${path}?sort=${field}&limit=1`)
      const cursor = body.nextCursor as string
      t.equal((await getJson(app, `${path}?sort=${field}&limit=1&cursor=${cursor}`)).status, 200, `${path}: same sort, cursor accepted`)
      for (const other of [`-${field}`, ...sorts.filter((s) => s !== field)]) {
        await expectProblem(t, app, `${path}?sort=${other}&cursor=${cursor}`, 'cursor')
      }
    }
  }
})

t.test('an unknown sort is a 400 naming sort and listing the sorts there are', async (t) => {
  const { app } = await build(t)
  const cases: Array<[string, readonly string[]]> = [
    ['/events?sort=date', EVENT_SORTS],
    ['/events?sort=--title', EVENT_SORTS],
    ['/events?sort=title,startDate', EVENT_SORTS],
    ['/statements?sort=text', STATEMENT_SORTS],
    ['/participants?sort=relevance', PARTICIPANT_SORTS],
    ['/articles?sort=-title', ARTICLE_SORTS]
  ]
  for (const [url, sorts] of cases) {
    const reason = await expectProblem(t, app, url, 'sort')
    for (const sort of sorts) t.match(reason, sort, `${url}: names ${sort}`)
  }
})

t.test('count=true adds the exact total to every page, whatever the limit and cursor; without it there is none', async (t) => {
  const { app, store } = await build(t)
  await tiedRows(store)
  for (const { path } of LISTS) {
    for (const query of ['', '&sort=-updatedAt']) {
      const pages = await walk(t, app, `${path}?count=true&limit=4${query}`)
      const walked = pages.flatMap(ids).length
      t.ok(pages.length > 1, `${path}: several pages`)
      t.same(pages.map((p) => p.total), pages.map(() => walked), `${path}${query}: every page says ${walked}`)
    }
    const plain = await walk(t, app, `${path}?limit=4`)
    t.notOk(plain.some((page) => 'total' in page), `${path}: no total without count=true`)
    t.notOk((await walk(t, app, `${path}?limit=4&count=false`)).some((page) => 'total' in page), `${path}: nor with count=false`)
  }
  const filtered = await walk(t, app, '/participants?q=zhou&count=true&limit=1')
  t.same(filtered.map((p) => p.total), [4, 4, 4, 4], 'a filtered total counts the matches only')
})

t.test('updatedSince keeps the rows changed at or after the instant, whatever the offset', async (t) => {
  const { app, store } = await build(t)
  const article = await createArticle(store)
  const event = await createEvent(store)
  const speaker = await createParticipant(store)
  const rowsOf: Record<string, () => Promise<string>> = {
    articles: async () => (await createArticle(store)).id,
    events: async () => (await createEvent(store)).id,
    participants: async () => (await createParticipant(store)).id,
    statements: async () => (await createStatement(store, { eventId: event.id, speakerId: speaker.id, article })).id
  }
  const instants = { before: '2024-06-20T09:59:59.999Z', at: '2024-06-20T10:00:00.000Z', after: '2024-06-21T00:00:00.000Z' }
  const cases: Array<[string, Array<keyof typeof instants>]> = [
    ['2024-06-20T10:00:00Z', ['at', 'after']],
    ['2024-06-20T12:00:00+02:00', ['at', 'after']],
    ['2024-06-20T05:00:00-05:00', ['at', 'after']],
    ['2024-06-20t10:00:00z', ['at', 'after']],
    ['2024-06-20T10:00:00.001Z', ['after']],
    ['2024-06-20T11:59:59.999+02:00', ['before', 'at', 'after']],
    ['2024-06-21T01:00:00+01:00', ['after']],
    ['2024-06-21T00:00:00.001Z', []]
  ]
  for (const { path, table } of LISTS) {
    await store.query(`update ${table} set updated_at = '2000-01-01T00:00:00.000Z'`)
    const made: Record<string, string> = {}
    for (const [name, instant] of Object.entries(instants)) {
      made[name] = await rowsOf[table]!()
      await touch(store, table, made[name], instant)
    }
    for (const [since, expected] of cases) {
      const url = `${path}?updatedSince=${encodeURIComponent(since)}`
      t.same(await listed(t, app, url), expected.map((name) => made[name]), `${path} since ${since}`)
    }
  }
})

t.test('an invalid updatedSince is a 400 naming it', async (t) => {
  const { app } = await build(t)
  for (const { path } of LISTS) {
    for (const since of ['yesterday', '2024-06-20', '2024-06-20T10:00:00', '2024-02-30T10:00:00Z', '2024-06-20T25:00:00Z', '2024-06-20T10:00:00+24:00', '']) {
      await expectProblem(t, app, `${path}?updatedSince=${encodeURIComponent(since)}`, 'updatedSince')
    }
  }
})

t.test('updatedSince on a leap second (valid RFC 3339) is answered, not a server error', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const { path } of LISTS) {
    const res = await app.inject(`${path}?updatedSince=2016-12-31T23:59:60Z`)
    t.ok(res.statusCode === 200 || res.statusCode === 400, `${path}: answered ${res.statusCode}`)
  }
})

t.test('a bad value among several names the parameter and lists the allowed values', async (t) => {
  const { app } = await build(t)
  const cases: Array<[string, string, readonly string[]]> = [
    ['/statements?kind=direct,rumour', 'kind', STATEMENT_KINDS],
    ['/statements?kind=direct&kind=rumour', 'kind', STATEMENT_KINDS],
    ['/statements?kind=direct,', 'kind', STATEMENT_KINDS],
    ['/statements?eventType=meeting,party', 'eventType', EVENT_TYPES],
    ['/events?type=party,meeting', 'type', EVENT_TYPES],
    ['/participants?kind=person,animal', 'kind', PARTICIPANT_KINDS],
    ['/events?country=FR,FRA', 'country', []],
    ['/participants?wikidata=Q7747,7747', 'wikidata', []],
    ['/statements?language=fr,français', 'language', []],
    ['/statements?speaker=par_vladimir-putin,', 'speaker', []],
    ['/events?participant=,', 'participant', []]
  ]
  for (const [url, name, allowed] of cases) {
    const reason = await expectProblem(t, app, encodeURI(url), name)
    for (const value of allowed) t.match(reason, value, `${url}: lists ${value}`)
  }
})
