import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import ts from 'typescript'
import { tour } from '../clients/typescript/example.js'
import { generateTypes, TYPES_FILE } from '../clients/typescript/generate.js'
import { build, buildWithKey, getJson, walk } from './helper.js'

// The typed client (clients/typescript) as its users get it: types generated from the committed
// document, a program that uses them under `strict` without casts, run against a real server.

const EXAMPLE = fileURLToPath(new URL('../clients/typescript/example.ts', import.meta.url))
const MISUSES = fileURLToPath(new URL('fixtures/client-misuse.ts', import.meta.url))

t.test('the committed client types are what openapi-typescript generates from openapi/openapi.json (run `npm run client`)', async (t) => {
  t.equal(readFileSync(TYPES_FILE, 'utf8'), await generateTypes())
})

t.test('the drift check notices a change of the document', async (t) => {
  const document = JSON.parse(readFileSync(new URL('../openapi/openapi.json', import.meta.url), 'utf8'))
  document.components.schemas.Problem.properties.code.type = 'integer'
  t.not(readFileSync(TYPES_FILE, 'utf8'), await generateTypes(JSON.stringify(document)))
})

t.test('the document gives generated types what they need: typed enums, the parts of a request, one value or several', async (t) => {
  const { app } = await build(t)
  const { body } = await getJson(app, '/openapi.json')
  const untyped: string[] = []
  const visit = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object') return
    if ('enum' in node && !('type' in node)) untyped.push(path)
    for (const [key, value] of Object.entries(node)) visit(value, `${path}/${key}`)
  }
  visit(body, '#')
  t.same(untyped, [], 'every enum has its type')
  t.same(body.components.schemas.Problem.properties.errors.items.properties.in.enum, ['querystring', 'params', 'body', 'headers'])
  const speaker = body.paths['/statements'].get.parameters.find((p: { name: string }) => p.name === 'speaker')
  t.same(speaker.schema.anyOf.map((branch: { type: string }) => branch.type), ['string', 'array'], 'a filter takes one value or several')
  t.match(body.paths['/statements'].get.parameters.find((p: { name: string }) => p.name === 'limit'), { schema: { minimum: 1, maximum: 100, default: 20 }, description: /1 to 100; 20 when omitted/ })
  // Swagger UI draws a parameter by its type: its copy keeps the arrays (a list of values, not a text box).
  const ui = (await getJson(app, '/docs/json')).body
  t.match(ui.paths['/statements'].get.parameters.find((p: { name: string }) => p.name === 'speaker'), { schema: { type: 'array', items: { type: 'string' } } })
  t.match(ui.paths['/statements'].get.parameters.find((p: { name: string }) => p.name === 'kind'), { schema: { type: 'array', items: { type: 'string', enum: ['direct', 'partial', 'indirect'] } } })
})

t.test('seed data: a wrong value for an enum is still refused with the values allowed (the types are the document\'s, not the validator\'s)', async (t) => {
  const { app, key } = await buildWithKey(t)
  const sort = await app.inject('/events?sort=title&sort=-title')
  t.equal(sort.statusCode, 400)
  t.match(sort.json().errors, [{ in: 'querystring', name: 'sort', reason: /allowed values: startDate, title/ }])
  const kind = await app.inject({ method: 'POST', url: '/participants', headers: { authorization: `Bearer ${key}` }, payload: { name: 'A', kind: 5 } })
  t.equal(kind.statusCode, 400)
  t.match(kind.json().errors, [{ in: 'body', name: 'kind', reason: /allowed values: person, organization/ }])
})

/** The compiler's complaints about the given files, with the project's options and `strict`. */
function typeErrors (files: string[]): string[] {
  const configFile = fileURLToPath(new URL('../tsconfig.json', import.meta.url))
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile)
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, fileURLToPath(new URL('..', import.meta.url)))
  const program = ts.createProgram(files, { ...options, strict: true, noEmit: true })
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file === undefined || d.start === undefined ? '' : `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
    return where + ts.flattenDiagnosticMessageText(d.messageText, '\n')
  })
}

/** Every cast in a source file: `x as T`, `<T>x` and the non-null assertion `x!`. */
function casts (file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node)) found.push(node.getText(source))
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

t.test('the example program type-checks under strict without a single cast, and misuses do not', async (t) => {
  t.same(typeErrors([EXAMPLE, MISUSES]), [], 'no type error, and every @ts-expect-error of the misuses meets one')
  t.same(casts(EXAMPLE), [], 'no cast in the example')
})

t.test('the cast finder and the checker can fail', async (t) => {
  const dir = t.testdir({ 'cast.ts': "const n = JSON.parse('1') as number\nconst s: string = n\nexport { s }\n" })
  const file = `${dir}/cast.ts`
  t.same(casts(file), ["JSON.parse('1') as number"])
  const errors = typeErrors([file])
  t.equal(errors.length, 1)
  t.match(errors[0], /cast\.ts:2: Type 'number' is not assignable to type 'string'/)
})

t.test('seed data: the example program, run against a real server, pages, filters, projects, reads problems and CSV', async (t) => {
  const { app } = await build(t, { seed: true })
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  const found = await tour(baseUrl)

  const statements = await walk(t, app, '/statements?limit=100')
  t.same(found.statementIds, statements.map((s) => s.id), 'every statement once, in order, by following nextCursor')
  t.equal(found.pages, Math.ceil(statements.length / 4), 'pages of 4')
  t.ok(found.pages > 1, 'more than one page')

  const putin = (await getJson(app, '/statements?speaker=par_vladimir-putin&count=true&limit=100')).body
  const either = (await getJson(app, '/statements?speaker=par_vladimir-putin,par_kim-jong-un&count=true&limit=100')).body
  t.same(found.bySpeaker, { ids: putin.data.map((s: { id: string }) => s.id), total: putin.total }, 'a filter given as one string')
  t.same(found.byEitherSpeaker, { ids: either.data.map((s: { id: string }) => s.id), total: either.total }, 'a filter given as an array')
  t.ok((found.byEitherSpeaker.total ?? 0) > (found.bySpeaker.total ?? 0), 'two speakers say more than one')

  const events = (await getJson(app, '/events?limit=100')).body.data
  t.same(found.titles, events.map((e: { id: string, title: string }) => ({ id: e.id, title: e.title, startDate: undefined })), 'fields=title: the id and the title, no other field')

  t.match(found.notFound, { status: 404, code: 'NEWS_EVENT_NOT_FOUND', title: 'Not Found' }, 'a 404 read as a typed problem')
  t.same(found.invalid, { in: 'querystring', name: 'limit', reason: 'must be <= 100' }, 'a 400 read as a typed problem naming the parameter')
  t.equal(found.csv, (await app.inject('/events?format=csv')).body, 'CSV, read as text')
  t.match(found.csv, /^id,/)
})
