import t from 'tap'
import Type from 'typebox'
import type { Article } from '../src/entities/articles/schemas.js'
import { EventSchema, type Event } from '../src/entities/events/schemas.js'
import type { Participant } from '../src/entities/participants/schemas.js'
import { StatementSchema, type Statement } from '../src/entities/statements/schemas.js'
import { csvColumns, csvHeader, csvLine, csvRecord } from '../src/formats/csv.js'
import {
  articleToJsonLd, eventToJsonLd, jsonLdDocument, jsonLdGraph, participantToJsonLd, statementToJsonLd
} from '../src/formats/jsonld.js'
import { ndjsonLine } from '../src/formats/ndjson.js'
import { Nullable } from '../src/lib/schemas.js'

const base = 'http://localhost:3000'
const stamps = { createdAt: '2024-06-20T08:00:00.000Z', updatedAt: '2024-06-20T08:00:00.000Z', updatedBy: null }

const signing: Event = {
  id: 'evt_partnership-treaty-signing-2024',
  title: 'Signing of the treaty',
  summary: 'Putin and Kim signed a treaty, "révolutionnaire".',
  type: 'treaty-signing',
  startDate: '2024-06-19',
  startPrecision: 'day',
  endDate: null,
  endPrecision: null,
  location: { name: 'Pyongyang', countryCode: 'KP', latitude: 39.0392, longitude: 125.7625 },
  parentId: 'evt_putin-state-visit-north-korea-2024',
  articles: ['art_af1a277ce4d4aaad', 'art_second'],
  origin: 'curated',
  confidence: null,
  cameo: null,
  source: null,
  enrichedFields: ['startDate', 'latitude'],
  ...stamps
}

const visit: Event = {
  ...signing,
  id: 'evt_putin-state-visit-north-korea-2024',
  summary: null,
  type: 'state-visit',
  startDate: '2024-06',
  startPrecision: 'month',
  endDate: '2024-06-20',
  endPrecision: 'day',
  location: null,
  parentId: null,
  articles: []
}

const putin: Participant = {
  id: 'par_vladimir-putin',
  kind: 'person',
  name: 'Vladimir Putin',
  description: 'President of Russia',
  countryCode: 'RU',
  wikidataId: 'Q7747',
  origin: 'curated',
  aliases: [{ name: 'M. Poutine', language: 'fr' }, { name: 'le chef du Kremlin', language: 'fr' }],
  enrichedFields: ['wikidataId'],
  ...stamps
}

const statement: Statement = {
  id: 'stm_af1a277ce4d4aaad-02',
  text: 'La Russie et la Corée mènent toutes deux une politique étrangère indépendante',
  kind: 'direct',
  origin: 'curated',
  confidence: null,
  language: 'fr',
  cue: 'a-t-il averti',
  audience: null,
  relayedBy: null,
  speaker: { id: 'par_vladimir-putin', name: 'Vladimir Putin' },
  event: { id: 'evt_putin-press-statement-2024', title: 'Statement to the press' },
  mentions: [{ id: 'par_north-korea', name: 'North Korea' }, { id: 'par_russia', name: 'Russia' }],
  source: { article: 'art_af1a277ce4d4aaad', start: 217, end: 349 },
  ...stamps
}

const article: Article = {
  id: 'art_af1a277ce4d4aaad',
  title: 'Poutine et Kim Jong Un signent un traité',
  publisher: 'AFP',
  language: 'fr',
  published: '2024-06',
  url: 'https://example.org/poutine-kim',
  body: '"Le traité…", a déclaré M. Poutine.\nSuite.',
  enrichedFields: [],
  ...stamps
}

t.test('csvLine quotes only fields with a quote, comma, CR or LF, and ends in CRLF', async (t) => {
  t.equal(csvLine(['plain', 'a,b', 'say "hi"', 'two\r\nlines', 'lf\nonly', 'cr\ronly', '', ' spaced ']),
    'plain,"a,b","say ""hi""","two\r\nlines","lf\nonly","cr\ronly",, spaced \r\n')
  t.equal(csvLine(['=SUM(A1:A2)', '+1', '-1', '@x']), '=SUM(A1:A2),+1,-1,@x\r\n', 'formula-like values stay as they are')
  t.equal(csvLine(['"']), '""""\r\n')
  t.equal(csvLine([]), '\r\n')
})

t.test('csvHeader is the column names as one line', async (t) => {
  t.equal(csvHeader(['id', 'location.name', 'odd,name']), 'id,location.name,"odd,name"\r\n')
})

t.test('csvRecord: null and missing are empty, numbers and booleans as JavaScript prints them', async (t) => {
  const columns = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
  t.equal(csvRecord(columns, { a: null, c: 0, d: false, e: true, f: 1.5, g: -3e-7, h: 'x' }),
    ',,0,false,true,1.5,-3e-7,x\r\n')
})

t.test('csvRecord walks dotted columns; a null or missing parent gives empty fields', async (t) => {
  const columns = ['id', 'location.name', 'location.latitude', 'location.countryCode', 'nope.deeper']
  t.equal(csvRecord(columns, { id: 'e1', location: { name: 'Pyongyang', latitude: 0, countryCode: null } }),
    'e1,Pyongyang,0,,\r\n')
  t.equal(csvRecord(columns, { id: 'e2', location: null }), 'e2,,,,\r\n')
  t.equal(csvRecord(['a.b.c'], { a: { b: { c: 'deep' } } }), 'deep\r\n')
  t.equal(csvRecord(['a.b'], { a: 'not an object' }), '\r\n')
})

t.test('csvRecord arrays: scalars joined with |, records by id, other objects as JSON', async (t) => {
  const columns = ['tags', 'mentions', 'aliases', 'empty', 'mixed']
  const line = csvRecord(columns, {
    tags: ['startDate', 'latitude', 3, true, null],
    mentions: [{ id: 'par_a', name: 'A' }, { id: 'par_b', name: 'B, the second' }],
    aliases: [{ name: 'M. Poutine', language: 'fr' }],
    empty: [],
    mixed: [{ id: 'x' }, 'y']
  })
  t.equal(line, 'startDate|latitude|3|true|,par_a|par_b,' +
    '"[{""name"":""M. Poutine"",""language"":""fr""}]",,"[{""id"":""x""},""y""]"\r\n')
})

// The real schemas may grow optional fields at the end (search snippets, embedded records), so
// these pin the leading columns rather than the whole list.
t.test('csvColumns flattens the real EventSchema, nullable location included, in property order', async (t) => {
  t.strictSame(csvColumns(EventSchema).slice(0, 23), [
    'id', 'title', 'summary', 'type', 'startDate', 'startPrecision', 'endDate', 'endPrecision',
    'location.name', 'location.countryCode', 'location.latitude', 'location.longitude',
    'parentId', 'articles', 'origin', 'confidence', 'cameo', 'source.article', 'source.start', 'source.end',
    'enrichedFields', 'createdAt', 'updatedAt'
  ])
})

t.test('csvColumns flattens the real StatementSchema; mentions (an array) stays one column', async (t) => {
  t.strictSame(csvColumns(StatementSchema).slice(0, 20), [
    'id', 'text', 'kind', 'language', 'cue', 'audience', 'relayedBy',
    'speaker.id', 'speaker.name', 'event.id', 'event.title', 'mentions',
    'source.article', 'source.start', 'source.end', 'origin', 'confidence', 'createdAt', 'updatedAt', 'updatedBy'
  ])
})

t.test('csvColumns recurses, and keeps unions of several shapes and empty objects as one column', async (t) => {
  const schema = Type.Object({
    a: Type.Object({ b: Nullable(Type.Object({ c: Type.String(), d: Type.Number() })), e: Type.String() }),
    either: Type.Union([Type.Object({ x: Type.String() }), Type.Object({ y: Type.String() })]),
    free: Type.Object({}),
    list: Type.Array(Type.Object({ id: Type.String() })),
    linked: Type.Object({ other: Type.Ref('Participant') }),
    last: Nullable(Type.String())
  })
  t.strictSame(csvColumns(schema), ['a.b.c', 'a.b.d', 'a.e', 'either', 'free', 'list', 'linked.other', 'last'])
  t.equal(csvRecord(['either', 'free'], { either: { x: '1' }, free: { k: 'v' } }),
    '"{""x"":""1""}","{""k"":""v""}"\r\n')
})

t.test('an event as a CSV record, against its own header', async (t) => {
  const columns = csvColumns(EventSchema).slice(0, 23)
  t.equal(csvHeader(columns).split(',').length, 23)
  const record = csvRecord(columns, signing)
  t.equal(record,
    'evt_partnership-treaty-signing-2024,Signing of the treaty,"Putin and Kim signed a treaty, ""révolutionnaire"".",' +
    'treaty-signing,2024-06-19,day,,,Pyongyang,KP,39.0392,125.7625,evt_putin-state-visit-north-korea-2024,' +
    'art_af1a277ce4d4aaad|art_second,curated,,,,,,startDate|latitude,2024-06-20T08:00:00.000Z,2024-06-20T08:00:00.000Z\r\n')
  t.equal(csvRecord(columns, visit).split(',').slice(8, 13).join(','), ',,,,', 'null location gives four empty fields')
})

t.test('ndjsonLine is one JSON text and one newline, even for text with newlines', async (t) => {
  const line = ndjsonLine(article)
  t.ok(line.endsWith('\n'))
  t.equal(line.indexOf('\n'), line.length - 1)
  t.strictSame(JSON.parse(line), article)
  t.equal(ndjsonLine({ a: 1 }), '{"a":1}\n')
})

t.test('eventToJsonLd: schema.org Event with place, coordinates, parent and articles', async (t) => {
  t.strictSame(eventToJsonLd(signing, base), {
    '@type': 'Event',
    '@id': `${base}/events/evt_partnership-treaty-signing-2024`,
    identifier: 'evt_partnership-treaty-signing-2024',
    name: 'Signing of the treaty',
    description: 'Putin and Kim signed a treaty, "révolutionnaire".',
    startDate: '2024-06-19',
    location: {
      '@type': 'Place',
      name: 'Pyongyang',
      address: { '@type': 'PostalAddress', addressCountry: 'KP' },
      geo: { '@type': 'GeoCoordinates', latitude: 39.0392, longitude: 125.7625 }
    },
    superEvent: { '@id': `${base}/events/evt_putin-state-visit-north-korea-2024` },
    subjectOf: [{ '@id': `${base}/articles/art_af1a277ce4d4aaad` }, { '@id': `${base}/articles/art_second` }],
    keywords: 'treaty-signing'
  })
})

t.test('eventToJsonLd leaves out what is null, and geo unless both coordinates are known', async (t) => {
  t.strictSame(eventToJsonLd(visit, base), {
    '@type': 'Event',
    '@id': `${base}/events/evt_putin-state-visit-north-korea-2024`,
    identifier: 'evt_putin-state-visit-north-korea-2024',
    name: 'Signing of the treaty',
    startDate: '2024-06',
    endDate: '2024-06-20',
    subjectOf: [],
    keywords: 'state-visit'
  })
  const halfKnown = eventToJsonLd({ ...signing, location: { name: 'Sea', countryCode: null, latitude: 1, longitude: null } }, base)
  t.strictSame(halfKnown.location, { '@type': 'Place', name: 'Sea' })
  const nullIsland = eventToJsonLd({ ...signing, location: { name: 'Null Island', countryCode: null, latitude: 0, longitude: 0 } }, base)
  t.strictSame(nullIsland.location, { '@type': 'Place', name: 'Null Island', geo: { '@type': 'GeoCoordinates', latitude: 0, longitude: 0 } })
})

t.test('participantToJsonLd: Putin is a Person, sameAs his Wikidata item, with French aliases', async (t) => {
  t.strictSame(participantToJsonLd(putin, base), {
    '@type': 'Person',
    '@id': `${base}/participants/par_vladimir-putin`,
    identifier: 'par_vladimir-putin',
    name: 'Vladimir Putin',
    description: 'President of Russia',
    alternateName: [
      { '@value': 'M. Poutine', '@language': 'fr' },
      { '@value': 'le chef du Kremlin', '@language': 'fr' }
    ],
    sameAs: 'http://www.wikidata.org/entity/Q7747',
    nationality: { '@type': 'Country', identifier: 'RU' }
  })
})

t.test('participantToJsonLd: type by kind; address for non-persons; nulls left out', async (t) => {
  const org = participantToJsonLd({ ...putin, id: 'par_kcna', kind: 'organization', name: 'KCNA', description: null, countryCode: 'KP', wikidataId: null, aliases: [] }, base)
  t.strictSame(org, {
    '@type': 'Organization',
    '@id': `${base}/participants/par_kcna`,
    identifier: 'par_kcna',
    name: 'KCNA',
    alternateName: [],
    address: { '@type': 'PostalAddress', addressCountry: 'KP' }
  })
  t.equal(participantToJsonLd({ ...putin, kind: 'country' }, base)['@type'], 'Country')
  t.equal(participantToJsonLd({ ...putin, kind: 'place' }, base)['@type'], 'Place')
  t.notOk('nationality' in participantToJsonLd({ ...putin, countryCode: null }, base))
  t.notOk('address' in participantToJsonLd({ ...putin, kind: 'place', countryCode: null }, base))
})

t.test('statementToJsonLd: a Quotation spoken by its speaker, based on its article, about event and mentions', async (t) => {
  const speaker = { '@id': `${base}/participants/par_vladimir-putin`, name: 'Vladimir Putin' }
  t.strictSame(statementToJsonLd(statement, base), {
    '@type': 'Quotation',
    '@id': `${base}/statements/stm_af1a277ce4d4aaad-02`,
    identifier: 'stm_af1a277ce4d4aaad-02',
    text: statement.text,
    inLanguage: 'fr',
    spokenByCharacter: speaker,
    creator: speaker,
    isBasedOn: { '@id': `${base}/articles/art_af1a277ce4d4aaad` },
    about: [
      { '@id': `${base}/events/evt_putin-press-statement-2024`, name: 'Statement to the press' },
      { '@id': `${base}/participants/par_north-korea`, name: 'North Korea' },
      { '@id': `${base}/participants/par_russia`, name: 'Russia' }
    ],
    genre: 'direct'
  })
})

t.test('articleToJsonLd: a NewsArticle; publisher and url only when known', async (t) => {
  t.strictSame(articleToJsonLd(article, base), {
    '@type': 'NewsArticle',
    '@id': `${base}/articles/art_af1a277ce4d4aaad`,
    identifier: 'art_af1a277ce4d4aaad',
    headline: 'Poutine et Kim Jong Un signent un traité',
    articleBody: article.body,
    inLanguage: 'fr',
    datePublished: '2024-06',
    publisher: { '@type': 'Organization', name: 'AFP' },
    url: 'https://example.org/poutine-kim'
  })
  const bare = articleToJsonLd({ ...article, publisher: null, url: null }, base)
  t.notOk('publisher' in bare)
  t.notOk('url' in bare)
})

t.test('@ids: a trailing slash on base is ignored, and ids are URL-encoded', async (t) => {
  t.equal(eventToJsonLd(signing, `${base}/`)['@id'], `${base}/events/evt_partnership-treaty-signing-2024`)
  t.equal(participantToJsonLd({ ...putin, id: 'par_a b/c' }, base)['@id'], `${base}/participants/par_a%20b%2Fc`)
})

t.test('jsonLdDocument and jsonLdGraph add the schema.org context', async (t) => {
  const node = articleToJsonLd(article, base)
  const doc = jsonLdDocument(node)
  t.equal(Object.keys(doc)[0], '@context')
  t.strictSame(doc, { '@context': 'https://schema.org', ...node })
  const nodes = [node, participantToJsonLd(putin, base)]
  t.strictSame(jsonLdGraph(nodes), { '@context': 'https://schema.org', '@graph': nodes })
})
