import { readFileSync } from 'node:fs'
import SwaggerParser from '@apidevtools/swagger-parser'
import t from 'tap'
import { OPENAPI_FILE, renderOpenApi } from '../src/lib/openapi-document.js'
import { contractChecker, loadSpec, operationsOf } from './fuzz/contract.js'
import { build, getJson } from './helper.js'

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
        t.ok(op.responses[code].content['application/problem+json'], `${name} ${code} is problem+json`)
      }
      if (path.includes('{id}')) {
        t.ok(errors.includes('404'), `${name} documents 404`)
        t.ok(op.parameters.find((p: any) => p.name === 'id')?.example, `${name} has an example id`)
      }
      if (op.parameters?.some((p: any) => p.in === 'query')) t.ok(errors.includes('400'), `${name} documents 400`)
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
