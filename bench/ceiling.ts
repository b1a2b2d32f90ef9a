// The benchmark's ceiling: the same Fastify app, with the same options as src/server.ts, plus one
// route that answers a constant JSON body of the size asked for (`?bytes=`), shaped like the API's
// answers. Whatever a real route costs beyond this one at the same size is the cost of its own work
// (SQL, shaping); the hooks, logging, ETag and the bytes on the wire cost both the same.
//
// node --import tsx bench/ceiling.ts   (same environment as the server)
import { buildApp } from '../src/app.js'
import { appOptionsFrom, loadConfig } from '../src/config.js'

const config = loadConfig()

/** An event-shaped object whose JSON is `bytes` long (give or take a few). */
function eventOf (bytes: number) {
  const body = {
    id: 'evt_ceiling-constant-body',
    title: 'A constant answer of the size of an event record',
    summary: '',
    type: 'meeting',
    startDate: '2024-06-19',
    startPrecision: 'day',
    endDate: null,
    location: { name: 'Pyongyang', countryCode: 'KP', latitude: 39.0392, longitude: 125.7625 },
    parentId: null,
    articles: ['art_af1a277ce4d4aaad'],
    enrichedFields: ['startDate'],
    createdAt: '2024-06-19T00:00:00.000Z',
    updatedAt: '2024-06-19T00:00:00.000Z'
  }
  body.summary = 'x'.repeat(Math.max(0, bytes - JSON.stringify(body).length))
  return body
}

/** One event for a small size; above that, a page of events like a list answers, `bytes` long in all. */
function constantBody (bytes: number): unknown {
  if (bytes < 2000) return eventOf(bytes)
  const page = { data: [] as unknown[], nextCursor: 'WyJpZCIsInN0bV9jZWlsaW5nIl0', links: { next: '/__ceiling?cursor=WyJpZCIsInN0bV9jZWlsaW5nIl0' } }
  const size = () => JSON.stringify(page).length
  const event = eventOf(700)
  while (size() + JSON.stringify(event).length + 1 <= bytes) page.data.push(event)
  // The first event takes up what is left.
  page.data[0] = eventOf(700 + bytes - size())
  return page
}

const bodies = new Map<number, unknown>()

// Exactly the server's options, so the ceiling is the same Fastify setup.
const app = await buildApp(appOptionsFrom(config))

app.get<{ Querystring: { bytes: number } }>('/__ceiling', {
  schema: { hide: true, querystring: { type: 'object', properties: { bytes: { type: 'integer', minimum: 2, maximum: 10_000_000, default: 1024 } } } }
}, async (request) => {
  const { bytes } = request.query
  let body = bodies.get(bytes)
  if (body === undefined) {
    body = constantBody(bytes)
    bodies.set(bytes, body)
  }
  return body
})

const close = async () => {
  await app.close()
  process.exit(0)
}
process.once('SIGTERM', close)
process.once('SIGINT', close)

await app.listen({ port: config.PORT, host: config.HOST })
