import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type, { type TObject } from 'typebox'
import { NotModified, problemResponses } from '../lib/schemas.js'
import type { NodeStatus } from '../storage/storage.js'

const COLLECTIONS = [
  { name: 'events', href: '/events', description: 'What happened.' },
  { name: 'participants', href: '/participants', description: 'People, organizations, countries and places.' },
  { name: 'statements', href: '/statements', description: 'Who said what, with exact source offsets.' },
  { name: 'articles', href: '/articles', description: 'The source articles.' }
]

const Status = Type.Object({ status: Type.String() })

// Probes must never be answered from a cache.
const Readiness = Type.Object({
  status: Type.String(),
  nodes: Type.Optional(Type.Array(Type.Object({
    node: Type.String({ description: '`primary`, or `replica 1`, `replica 2`… in the order of DATABASE_REPLICA_URLS.' }),
    ok: Type.Boolean({ description: 'It answers. A replica that does not is skipped: its reads go to the primary.' }),
    replayed: Type.Optional(Type.String({ description: 'How far a replica has replayed the primary\'s log (a commit position, as in Consistency-Token).' }))
  }), { description: 'Each PostgreSQL node, when there are replicas (DATABASE_REPLICA_URLS).' }))
})
const probeAnswer = (description: string, schema: TObject = Status) => ({
  description,
  headers: { 'Cache-Control': Type.String({ description: '`no-store`: a probe is never answered from a cache.' }) },
  content: { 'application/json': { schema } }
})

/** The API's front door and the probes an orchestrator uses. */
const serviceRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/', {
    config: { public: true },
    schema: {
      tags: ['service'],
      operationId: 'getIndex',
      summary: 'API index',
      description: 'The collections this API serves, with links to its documentation.',
      response: {
        200: Type.Object({
          name: Type.String(),
          description: Type.String(),
          collections: Type.Array(Type.Object({ name: Type.String(), href: Type.String(), description: Type.String() })),
          links: Type.Object({ docs: Type.String(), openapi: Type.String(), health: Type.String(), ready: Type.String() })
        }),
        304: NotModified
      }
    }
  }, async () => ({
    name: 'news-events-api',
    description: 'Events in the news, their participants and the statements they made, each traceable to its source article.',
    collections: COLLECTIONS,
    links: { docs: '/docs', openapi: '/openapi.json', health: '/healthz', ready: '/readyz' }
  }))

  fastify.get('/healthz', {
    config: { cacheControl: 'no-store', public: true },
    schema: {
      tags: ['service'],
      operationId: 'getHealth',
      summary: 'Liveness probe',
      description: 'Answers 200 while the process is running.',
      response: { 200: probeAnswer('The process is alive.') }
    }
  }, async () => ({ status: 'ok' }))

  fastify.get('/readyz', {
    config: { cacheControl: 'no-store', public: true },
    schema: {
      tags: ['service'],
      operationId: 'getReadiness',
      summary: 'Readiness probe',
      description: 'Answers 200 when the database answers, every migration is applied and the read workers are up (and, on PostgreSQL, lists each node); 503 otherwise, and while shutting down.',
      response: { 200: probeAnswer('Ready to serve.', Readiness), ...problemResponses(503) }
    }
  }, async (request, reply) => {
    let detail: string | undefined
    let nodes: NodeStatus[] | undefined
    try {
      const readiness = await fastify.storage.readiness()
      if (readiness.pendingMigrations > 0) detail = `${readiness.pendingMigrations} database migration(s) not applied`
      if (readiness.nodes !== undefined && readiness.nodes.length > 1) nodes = readiness.nodes
    } catch (err) {
      request.log.error({ err }, 'readiness check failed')
      detail = 'the database does not answer'
    }
    // From the moment the app starts closing, an orchestrator must send no more traffic here.
    if (fastify.draining()) detail = 'shutting down: finishing the requests in flight'
    if (detail === undefined) return { status: 'ready', ...(nodes === undefined ? {} : { nodes }) }
    return reply.code(503).type('application/problem+json').send({
      type: 'about:blank', title: 'Service Unavailable', status: 503, code: 'NEWS_NOT_READY', detail, instance: request.url
    })
  })
}

export default serviceRoutes
