import { isDeepStrictEqual } from 'node:util'
import { join } from 'node:path'
import fc from 'fast-check'
import t, { type Test } from 'tap'
import { buildApp, type App } from '../src/app.js'
import { createKey } from '../src/auth/keys.js'
import { requestFor, urlOf, type FuzzRequest, type Keys } from './fuzz/arbitraries.js'
import { contractChecker, loadSpec, operationsOf, type Answer, type Operation } from './fuzz/contract.js'
import { freshStorage, tempDir } from './helper.js'

// Property-based fuzzing of every operation in openapi/openapi.json, valid and hostile requests
// alike, on one seeded app: no 5xx, every answer as documented (status, media type, schema),
// every 4xx a problem+json, every successful write read back the same.
// FUZZ_SEED replays a run (the seed is printed on failure); FUZZ_RUNS sets the total number of cases.

const SEED = Number(process.env.FUZZ_SEED ?? 20240619)
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const FEW_RUNS = 20

t.setTimeout(Math.max(300_000, TOTAL_RUNS * 60))

/** The app on a seeded database, with a key of each scope and no rate limit (thousands of requests from one client). */
async function buildFuzzedApp (t: Test): Promise<{ app: App, keys: Keys }> {
  const apiKeysFile = join(tempDir(t), 'keys.json')
  const keys: Keys = {
    read: createKey(apiKeysFile, 'fuzz-reader', 'read'),
    write: createKey(apiKeysFile, 'fuzz-editor', 'write'),
    admin: createKey(apiKeysFile, 'fuzz-chief', 'admin')
  }
  const { settings } = await freshStorage(t, { seed: true })
  // Two guards are turned off, the rest is the app that runs: the rate limit (thousands of requests
  // from one client) and the overload guard, because the fuzz driver shares the app's event loop, so
  // the lag the guard measures is the driver's as much as the app's (on a busy CI machine it turned
  // whole phases into 503s). Both guards have tests of their own in test/traffic.test.ts.
  const app = await buildApp({ ...settings, apiKeysFile, rateLimitMax: 1_000_000_000, maxEventLoopDelayMs: 0 })
  // Closed by the test that uses it: tap ends the root test only once the event loop is idle.
  t.after(() => app.close())
  return { app, keys }
}

const toAnswer = (res: { statusCode: number, headers: Answer['headers'], body: string }): Answer =>
  ({ statusCode: res.statusCode, headers: res.headers, body: res.body })

/** Sends a fuzzed request, first filling in a live cursor or the record's current ETag if it asks for one. */
async function send (app: App, request: FuzzRequest): Promise<Answer> {
  const query = [...request.query]
  const headers = { ...request.headers }
  if (request.liveCursor === true) {
    // The cursor of a first page of one, asked the same way (a cursor is only valid for its own sort).
    const first = await app.inject({ method: 'GET', url: urlOf({ path: request.path, query: [...query.filter((pair) => !pair.startsWith('limit=')), 'limit=1'] }) })
    const cursor = first.statusCode === 200 && String(first.headers['content-type']).startsWith('application/json') ? JSON.parse(first.body).nextCursor : undefined
    if (typeof cursor === 'string') query.push(`cursor=${cursor}`)
  }
  if (request.currentEtag !== undefined) {
    const current = await app.inject({ method: 'GET', url: request.method === 'GET' ? urlOf({ path: request.path, query }) : request.path })
    const etag = current.headers.etag
    if (typeof etag === 'string') headers[request.currentEtag] = etag
  }
  const res = await app.inject({
    method: request.method,
    url: urlOf({ path: request.path, query }),
    headers,
    ...(request.payload === undefined ? {} : { payload: request.payload })
  })
  return toAnswer(res)
}

/**
 * The top-level scalar fields sent that the record does not hold as sent. A null in a merge patch
 * removes a field (which may then take its default); country codes are stored upper-case.
 */
function notStored (sent: unknown, record: Record<string, unknown>): string[] {
  if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) return []
  return Object.entries(sent).filter(([name, value]) => {
    if (!(name in record) || typeof value === 'object' || value === undefined) return false
    const stored = record[name]
    if (name === 'countryCode' && typeof value === 'string') return stored !== value.toUpperCase()
    return !isDeepStrictEqual(stored, value)
  }).map(([name]) => name)
}

/**
 * A 405 whose Allow leaves out the operation's method: the request's URL names another resource,
 * as an empty path parameter does (`PATCH /events/` is the collection, which takes no PATCH).
 */
function namesAnotherResource (op: Operation, answer: Answer): boolean {
  return answer.statusCode === 405 && !String(answer.headers.allow ?? '').split(', ').includes(op.method)
}

/** A successful write, read back with GET: the same record as the write answered, holding what was sent. */
async function readBack (app: App, op: Operation, request: FuzzRequest, answer: Answer): Promise<string | undefined> {
  if (!request.valid) return undefined
  if (op.method === 'DELETE' && answer.statusCode === 204) {
    const after = await app.inject({ method: 'GET', url: request.path })
    // Gone (404), or a path that was never read with GET (a link): a 405 whose Allow has no GET.
    const gone = after.statusCode === 404 || (after.statusCode === 405 && !String(after.headers.allow).split(', ').includes('GET'))
    return gone ? undefined : `deleted, yet GET ${request.path} answers ${after.statusCode}`
  }
  const written = answer.statusCode === 201 || (op.method === 'PATCH' && answer.statusCode === 200)
  if (!written || request.json === undefined) return undefined
  const record = JSON.parse(answer.body)
  let url = op.method === 'PATCH' ? request.path : String(answer.headers.location ?? '')
  if (op.path === '/events/{id}/participants') url = `${request.path}?limit=100`
  const got = await app.inject({ method: 'GET', url })
  if (got.statusCode !== 200) return `written, yet GET ${url} answers ${got.statusCode}`
  let stored = got.json()
  if (op.path === '/events/{id}/participants') stored = stored.data.find((item: { id: string }) => item.id === record.id)
  if (!isDeepStrictEqual(stored, record)) return `GET ${url} differs from the write's answer: ${JSON.stringify(stored)} vs ${JSON.stringify(record)}`
  const lost = notStored(request.json, record)
  return lost.length === 0 ? undefined : `fields not stored as sent: ${lost.join(', ')}`
}

const clip = (text: string) => text.length > 300 ? `${text.slice(0, 300)}…(${text.length} chars)` : text

const describe = (request: FuzzRequest, answer?: Answer) => JSON.stringify({
  method: request.method,
  url: clip(urlOf(request)),
  headers: request.headers,
  payload: request.payload === undefined ? undefined : clip(request.payload),
  ...(answer === undefined ? {} : { answer: { status: answer.statusCode, type: answer.headers['content-type'], body: clip(answer.body) } })
})

// Writes first, so the reads also meet what the fuzzer created; deletions last, then the reads once
// more on what is left (and on the tombstones).
// Dependent records first: a cascade would otherwise leave nothing for the other deletions to find.
const DELETION_ORDER = ['/statements/{id}', '/events/{id}/participants/{participantId}', '/events/{id}', '/participants/{id}', '/articles/{id}']

const PHASES: Array<{ name: string, includes: (op: Operation) => boolean, share: number, order?: string[] }> = [
  { name: 'creations and changes', includes: (op) => op.method === 'POST' || op.method === 'PATCH', share: 1 },
  { name: 'reads', includes: (op) => op.method === 'GET', share: 0.8 },
  { name: 'deletions', includes: (op) => op.method === 'DELETE', share: 1, order: DELETION_ORDER },
  { name: 'reads after deletions', includes: (op) => op.method === 'GET', share: 0.2 }
]

t.test(`fuzzing every operation of the OpenAPI document (seed ${SEED}, FUZZ_SEED to change it)`, async (t) => {
  const { app, keys } = await buildFuzzedApp(t)
  const spec = loadSpec()
  const operations = operationsOf(spec)
  const check = contractChecker(spec)
  // Lines of a real export, for imports that can succeed.
  const exported = (await app.inject('/export')).body.split('\n').filter((line) => line !== '')
  // An operation that takes no input (the probes, the index, the export) has only headers to vary:
  // a few cases do; the others share the rest of the budget.
  const takesNothing = (op: Operation) => op.parameters.length === 0 && op.body === undefined
  const fixed = operations.filter(takesNothing).length * FEW_RUNS
  const perOperation = Math.ceil((TOTAL_RUNS - fixed) / operations.filter((op) => !takesNothing(op)).length)
  const statuses = new Map<string, Map<number, number>>()
  let cases = 0
  const started = Date.now()

  for (const phase of PHASES) {
    const ordered = operations.filter(phase.includes)
    if (phase.order !== undefined) ordered.sort((a, b) => phase.order!.indexOf(a.path) - phase.order!.indexOf(b.path))
    for (const op of ordered) {
      // Each operation its own seed, derived from the one printed, so that they draw different cases.
      const seed = SEED + operations.indexOf(op)
      const numRuns = Math.max(1, Math.round((takesNothing(op) ? FEW_RUNS : perOperation) * phase.share))
      const seen = statuses.get(op.name) ?? new Map<number, number>()
      statuses.set(op.name, seen)
      const property = fc.asyncProperty(requestFor(op, spec, keys, exported), async (request) => {
        const answer = await send(app, request)
        seen.set(answer.statusCode, (seen.get(answer.statusCode) ?? 0) + 1)
        const broken = answer.statusCode >= 500
          ? `server error ${answer.statusCode}`
          : namesAnotherResource(op, answer) ? undefined : check(op, answer) ?? await readBack(app, op, request, answer)
        if (broken !== undefined) throw new Error(`${op.name}: ${broken}\n  request: ${describe(request, answer)}`)
      })
      const opStarted = Date.now()
      try {
        await fc.assert(property, { seed, numRuns })
        t.pass(`${op.name}: ${numRuns} cases (${phase.name}) in ${Date.now() - opStarted} ms`)
      } catch (err) {
        // fast-check's report names the seed and path of the shrunk case; its cause says what went wrong.
        const replay = /\{ seed: [^}]*\}/.exec((err as Error).message)?.[0] ?? ''
        const cause = (err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message
        t.fail(`${cause}\n  run: FUZZ_SEED=${SEED} (${phase.name}) ${replay}`)
      }
      cases += numRuns
    }
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  t.comment(`fuzz: ${cases} cases over ${statuses.size} operations in ${seconds} s (seed ${SEED})`)
  for (const [name, seen] of statuses) {
    t.comment(`  ${name}: ${[...seen].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ')}`)
  }
  t.equal(statuses.size, operations.length, 'every operation of the document was fuzzed')
  t.ok(cases >= TOTAL_RUNS, `at least ${TOTAL_RUNS} cases`)
})
