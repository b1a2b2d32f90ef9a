import { readdirSync, readFileSync } from 'node:fs'
import fc, { type Arbitrary } from 'fast-check'
import { parseArticleFile } from '../../src/entities/articles/article-file.js'
import type { Operation, Parameter, Schema } from './contract.js'

/**
 * Requests for any operation of the OpenAPI document, valid and hostile, as fast-check arbitraries.
 * Valid values come from the parameter and body schemas, and from the seed files so that many
 * requests name real records and answer 200; hostile values are the inputs that break services.
 */

const SEEDS = new URL('../../seeds/', import.meta.url)

/** The real ids and words of the seed data, by kind. */
export const seed = (() => {
  const files = readdirSync(SEEDS).filter((file) => file.endsWith('.json'))
  const data = files.map((file) => JSON.parse(readFileSync(new URL(file, SEEDS), 'utf8')))
  const articleText = readFileSync(new URL(files[0]!.replace(/\.json$/, '.txt'), SEEDS), 'utf8')
  return {
    events: data.flatMap((d) => d.events.map((e: { id: string }) => e.id)) as string[],
    participants: data.flatMap((d) => d.participants.map((p: { id: string }) => p.id)) as string[],
    participantNames: data.flatMap((d) => d.participants.map((p: { name: string }) => p.name)) as string[],
    statements: data.flatMap((d) => d.statements.map((s: { id: string }) => s.id)) as string[],
    articles: data.map((d) => d.article.id) as string[],
    /** The body as stored: what statement offsets point into. */
    articleBody: parseArticleFile(articleText).body,
    articleText
  }
})()

const HUGE = 'x'.repeat(100_001)

/** Strings that have broken services before: encodings, FTS5 and SQL syntax, numbers in disguise. */
const NASTY_STRINGS = [
  '', ' ', '\t\n', 'e\u0301', 'Pyongyang\u0301\u0301\u0301', '\u202Eevil\u202C', 'مرحبا بالعالم', 'שלום', '👩‍👩‍👧‍👦', '🇰🇵', '\uFEFF',
  '\uD800', '\uDFFF', 'a\uD83Db', '\u0000', 'a\u0000b', '\u001F', '\u00A0', '\u2028',
  '"', '""', '"unterminated', '*', 'pou*', '**', 'NEAR(', 'NEAR(a b, 2)', 'AND OR NOT', 'NOT', 'OR', 'a AND', '^', '^start', ':',
  'title:x', 'body:traité', '(', ')', '())(', '-', '+', '{a b}', 'a -b', '\\',
  "' OR 1=1 --", "'; DROP TABLE events; --", '1; DROP TABLE statements', "') UNION SELECT * FROM api_keys --", '%', '%25', '%zz', '_',
  '../../etc/passwd', '<script>alert(1)</script>', '{{7*7}}', '#{7*7}', '__proto__', 'constructor', 'null', 'undefined', 'true', '[]', '{}',
  '-1', '0', '-0', '1.5', '1e309', '-1e309', 'NaN', 'Infinity', '0x10', ' 5', '9007199254740993', '101', '2024-13-45', '2024-02-30',
  '0000', '99999', '2024-06-20T25:00:00Z', 'evt_', 'par_', 'stm_', 'art_', 'evt_nope', 'Q', 'Q0', 'zz', 'fr-', 'x-klingon'
]

/** Something other than a real cursor: random text, base64url of the wrong JSON, of no JSON at all. */
const brokenCursor: Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '=', '!!!', 'null', 'W10', 'WzFd', 'e30', 'WyJpZCJd', 'WyJpZCIsbnVsbCwieCJd', HUGE.slice(0, 501)),
  fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url')),
  fc.tuple(fc.constantFrom('id', 'startDate', 'name', 'relevance', 'title', 'published'), fc.oneof(fc.string(), fc.double(), fc.constant(null)), fc.string())
    .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
  fc.uint8Array({ maxLength: 60 }).map((bytes) => Buffer.from(bytes).toString('base64url'))
)

/** Any string at all: lone surrogates, control characters, every script. */
export const anyString: Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(501, 1001, 10_001, 100_001).map((n) => HUGE.slice(0, n)) },
  { weight: 1, arbitrary: brokenCursor }
)

/** A value of the wrong type for whatever it is sent as. */
export const anyJson: Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: anyString },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { '': '' }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) }
)

/** Real values for a parameter or field, by the name it has: seed ids and names, search words. */
function seedValuesFor (name: string, path: string): string[] | undefined {
  const lower = name.toLowerCase()
  if (lower === 'id') {
    if (path.startsWith('/events')) return seed.events
    if (path.startsWith('/participants')) return seed.participants
    if (path.startsWith('/statements')) return seed.statements
    if (path.startsWith('/articles')) return seed.articles
  }
  if (/^(participant|participantid|speaker|speakerid|mentioned)$/.test(lower)) return [...seed.participants, ...seed.participantNames, 'Q7747', 'poutine']
  if (/^(event|eventid|parent|parentid)$/.test(lower)) return seed.events
  if (/^(article|articles)$/.test(lower)) return seed.articles
  if (lower === 'q') return ['Poutine', 'traité', '"nouvelle ère" OR défensif', 'trait*', 'Kim Jong Un', 'poutine NOT kim', '(Russie OR Corée) AND traité', 'Pyongyang']
  if (lower === 'country' || lower === 'countrycode') return ['KP', 'RU', 'kr', 'US']
  if (lower === 'wikidata' || lower === 'wikidataid') return ['Q7747', 'Q56226', 'Q159']
  if (lower === 'location') return ['Pyongyang', 'pyongyang']
  return undefined
}

/** Where the fuzzer is when it builds a value: the document (for `$ref`) and the field's name. */
interface Place { spec: Schema, path: string, name: string, depth: number }

const resolve = (spec: Schema, schema: Schema): Schema =>
  typeof schema.$ref === 'string' ? resolve(spec, schema.$ref.split('/').slice(1).reduce((node: Schema, key: string) => node[key], spec)) : schema

function partialDate (): Arbitrary<string> {
  return fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.nat(2))
    .map(([y, m, d, precision]) => [String(y), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, precision + 1).join('-'))
}

function validString (schema: Schema, place: Place): Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 40, 40)
  const min = schema.minLength ?? 0
  if (schema.format === 'date-time') {
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
  }
  if (schema.format === 'partial-date') return partialDate()
  if (schema.format === 'uri') return fc.webUrl()
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity))
  }
  const text = fc.string({ unit: 'grapheme', minLength: Math.max(min, 1), maxLength: Math.max(max, min, 1) })
    .filter((s) => s.trim() !== '' && s.length <= (schema.maxLength ?? Infinity))
  const known = seedValuesFor(place.name, place.path)
  return known === undefined ? text : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: text })
}

/** A value the schema accepts (as far as a schema can say: ids may still name nothing). */
export function validValue (schema: Schema, place: Place): Arbitrary<unknown> {
  schema = resolve(place.spec, schema)
  const branches = schema.anyOf ?? schema.oneOf
  if (Array.isArray(branches)) {
    // Mostly the non-null branch: a null is one value, the other branch is where the bugs are.
    return fc.oneof(...branches.map((branch: Schema) => ({ weight: branch.type === 'null' ? 1 : 4, arbitrary: validValue(branch, place) })))
  }
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum)
  if ('const' in schema) return fc.constant(schema.const)
  switch (schema.type) {
    case 'null': return fc.constant(null)
    case 'boolean': return fc.boolean()
    case 'integer': return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 })
    case 'number': return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true })
    case 'string': return validString(schema, place)
    case 'array': {
      const items = validValue(schema.items ?? {}, place)
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) }
      return schema.uniqueItems === true ? fc.uniqueArray(items, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(items, constraints)
    }
    case 'object': {
      if (place.depth > 4) return fc.constant({})
      const properties: Record<string, Schema> = schema.properties ?? {}
      const record = Object.fromEntries(Object.entries(properties).map(([name, property]) =>
        [name, validValue(property, { ...place, name, depth: place.depth + 1 })]))
      return fc.record(record, { requiredKeys: schema.required ?? [] })
    }
    default: return fc.jsonValue({ maxDepth: 2 })
  }
}

/** How a value is written in a query string or a header. */
const asText = (value: unknown): string => typeof value === 'string' ? value : JSON.stringify(value) ?? ''

/**
 * Percent-encodes like encodeURIComponent, except that a lone surrogate (which has no UTF-8) is
 * sent as the bytes a careless client would send: its CESU-8 form, which is not valid UTF-8.
 */
export function encode (text: string): string {
  let out = ''
  for (const char of text) {
    const code = char.codePointAt(0)!
    out += code >= 0xD800 && code <= 0xDFFF
      ? `%${(0xE0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3F)).toString(16)}%${(0x80 | (code & 0x3F)).toString(16)}`.toUpperCase()
      : encodeURIComponent(char)
  }
  return out
}

/** Header values must be Latin-1 without control characters, or the request never leaves the client. */
const headerSafe = (text: string) => text.replace(/[^\x20-\x7E]/g, '?')

/**
 * A request before it is sent. `etag: 'current'` and `cursor: 'live'` are filled in at send time
 * (the record's current ETag, a real cursor of the list), so a valid request can use them.
 */
export interface FuzzRequest {
  method: Operation['method']
  /** The path with its parameters, encoded. */
  path: string
  /** `name=value` pairs, already encoded (some deliberately badly). */
  query: string[]
  headers: Record<string, string>
  /** As sent: text, or undefined for no body. */
  payload?: string
  /** The body as a value, when it is JSON: for the read-back check. */
  json?: unknown
  liveCursor?: boolean
  currentEtag?: 'if-match' | 'if-none-match'
  /** The request is well-formed as far as the fuzzer knows: only then is a write read back. */
  valid: boolean
}

/** The API keys of the fuzzed app, by scope. */
export interface Keys { read: string, write: string, admin: string }

const maybe = <T>(arbitrary: Arbitrary<T>, freq = 3): Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined, freq })

function pathValue (param: Parameter, op: Operation, spec: Schema, valid: boolean): Arbitrary<string> {
  const real = validValue(param.schema, { spec, path: op.path.slice(0, op.path.indexOf(`{${param.name}}`)), name: param.name === 'participantId' ? 'participant' : param.name, depth: 0 })
  return (valid ? real : fc.oneof(real, anyString)).map((value) => encode(asText(value)))
}

function queryPairs (param: Parameter, op: Operation, spec: Schema, valid: boolean): Arbitrary<string[]> {
  const schema = resolve(spec, param.schema)
  const good = validValue(schema, { spec, path: op.path, name: param.name, depth: 0 })
  const name = encode(param.name)
  const value = valid ? good : fc.oneof({ weight: 2, arbitrary: good }, { weight: 2, arbitrary: anyJson })
  // A filter of several values is documented as one value or an array of them.
  if (schema.type === 'array' || schema.anyOf?.some((branch: Schema) => branch.type === 'array') === true) {
    // Repeated (`a=1&a=2`) or comma-separated (`a=1,2`): both mean the same.
    return fc.tuple(value, fc.boolean()).map(([values, repeat]) => {
      const list = Array.isArray(values) ? values.map(asText) : [asText(values)]
      if (list.length === 0) return []
      return repeat ? list.map((v) => `${name}=${encode(v)}`) : [`${name}=${list.map(encode).join(',')}`]
    })
  }
  const single = value.map((v) => [`${name}=${encode(asText(v))}`])
  if (valid) return single
  // A parameter given twice, where once is expected.
  return fc.oneof({ weight: 4, arbitrary: single }, { weight: 1, arbitrary: fc.tuple(value, value).map(([a, b]) => [`${name}=${encode(asText(a))}`, `${name}=${encode(asText(b))}`]) })
}

/** Junk that is not a parameter at all, or not well encoded. */
const junkQuery: Arbitrary<string> = fc.oneof(
  fc.constantFrom('', '=', '&', '=x', '%zz=1', 'limit[]=1', 'a[b]=1', '%', 'q=%E0%A4%A', 'q=%C0%AF', 'limit', 'cursor=', 'fields=', '__proto__=1', 'constructor[prototype][x]=1'),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), anyString).map(([name, value]) => `${encode(name)}=${encode(value)}`)
)

function acceptHeader (op: Operation): Arbitrary<string | undefined> {
  const documented = Object.values(op.responses).flatMap((r) => Object.keys(r.content ?? {}))
  return maybe(fc.oneof(
    fc.constantFrom(...new Set(documented)),
    fc.constantFrom('*/*', 'text/html', 'application/xml', 'text/csv;q=0.5, application/json;q=0.9', 'application/*', 'image/png', '', ';;;', 'text/csv, */*;q=0')
  ), 2)
}

function authorizationHeader (op: Operation, keys: Keys, valid: boolean): Arbitrary<string | undefined> {
  const bearer = (key: string) => `Bearer ${key}`
  if (!op.secured) return maybe(fc.constantFrom(bearer(keys.read), 'Bearer nope', 'Basic dXNlcjpwYXNz'), 1)
  // Import needs the admin scope; the other writes take either.
  if (valid) return fc.constant(bearer(keys.admin))
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(bearer(keys.admin), bearer(keys.write)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, bearer(keys.read), 'Bearer nope', 'Bearer', 'bearer  ' + keys.admin + ' x', 'Basic dXNlcjpwYXNz', '') }
  )
}

/** The bodies that can be built from the seed article, so that writes can succeed. */
function seedBody (op: Operation): Arbitrary<unknown> | undefined {
  const body = seed.articleBody
  if (op.name === 'POST /statements') {
    return fc.record({
      start: fc.nat(body.length - 2),
      length: fc.integer({ min: 1, max: 200 }),
      kind: fc.constantFrom('direct', 'partial', 'indirect'),
      speakerId: fc.constantFrom(...seed.participants),
      eventId: fc.constantFrom(...seed.events),
      cue: maybe(fc.constantFrom('a dit', 'a déclaré', 'said'))
    }).map(({ start, length, ...rest }) => {
      const end = Math.min(body.length, start + length)
      return { ...rest, text: body.slice(start, end), source: { article: seed.articles[0], start, end } }
    })
  }
  return undefined
}

/** A text/plain article in the seed file format, or an NDJSON import: lines of a real export, or built from the create schemas. */
function textBody (op: Operation, type: string, spec: Schema, exported: string[]): Arbitrary<string> {
  if (type === 'text/plain') {
    return fc.oneof(
      fc.constant(seed.articleText),
      fc.tuple(partialDate(), fc.lorem({ maxCount: 20, mode: 'sentences' })).map(([date, text]) => `date ${date}\n\n${text}`),
      fc.lorem({ maxCount: 5 })
    )
  }
  // NDJSON import: one {type, data} per line, data being a create body.
  const kinds: Record<string, string> = { article: '/articles', participant: '/participants', event: '/events', statement: '/statements' }
  const line = fc.oneof(...Object.entries(kinds).map(([kind, path]) => {
    const schema = spec.paths[path].post.requestBody.content['application/json'].schema
    return validValue(schema, { spec, path, name: kind, depth: 0 }).map((data) => JSON.stringify({ type: kind, data }))
  }))
  const built = fc.array(line, { maxLength: 4 }).map((lines) => lines.join('\n') + '\n')
  // In the order of the export, so that records come after those they refer to.
  return exported.length === 0 ? built : fc.oneof(built, fc.subarray(exported, { minLength: 1 }).map((lines) => lines.join('\n') + '\n'))
}

/** Bodies that are not what any route takes. */
const JUNK_BODIES = ['', '{', '{"a":', 'null', '[]', '"text"', '42', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}',
  '{"title":"a","title":"b"}', '\uFEFF{}', '{"a":"\\ud800"}', '{"a":NaN}', '['.repeat(5000) + ']'.repeat(5000), `{"body":"${HUGE}"}`]

/** A body that is wrong in one way: a field of the wrong type, one too many or missing, or no JSON at all. */
function brokenBody (valid: Arbitrary<unknown>): Arbitrary<string> {
  const broken = fc.tuple(valid, fc.nat(), anyJson, fc.string({ minLength: 1, maxLength: 10 })).map(([value, pick, wrong, unknown]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(wrong)
    const keys = Object.keys(value)
    const copy: Record<string, unknown> = { ...value }
    const key = keys[pick % Math.max(keys.length, 1)]
    switch (pick % 3) {
      case 0: if (key !== undefined) copy[key] = wrong; break
      case 1: copy[unknown] = wrong; break
      default: if (key !== undefined) delete copy[key]
    }
    return JSON.stringify(copy)
  })
  return fc.oneof(
    { weight: 6, arbitrary: broken },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK_BODIES) },
    { weight: 1, arbitrary: anyString }
  )
}

function contentTypeFor (op: Operation, type: string, valid: boolean): Arbitrary<string | undefined> {
  const alternatives = op.method === 'PATCH' ? [type, 'application/merge-patch+json'] : [type]
  if (valid) return fc.constantFrom(...alternatives)
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...alternatives) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, 'text/plain', 'application/xml', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '*/*', 'garbage') }
  )
}

/**
 * Requests for one operation: half of them valid in every part (real ids, values the schemas accept,
 * a key that may write), the others with some parts hostile. (Built once: no `chain`, which would
 * build the arbitraries again for every case.)
 */
export function requestFor (op: Operation, spec: Schema, keys: Keys, exported: string[] = []): Arbitrary<FuzzRequest> {
  return fc.oneof(requests(op, spec, keys, exported, true), requests(op, spec, keys, exported, false))
}

function requests (op: Operation, spec: Schema, keys: Keys, exported: string[], valid: boolean): Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path')
  const queryParams = op.parameters.filter((p) => p.in === 'query')
  const bodyTypes = Object.keys(op.body ?? {})
  const body: Arbitrary<{ payload?: string, json?: unknown, type?: string }> = bodyTypes.length === 0
    ? (valid ? fc.constant({}) : maybe(fc.tuple(anyString, fc.constantFrom('application/json', 'text/plain', 'text/xml')), 1).map((b) => b === undefined ? {} : { payload: b[0], type: b[1] }))
    : fc.oneof(...bodyTypes.map((type) => {
      const schema = op.body![type]!
      let content: Arbitrary<{ payload: string, json?: unknown }>
      if (!/^application\/([a-z-]+\+)?json$/.test(type)) {
        const text = textBody(op, type, spec, exported)
        content = (valid ? text : fc.oneof(text, anyString)).map((payload) => ({ payload }))
      } else {
        const fromSchema = validValue(schema, { spec, path: op.path, name: '', depth: 0 })
        const fromSeed = seedBody(op)
        const good = fromSeed === undefined ? fromSchema : fc.oneof(fromSchema, fromSeed)
        content = valid ? good.map((json) => ({ payload: JSON.stringify(json), json })) : brokenBody(good).map((payload) => ({ payload }))
      }
      return fc.tuple(content, contentTypeFor(op, type, valid)).map(([c, contentType]) => ({ ...c, type: contentType }))
    }))

  return fc.record({
    path: fc.tuple(...pathParams.map((p) => pathValue(p, op, spec, valid))),
    // A valid request has its required parameters, and pages with real cursors only (see liveCursor).
    query: fc.tuple(...queryParams.map((p) => p.required === true
      ? queryPairs(p, op, spec, valid)
      : valid && p.name === 'cursor' ? fc.constant(undefined) : maybe(queryPairs(p, op, spec, valid), valid ? 2 : 3))),
    junk: valid ? fc.constant([]) : fc.array(junkQuery, { maxLength: 2 }),
    accept: valid ? fc.constant(undefined) : acceptHeader(op),
    authorization: authorizationHeader(op, keys, valid),
    ifMatch: maybe(valid ? fc.constantFrom('current', '*') : fc.oneof(fc.constant('current'), fc.constantFrom('*', '"nope"', 'W/"x"', '', '"a", "b"')), 4),
    ifNoneMatch: maybe(fc.oneof(fc.constant('current'), fc.constantFrom('*', '"nope"', 'W/"x"')), 4),
    idempotencyKey: maybe(valid ? fc.uuid() : fc.oneof(fc.uuid(), fc.constantFrom('retry-1', 'retry-2', '', HUGE.slice(0, 201))), 4),
    liveCursor: fc.boolean(),
    body
  }).map((r): FuzzRequest => {
    let path = op.path
    pathParams.forEach((p, i) => { path = path.replace(`{${p.name}}`, r.path[i]!) })
    const headers: Record<string, string> = {}
    const documentedHeaders = new Set(op.parameters.filter((p) => p.in === 'header').map((p) => p.name))
    if (r.accept !== undefined) headers.accept = r.accept
    if (r.authorization !== undefined) headers.authorization = headerSafe(r.authorization)
    if (documentedHeaders.has('idempotency-key') && r.idempotencyKey !== undefined) headers['idempotency-key'] = headerSafe(r.idempotencyKey)
    if (r.body.type !== undefined && r.body.payload !== undefined) headers['content-type'] = r.body.type
    const etagHeader = documentedHeaders.has('if-match') ? 'if-match' : op.method === 'GET' ? 'if-none-match' : undefined
    const etag = etagHeader === 'if-match' ? r.ifMatch : r.ifNoneMatch
    if (etagHeader !== undefined && etag !== undefined && etag !== 'current') headers[etagHeader] = etag
    const hasCursor = queryParams.some((p) => p.name === 'cursor')
    const request: FuzzRequest = {
      method: op.method,
      path,
      query: [...r.query.flatMap((pairs) => pairs ?? []), ...r.junk],
      headers,
      valid,
      liveCursor: hasCursor && r.liveCursor && !r.query.some((pairs) => pairs?.some((pair) => pair.startsWith('cursor=')))
    }
    if (etagHeader !== undefined && etag === 'current') request.currentEtag = etagHeader
    if (r.body.payload !== undefined) request.payload = r.body.payload
    if (r.body.json !== undefined) request.json = r.body.json
    return request
  })
}

/** The URL of a request, as sent. */
export const urlOf = (request: { path: string, query: string[] }) =>
  request.query.length === 0 ? request.path : `${request.path}?${request.query.join('&')}`
