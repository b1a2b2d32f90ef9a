import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import SwaggerParser from '@apidevtools/swagger-parser'
import type { InjectOptions } from 'fastify'
import t from 'tap'
import { buildApp, type AppOptions } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { OPENAPI_FILE, renderOpenApi } from '../src/lib/openapi-document.js'
import { contractChecker, loadSpec, operationsOf, type Operation } from './fuzz/contract.js'
import { build, freshDatabase, getJson, tempDir, type BuildOptions } from './helper.js'

t.test('the committed openapi/openapi.json is what the app generates (run `npm run openapi`)', async (t) => {
  const { app } = await build(t)
  await app.ready()
  t.equal(readFileSync(OPENAPI_FILE, 'utf8'), renderOpenApi(app.swagger()))
})

t.test('the document is valid OpenAPI 3.1 and served at /openapi.json', async (t) => {
  const { app } = await build(t)
  const { status, body } = await getJson(app, '/openapi.json')
  t.equal(status, 200)
  t.equal(body.openapi, '3.1.0')
  await t.resolves(SwaggerParser.validate(structuredClone(body)))
  t.same(Object.keys(body.components.schemas).sort(),
    ['Article', 'ArticleFields', 'Event', 'EventFields', 'EventParticipant', 'EventParticipantFields', 'Participant', 'ParticipantEvent',
      'ParticipantEventFields', 'ParticipantFields', 'Problem', 'Statement', 'StatementFields', 'Tombstone'])
})

t.test('every operation is documented: summary, description, tags, errors as problem+json', async (t) => {
  const { app } = await build(t)
  const { body } = await getJson(app, '/openapi.json')
  const operationIds = new Set<string>()
  for (const [path, item] of Object.entries<any>(body.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const name = `${method.toUpperCase()} ${path}`
      // Generated clients name their functions after it: present, unique, a plain identifier.
      t.match(op.operationId, /^[a-z][A-Za-z]+$/, `${name} has an operationId`)
      t.notOk(operationIds.has(op.operationId), `${name}: operationId ${op.operationId} is unique`)
      operationIds.add(op.operationId)
      t.ok(op.summary, `${name} has a summary`)
      t.ok(op.description, `${name} has a description`)
      t.ok(op.tags?.length, `${name} has tags`)
      const errors = Object.keys(op.responses).filter((code) => Number(code) >= 400)
      for (const code of errors) {
        const problem = op.responses[code].content['application/problem+json']
        t.ok(problem, `${name} ${code} is problem+json`)
        t.equal(problem?.example?.status, Number(code), `${name} ${code} has its problem example`)
      }
      if (path.includes('{id}')) {
        t.ok(errors.includes('404'), `${name} documents 404`)
        t.ok(op.parameters.find((p: any) => p.name === 'id')?.example, `${name} has an example id`)
      }
      // Validation refuses parameters, Fastify a body it cannot read (it reads one on every method but GET).
      if (op.parameters?.length > 0 || method !== 'get') t.ok(errors.includes('400'), `${name} documents 400`)
      if (method !== 'get') t.ok(errors.includes('413') && errors.includes('415'), `${name} documents 413 and 415`)
      // A key is required (writes: 401, 403), optional (reads: 401 under READS_REQUIRE_KEY), or not taken (the index and probes).
      const keyless = op.security?.some((requirement: object) => Object.keys(requirement).length === 0)
      t.ok(op.security?.length > 0, `${name} says what security it takes`)
      if (!isDeepStrictEqual(op.security, [{}])) t.ok(op.responses['401']?.headers?.['WWW-Authenticate'], `${name} documents 401 with its challenge`)
      if (keyless === false) t.ok(errors.includes('403'), `${name} documents 403`)
      // The rate limit and load shedding answer for every route but the probes, with Retry-After.
      if (path !== '/healthz') t.ok(op.responses['429']?.headers?.['Retry-After'], `${name} documents 429 with Retry-After`)
      if (path !== '/healthz' && path !== '/readyz') t.ok(op.responses['503']?.headers?.['Retry-After'], `${name} documents 503 with Retry-After`)
    }
  }
})

t.test('every documented response header has its type and a description (not a schema wrapped in a schema)', async (t) => {
  const { app } = await build(t)
  const { body } = await getJson(app, '/openapi.json')
  let headers = 0
  for (const [path, item] of Object.entries<any>(body.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      for (const [code, response] of Object.entries<any>(op.responses)) {
        for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
          headers++
          const where = `${method.toUpperCase()} ${path} ${code} ${name}`
          t.ok(['string', 'integer'].includes(header.schema?.type), `${where}: schema.type`)
          t.notOk('schema' in header.schema, `${where}: no schema inside the schema`)
          t.ok(header.description, `${where}: description`)
        }
      }
    }
  }
  t.ok(headers >= 20, `${headers} response headers documented`)
})

t.test('seed data: a projection (fields=) is documented as the record\'s own properties, optional but the id, and no other', async (t) => {
  const { app } = await build(t, { seed: true })
  const check = contractChecker(loadSpec())
  const op = operationsOf(loadSpec()).find((o) => o.method === 'GET' && o.path === '/events')
  if (op === undefined) return t.fail('GET /events is documented')
  const answer = (data: unknown[]) => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data, nextCursor: null, links: { next: null } }) })
  const real = await app.inject('/events?fields=title,startDate&limit=3')
  t.equal(check(op, { statusCode: real.statusCode, headers: real.headers as Record<string, string>, body: real.body }), undefined, 'a real projection keeps the contract')
  t.equal(check(op, answer([{ id: 'evt_x' }])), undefined, 'the id alone')
  t.match(check(op, answer([{ id: 'evt_x', title: 5 }])), /does not match/, 'a field of the wrong type is caught')
  t.match(check(op, answer([{ id: 'evt_x', bogus: 'x' }])), /does not match/, 'a field the record does not have is caught')
  t.match(check(op, answer([{ title: 'no id' }])), /does not match/, 'the id is required')
})

t.test('seed data: the examples in the document are real ids', async (t) => {
  const { app } = await build(t, { seed: true })
  const { body } = await getJson(app, '/openapi.json')
  for (const [path, item] of Object.entries<any>(body.paths)) {
    const id = item.get?.parameters?.find((p: any) => p.name === 'id')?.example
    if (id === undefined) continue
    const url = path.replace('{id}', id)
    t.equal((await app.inject(url)).statusCode, 200, url)
  }
})

/** A request aimed at a status some part of the service answers, for any operation. */
interface Probe {
  status: number
  app: 'guarded' | 'limited' | 'readOnly'
  request: (op: Operation) => Omit<InjectOptions, 'method'>
}

t.test('every status the service answers to requests aimed at each operation is documented there, with its headers', async (t) => {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const keys = { read: createKey(apiKeysFile, 'reader', 'read'), admin: createKey(apiKeysFile, 'chief', 'admin') }
  const start = async (settings: Partial<AppOptions>, options: BuildOptions = {}) => {
    const app = await buildApp({ databasePath: freshDatabase(t, options).path, apiKeysFile, ...settings })
    t.after(() => app.close())
    return app
  }
  const apps = {
    guarded: await start({ readsRequireKey: true, bodyLimit: 1024, rateLimitMax: 1_000_000 }, { seed: true }),
    limited: await start({ rateLimitMax: 1 }),
    readOnly: await start({ readOnly: true })
  }
  const url = (op: Operation, query = '') => op.path.replace(/\{[^}]+\}/g, 'nope') + query
  const key = (op: Operation, secret = op.secured ? keys.admin : keys.read) => ({ authorization: `Bearer ${secret}` })
  const json = (op: Operation, payload: string) => ({ url: url(op), headers: { ...key(op), 'content-type': 'application/json' }, payload })
  const probes: Probe[] = [
    { status: 400, app: 'guarded', request: (op) => op.method === 'GET' ? { url: url(op, '?bogus=1'), headers: key(op) } : json(op, '{') },
    { status: 401, app: 'guarded', request: (op) => ({ url: url(op) }) },
    { status: 403, app: 'guarded', request: (op) => ({ url: url(op), headers: key(op, keys.read) }) },
    { status: 404, app: 'guarded', request: (op) => op.method === 'GET' ? { url: url(op), headers: key(op) } : json(op, '{}') },
    { status: 406, app: 'guarded', request: (op) => ({ url: url(op), headers: { ...key(op), accept: 'image/png' } }) },
    { status: 413, app: 'guarded', request: (op) => json(op, JSON.stringify({ padding: 'x'.repeat(2048) })) },
    { status: 415, app: 'guarded', request: (op) => ({ url: url(op), headers: { ...key(op), 'content-type': 'text/xml' }, payload: '<event/>' }) },
    // One request per client (its key, else its address) is allowed, then the second is refused; a request without a key it needs is refused before it counts.
    { status: 429, app: 'limited', request: (op) => ({ url: url(op), headers: key(op), remoteAddress: `10.0.0.${operations.indexOf(op) + 1}` }) },
    { status: 503, app: 'readOnly', request: (op) => ({ url: url(op), headers: key(op) }) }
  ]
  const operations = operationsOf(loadSpec())
  const check = contractChecker(loadSpec())
  for (const probe of probes) {
    const answered: string[] = []
    for (const op of operations) {
      const request = { method: op.method, ...probe.request(op) }
      if (probe.status === 429) await apps.limited.inject(request)
      const res = await apps[probe.app].inject(request)
      const name = `${op.name} aimed at ${probe.status}`
      const broken = check(op, { statusCode: res.statusCode, headers: res.headers, body: res.body })
      if (broken !== undefined) t.fail(`${name}: ${broken}`)
      const documented = Object.keys((op.responses[String(res.statusCode)] as { headers?: object } | undefined)?.headers ?? {}).map((h) => h.toLowerCase())
      for (const header of ['retry-after', 'www-authenticate']) {
        if (res.headers[header] !== undefined) t.ok(documented.includes(header), `${name}: its ${res.statusCode} documents ${header}`)
      }
      if (res.statusCode === probe.status) answered.push(op.name)
    }
    t.ok(answered.length > 0, `${probe.status} answered by ${answered.length} of ${operations.length} operations`)
  }
})
