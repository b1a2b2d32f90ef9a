// The benchmark's ceiling: the same Fastify app, with the same options as src/server.ts, plus one
// route that answers a constant JSON body the size of an event record. Whatever a real route
// costs beyond this one is the cost of its own work (SQL, shaping, serialization).
//
// node --import tsx bench/ceiling.ts   (same environment as the server, plus BENCH_CEILING_BYTES)
import { buildApp } from '../src/app.js'
import { appOptionsFrom, loadConfig } from '../src/config.js'

const config = loadConfig()
const targetBytes = Number(process.env.BENCH_CEILING_BYTES ?? 1024)

/** An event-shaped object whose JSON is `bytes` long (give or take a few). */
function constantBody (bytes: number) {
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

const body = constantBody(targetBytes)

// Exactly the server's options, so the ceiling is the same Fastify setup.
const app = await buildApp(appOptionsFrom(config))

app.get('/__ceiling', { schema: { hide: true } }, async () => body)

const close = async () => {
  await app.close()
  process.exit(0)
}
process.once('SIGTERM', close)
process.once('SIGINT', close)

await app.listen({ port: config.PORT, host: config.HOST })
