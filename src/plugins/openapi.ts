import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { ArticleSchema } from '../entities/articles/schemas.js'
import { TombstoneSchema } from '../entities/deletions/schemas.js'
import { EventSchema, ParticipantEventSchema } from '../entities/events/schemas.js'
import { EventParticipantSchema, ParticipantSchema } from '../entities/participants/schemas.js'
import { StatementSchema } from '../entities/statements/schemas.js'
import { oneOrSeveralValues, severalValuesAsArrays, typedEnums } from '../lib/openapi-document.js'
import { ProblemSchema } from '../lib/schemas.js'

const SHARED_SCHEMAS = [
  ProblemSchema, EventSchema, ParticipantEventSchema, ParticipantSchema, EventParticipantSchema, StatementSchema, ArticleSchema, TombstoneSchema
]

export const TAGS = [
  { name: 'events', description: 'What happened: visits, signings, ceremonies, meetings…' },
  { name: 'participants', description: 'People, organizations, countries and places.' },
  { name: 'statements', description: 'Who said what, traceable to the exact characters of the article.' },
  { name: 'articles', description: 'The news articles everything is sourced from.' },
  { name: 'search', description: 'Full-text search across statements, events and articles.' },
  { name: 'sync', description: 'Mirroring: `updatedSince` on every list, tombstones of deletions.' },
  { name: 'service', description: 'Index and health probes.' }
]

/**
 * With `fields=` a GET answers only the id and the fields asked for, serialized apart from the
 * response schema, whose records require every field. The document gives such records a second
 * form, `<Record>Fields`: the record's own properties, all optional but the id, and no other, so
 * that typed clients see what a projection may hold and validation keeps its teeth. Done here
 * rather than in the route schemas: an `anyOf` there would make the serializer try the branches
 * on every full answer.
 */
function documentProjections (document: { openapiObject: any } | { swaggerObject: any }) {
  if (!('openapiObject' in document)) return document.swaggerObject
  const { openapiObject } = document
  const schemas = openapiObject.components.schemas
  const projectionOf = (record: any) => {
    const name = typeof record.$ref === 'string' ? record.$ref.split('/').at(-1) as string : undefined
    const full = name === undefined ? record : schemas[name]
    const projection = {
      type: 'object',
      required: ['id'],
      properties: full.properties,
      additionalProperties: false,
      description: 'With `fields=`: the id and the fields asked for, each as in the full record.'
    }
    if (name === undefined) return projection
    schemas[`${name}Fields`] ??= projection
    return { $ref: `#/components/schemas/${name}Fields` }
  }
  for (const item of Object.values<any>(openapiObject.paths ?? {})) {
    const operation = item.get
    if (!operation?.parameters?.some((p: { in: string, name: string }) => p.in === 'query' && p.name === 'fields')) continue
    const json = operation.responses?.['200']?.content?.['application/json']
    if (json === undefined) continue
    const [holder, key] = json.schema.$ref === undefined ? [json.schema.properties.data, 'items'] : [json, 'schema']
    holder[key] = { anyOf: [holder[key], projectionOf(holder[key])] }
  }
  return openapiObject
}

/**
 * OpenAPI 3.1 generated from the route schemas, served at /openapi.json, with Swagger UI at /docs.
 * Registered before any route: @fastify/swagger only sees routes added after it.
 */
export default fp(async (fastify) => {
  for (const schema of SHARED_SCHEMAS) fastify.addSchema(schema)

  await fastify.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'news-events-api',
        version: '0.1.0',
        description: 'Events reported in the news, the participants in them and the statements they made — ' +
          'direct, partial and indirect quotes, each traceable to the exact characters of its source article. ' +
          'Lists use keyset pagination (`limit`, `cursor`, `Link: rel="next"`); errors are RFC 9457 problem details.',
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'The news-events-api maintainers' }
      },
      // Relative: the API is wherever this document was fetched from, behind any proxy or prefix.
      servers: [{ url: '/', description: 'The server this document is served by.' }],
      tags: TAGS,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API key made with `npm run key:create`. Writes need the `write` scope, imports `admin`; reads take any key ' +
              'and need one only when the server runs with `READS_REQUIRE_KEY`. A valid key is its own rate-limit budget.'
          }
        }
      }
    },
    transformObject: (document) => typedEnums(oneOrSeveralValues(documentProjections(document))),
    // Name components after the schemas' $id (Event, Statement…) instead of def-0, def-1…
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => typeof json.$id === 'string' ? json.$id : `def-${i}`
    }
  })

  // Swagger UI reads its own copy of the document (cloned for each request), with filters as arrays.
  await fastify.register(swaggerUi, { routePrefix: '/docs', transformSpecification: severalValuesAsArrays })

  fastify.get('/openapi.json', { schema: { hide: true }, config: { cacheControl: 'public, max-age=300', public: true } }, async () => fastify.swagger())
}, { name: 'openapi' })
