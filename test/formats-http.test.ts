import { parse } from 'csv-parse/sync'
import t from 'tap'
import type { App } from '../src/app.js'
import { createArticle, createEvent, createParticipant, createStatement, createStatements } from './factories.js'
import { build, getJson } from './helper.js'
import type { TestStore } from './store.js'

// The formats through HTTP: negotiation, then CSV, NDJSON and JSON-LD bodies against the JSON.

const TYPES = {
  json: /^application\/json/,
  csv: /^text\/csv; charset=utf-8$/,
  ndjson: /^application\/x-ndjson/,
  jsonld: /^application\/ld\+json/
}
type Format = keyof typeof TYPES

const get = (app: App, url: string, accept?: string) =>
  app.inject({ method: 'GET', url, headers: accept === undefined ? {} : { accept } })

/** The format of an answer, from its Content-Type. */
const formatOf = (contentType: unknown): Format | undefined =>
  (Object.keys(TYPES) as Format[]).find((format) => TYPES[format].test(String(contentType)))

/** CSV rows (header first), parsed by a real CSV parser. */
const csvRows = (body: string): string[][] => parse(body)

const ndjsonItems = (body: string): unknown[] => {
  const lines = body.split('\n')
  if (lines.pop() !== '') throw new Error('NDJSON does not end with a newline')
  return lines.map((line) => JSON.parse(line))
}

/** What a CSV cell holds for a JSON value: empty for null, ids for lists of records, `|` between list items. */
function cell (item: object, column: string): string {
  let value: any = item
  for (const key of column.split('.')) value = value === null || value === undefined ? undefined : value[key]
  const scalar = (v: unknown) => v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)
  if (!Array.isArray(value)) return scalar(value)
  if (value.every((v) => typeof v === 'object' && v !== null && 'id' in v)) return value.map((v) => v.id).join('|')
  if (value.some((v) => typeof v === 'object' && v !== null)) return JSON.stringify(value)
  return value.map(scalar).join('|')
}

const EVENT_COLUMNS = [
  'id', 'title', 'summary', 'type', 'startDate', 'startPrecision', 'endDate', 'endPrecision',
  'location.name', 'location.countryCode', 'location.latitude', 'location.longitude',
  'parentId', 'articles', 'enrichedFields', 'createdAt', 'updatedAt'
]
const STATEMENT_COLUMNS = [
  'id', 'text', 'kind', 'language', 'cue', 'audience', 'relayedBy', 'speaker.id', 'speaker.name', 'event.id', 'event.title',
  'mentions', 'source.article', 'source.start', 'source.end', 'createdAt', 'updatedAt'
]
const PARTICIPANT_COLUMNS = ['id', 'kind', 'name', 'description', 'countryCode', 'wikidataId', 'aliases', 'enrichedFields', 'createdAt', 'updatedAt']
const ARTICLE_COLUMNS = ['id', 'title', 'publisher', 'language', 'published', 'url', 'body', 'enrichedFields', 'createdAt', 'updatedAt']

t.test('seed data: format= and Accept pick JSON, CSV, NDJSON or JSON-LD; format= wins', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string | undefined, Format]> = [
    ['', undefined, 'json'],
    ['format=json', undefined, 'json'],
    ['format=csv', undefined, 'csv'],
    ['format=ndjson', undefined, 'ndjson'],
    ['format=jsonld', undefined, 'jsonld'],
    ['', 'application/json', 'json'],
    ['', 'text/csv', 'csv'],
    ['', 'application/x-ndjson', 'ndjson'],
    ['', 'application/ld+json', 'jsonld'],
    ['', '*/*', 'json'],
    ['', 'text/*', 'csv'],
    ['', 'text/csv;q=0.5, application/json', 'json'],
    ['', 'application/json;q=0.1, application/x-ndjson;q=0.9', 'ndjson'],
    ['', 'application/xml, text/csv;q=0.2', 'csv'],
    ['format=csv', 'application/json', 'csv'],
    ['format=ndjson', 'application/ld+json', 'ndjson'],
    ['format=json', 'image/png', 'json'],
    ['format=jsonld', 'application/xml', 'jsonld']
  ]
  for (const path of ['/events', '/events/evt_putin-kim-talks-2024', '/participants/par_kim-jong-un/statements']) {
    for (const [query, accept, expected] of cases) {
      const url = query === '' ? path : `${path}?${query}`
      const res = await get(app, url, accept)
      const label = `${url} Accept: ${accept ?? '(none)'}`
      t.equal(res.statusCode, 200, label)
      t.equal(formatOf(res.headers['content-type']), expected, `${label} → ${expected}`)
    }
  }
})

t.test('an Accept nothing can satisfy is a 406 problem listing the types offered', async (t) => {
  const { app, store } = await build(t)
  const event = await createEvent(store)
  for (const url of ['/events', `/events/${event.id}`, `/events/${event.id}/participants`, '/statements', '/articles']) {
    for (const accept of ['application/xml', 'image/png', 'text/html, application/pdf;q=0.5']) {
      const res = await get(app, url, accept)
      t.equal(res.statusCode, 406, `${url} ${accept}`)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      const problem = res.json()
      t.match(problem, { status: 406, title: 'Not Acceptable', code: 'NEWS_NOT_ACCEPTABLE', instance: url })
      for (const type of ['application/json', 'text/csv', 'application/x-ndjson', 'application/ld+json']) {
        t.match(problem.detail, type, `${url} ${accept}: detail offers ${type}`)
      }
    }
  }
})

t.test('seed data: CSV has the flattened columns and one row per record, each value as in the JSON', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string[]]> = [
    ['/events', EVENT_COLUMNS],
    ['/events/evt_putin-press-statement-2024/statements', STATEMENT_COLUMNS],
    ['/statements', STATEMENT_COLUMNS],
    ['/participants', PARTICIPANT_COLUMNS],
    ['/articles', ARTICLE_COLUMNS]
  ]
  for (const [path, columns] of cases) {
    const json = (await getJson(app, `${path}?limit=100`)).body
    const res = await get(app, `${path}?limit=100&format=csv`)
    t.equal(res.statusCode, 200, path)
    t.equal(res.headers['content-type'], 'text/csv; charset=utf-8', path)
    const [header, ...rows] = csvRows(res.body)
    // Schemas may grow fields: the known columns come in this order, and every column is a field of the JSON.
    t.same(header!.filter((column) => columns.includes(column)), columns, `${path}: header`)
    t.ok(header!.every((column) => json.data.every((item: object) => column.split('.')[0]! in item)), `${path}: every column is a JSON field`)
    t.notOk(header!.some((column) => /^(embedded|snippet)\b/.test(column)), `${path}: no embedded records or snippets`)
    t.equal(rows.length, json.data.length, `${path}: one row per record`)
    t.same(rows, json.data.map((item: object) => header!.map((column) => cell(item, column))), `${path}: values as in the JSON`)
  }
  const one = await get(app, '/statements/stm_af1a277ce4d4aaad-02?format=csv')
  const [header, row, ...rest] = csvRows(one.body)
  t.same(header!.filter((column) => STATEMENT_COLUMNS.includes(column)), STATEMENT_COLUMNS)
  t.same(rest, [], 'a single record is one row')
  const record = Object.fromEntries(header!.map((column, i) => [column, row![i]]))
  t.match(record, {
    'speaker.id': 'par_vladimir-putin',
    'source.article': 'art_af1a277ce4d4aaad',
    'source.start': '217',
    'source.end': '349',
    mentions: 'par_north-korea|par_russia',
    audience: ''
  })
})

t.test('CSV quoting survives a round trip: quotes, commas and newlines', async (t) => {
  const { app, store } = await build(t)
  const text = 'No, we will "never"\nsign; not, "ever".'
  const article = await createArticle(store, {
    title: 'Talks, "frank" and\r\nlong',
    body: `The minister said: ${text} Then he left, "quietly".`
  })
  const speaker = await createParticipant(store, { name: 'Smith, "the minister"' })
  const event = await createEvent(store, { title: 'Talks,\n"round two"', locationName: 'Paris, France' })
  const statement = await createStatement(store, { eventId: event.id, speakerId: speaker.id, article }, { text, cue: 'said, "firmly"' })

  const cases: Array<[string, Record<string, string>]> = [
    [`/statements/${statement.id}`, { text, cue: 'said, "firmly"', 'speaker.name': speaker.name, 'event.title': event.title }],
    ['/statements', { text, 'event.title': event.title }],
    [`/articles/${article.id}`, { title: article.title, body: article.body }],
    [`/events/${event.id}`, { title: event.title, 'location.name': 'Paris, France' }],
    ['/participants', { name: speaker.name }]
  ]
  for (const [path, expected] of cases) {
    const res = await get(app, `${path}?format=csv`)
    const [header, ...rows] = csvRows(res.body)
    t.equal(rows.length, 1, `${path}: one record, whatever its newlines`)
    const record = Object.fromEntries(header!.map((column, i) => [column, rows[0]![i]]))
    t.match(record, expected, `${path}: values come back exactly`)
  }
})

t.test('seed data: fields= limits the CSV columns, nested fields to their dotted columns', async (t) => {
  const { app } = await build(t, { seed: true })
  const cases: Array<[string, string[]]> = [
    ['/events?fields=title', ['id', 'title']],
    ['/events?fields=title,location', ['id', 'title', 'location.name', 'location.countryCode', 'location.latitude', 'location.longitude']],
    ['/events/evt_putin-kim-talks-2024?fields=startDate&fields=articles', ['id', 'startDate', 'articles']],
    ['/statements?fields=speaker,source', ['id', 'speaker.id', 'speaker.name', 'source.article', 'source.start', 'source.end']],
    ['/participants?fields=wikidataId', ['id', 'wikidataId']]
  ]
  for (const [url, columns] of cases) {
    const json = (await getJson(app, url)).body
    const res = await get(app, `${url}&format=csv`)
    t.equal(res.statusCode, 200, url)
    const [header, ...rows] = csvRows(res.body)
    t.same(header, columns, url)
    const items = 'data' in json ? json.data : [json]
    t.same(rows, items.map((item: object) => columns.map((column) => cell(item, column))), `${url}: values`)
  }
})

t.test('seed data: CSV of an event\'s participants keeps their roles, like the JSON', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const [url, id] of [
    ['/events/evt_putin-kim-talks-2024/participants', 'par_kim-jong-un'],
    ['/participants/par_kim-jong-un/events', 'evt_putin-kim-talks-2024']
  ] as const) {
    const json = (await getJson(app, url)).body
    const [header, ...rows] = csvRows((await get(app, `${url}?format=csv`)).body)
    t.ok(header!.includes('roles'), `${url}: a roles column`)
    const row = rows.find((r) => r[0] === id)
    t.equal(row?.[header!.indexOf('roles')], json.data.find((r: any) => r.id === id).roles.join('|'), `${url}: ${id}'s roles`)
  }
})

t.test('seed data: NDJSON is one JSON record per line, the same as the JSON data, newline-terminated', async (t) => {
  const { app } = await build(t, { seed: true })
  for (const path of ['/events', '/statements?include=speaker', '/participants?limit=5', '/articles', '/events/evt_putin-kim-talks-2024/participants']) {
    const url = `${path}${path.includes('?') ? '&' : '?'}`
    const json = (await getJson(app, url)).body
    const res = await get(app, `${url}format=ndjson`)
    t.equal(res.statusCode, 200, path)
    t.match(res.headers['content-type'], TYPES.ndjson, path)
    t.ok(res.body.endsWith('\n'), `${path}: trailing newline`)
    t.same(ndjsonItems(res.body), json.data, `${path}: lines equal the JSON data`)
  }
  const one = await get(app, '/participants/par_vladimir-putin', 'application/x-ndjson')
  t.same(ndjsonItems(one.body), [(await getJson(app, '/participants/par_vladimir-putin')).body], 'a single record is one line')
})

t.test('seed data: JSON-LD speaks schema.org: a graph for lists, one node for a record', async (t) => {
  const { app } = await build(t, { seed: true })
  const graph = async (url: string) => {
    const res = await get(app, url)
    t.equal(res.statusCode, 200, url)
    t.match(res.headers['content-type'], TYPES.jsonld, url)
    const doc = res.json()
    t.equal(doc['@context'], 'https://schema.org', `${url}: @context`)
    t.ok(Array.isArray(doc['@graph']), `${url}: @graph`)
    return doc['@graph'] as any[]
  }
  const byId = (nodes: any[], id: string) => nodes.find((node) => node.identifier === id)
  const typesOf = (nodes: any[]) => [...new Set(nodes.map((node) => node['@type']))].sort()

  const events = await graph('/events?format=jsonld')
  t.equal(events.length, 8)
  t.same(typesOf(events), ['Event'])
  t.equal(byId(events, 'evt_putin-state-visit-north-korea-2024').location['@type'], 'Place')

  const participants = await graph('/participants?format=jsonld&limit=100')
  t.same(typesOf(participants), ['Country', 'Organization', 'Person', 'Place'])
  const putin = byId(participants, 'par_vladimir-putin')
  t.match(putin, { '@type': 'Person', name: 'Vladimir Putin', sameAs: 'http://www.wikidata.org/entity/Q7747' })
  t.equal(byId(participants, 'par_russia')['@type'], 'Country')
  t.equal(byId(participants, 'par_pyongyang')['@type'], 'Place')

  const quotes = await graph('/statements?limit=100&format=jsonld')
  t.same((await get(app, '/statements?limit=100', 'application/ld+json')).json()['@graph'], quotes, 'Accept: application/ld+json is the same')
  t.same(typesOf(quotes), ['Quotation'])
  const quote = byId(quotes, 'stm_af1a277ce4d4aaad-03')
  t.match(quote['spokenByCharacter']['@id'], /\/participants\/par_vladimir-putin$/)
  t.match(quote['isBasedOn']['@id'], /\/articles\/art_af1a277ce4d4aaad$/)
  t.equal(quote.text, 'document véritablement révolutionnaire')

  t.same(typesOf(await graph('/articles?format=jsonld')), ['NewsArticle'])

  for (const [url, type] of [
    ['/participants/par_vladimir-putin?format=jsonld', 'Person'],
    ['/events/evt_putin-kim-talks-2024?format=jsonld', 'Event'],
    ['/statements/stm_af1a277ce4d4aaad-03?format=jsonld', 'Quotation'],
    ['/articles/art_af1a277ce4d4aaad?format=jsonld', 'NewsArticle']
  ] as const) {
    const node = (await get(app, url)).json()
    t.equal(node['@context'], 'https://schema.org', `${url}: its own @context`)
    t.equal(node['@type'], type, url)
    t.notOk('@graph' in node, `${url}: one node, not a graph`)
  }
  const single = (await get(app, '/statements/stm_af1a277ce4d4aaad-03?format=jsonld')).json()
  const { '@context': _, ...node } = single
  t.same(node, quote, 'the record\'s node is the node the list holds')
})

/** 1,200 statements: more than the 500 rows the stream fetches per query. */
async function manyStatements (store: TestStore) {
  const article = await createArticle(store)
  const speaker = await createParticipant(store)
  const event = await createEvent(store)
  return (await createStatements(store, { eventId: event.id, speakerId: speaker.id, article }, 1200)).map((s) => s.id)
}

/** The ids in a CSV or NDJSON body. */
function idsIn (format: 'csv' | 'ndjson', body: string): string[] {
  if (format === 'ndjson') return ndjsonItems(body).map((item) => (item as { id: string }).id)
  const [header, ...rows] = csvRows(body)
  const at = header!.indexOf('id')
  return rows.map((row) => row[at]!)
}

t.test('all=true streams every page in CSV and NDJSON; without it, one page and a next link', async (t) => {
  const { app, store } = await build(t)
  const expected = await manyStatements(store)
  const cursor = (await getJson(app, '/statements?limit=100')).body.nextCursor as string

  for (const format of ['csv', 'ndjson'] as const) {
    const streamed = await get(app, `/statements?format=${format}&all=true`)
    t.equal(streamed.statusCode, 200, format)
    t.equal(formatOf(streamed.headers['content-type']), format)
    const seen = idsIn(format, streamed.body)
    t.equal(seen.length, 1200, `${format}: 1,200 records`)
    t.equal(new Set(seen).size, 1200, `${format}: each once`)
    t.same(seen, expected, `${format}: in order`)

    const viaAccept = await get(app, '/statements?all=true', format === 'csv' ? 'text/csv' : 'application/x-ndjson')
    t.same(idsIn(format, viaAccept.body), expected, `${format} by Accept: all of them`)

    const rest = await get(app, `/statements?format=${format}&all=true&cursor=${cursor}`)
    t.same(idsIn(format, rest.body), expected.slice(100), `${format}: from the cursor on`)

    const page = await get(app, `/statements?format=${format}&limit=50`)
    t.same(idsIn(format, page.body), expected.slice(0, 50), `${format} without all: one page`)
    t.match(page.headers.link, /^<\/statements\?[^>]*cursor=[^>]+>; rel="next"$/, `${format} without all: Link rel="next"`)

    const fields = await get(app, `/statements?format=${format}&all=true&fields=text`)
    const first = format === 'csv' ? csvRows(fields.body).slice(0, 2) : ndjsonItems(fields.body)[0]
    t.same(first, format === 'csv' ? [['id', 'text'], [expected[0], 'We will not give in.']] : { id: expected[0], text: 'We will not give in.' },
      `${format}: fields= applies to the stream`)
    const full = (await getJson(app, '/statements?limit=1')).body.data[0]
    const speaker = await get(app, `/statements?format=${format}&limit=1&fields=speaker`)
    t.same(format === 'csv' ? csvRows(speaker.body).slice(0, 2) : ndjsonItems(speaker.body)[0],
      format === 'csv' ? [['id', 'speaker.id', 'speaker.name'], [full.id, full.speaker.id, full.speaker.name]] : { id: full.id, speaker: full.speaker },
      `${format}: fields=speaker reads the speaker's name`)
  }
})

t.test('all=true with a bad cursor is a 400 problem, not a broken 200 stream', async (t) => {
  const { app, store } = await build(t)
  await createEvent(store)
  for (const format of ['csv', 'ndjson']) {
    const url = `/events?format=${format}&all=true&cursor=not-a-cursor`
    const res = await get(app, url).catch((err: Error) => err)
    if (res instanceof Error) {
      t.fail(`${url}: the answer was cut off (${res.message})`)
      continue
    }
    t.equal(res.statusCode, 400, url)
    t.match(res.headers['content-type'], /^application\/problem\+json/, url)
    t.match(res.json(), { code: 'NEWS_INVALID_PARAMETER', errors: [{ name: 'cursor' }] }, url)
  }
})
