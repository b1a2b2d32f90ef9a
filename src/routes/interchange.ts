import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { negotiate, streamLines } from '../lib/representation.js'
import { problemResponses } from '../lib/schemas.js'
import { parseInterchange } from '../storage/interchange.js'

const NDJSON = 'application/x-ndjson'
/** Imports are whole data sets, far beyond the default body limit. */
const IMPORT_LIMIT = 256 * 1024 * 1024

const interchangeRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify
  fastify.addContentTypeParser(NDJSON, { parseAs: 'string', bodyLimit: IMPORT_LIMIT }, (_request, body, done) => done(null, body))

  fastify.get('/export', {
    schema: {
      tags: ['sync'],
      operationId: 'exportRecords',
      summary: 'Export everything',
      description: 'Every article, participant, event and statement as NDJSON, one `{"type", "data"}` per line, `data` being the ' +
        'create body of the record with its timestamps. Records come after those they refer to, so `POST /import` takes the file back as it is.',
      response: {
        200: { description: 'The whole data set, streamed.', content: { [NDJSON]: { schema: Type.String() } } },
        ...problemResponses(406)
      }
    }
  }, async (request, reply) => {
    // NDJSON only: a client that accepts nothing of the kind gets a 406 before the stream starts.
    negotiate(request, reply, undefined, ['ndjson'])
    return streamLines(reply, NDJSON, storage.exportLines())
  })

  fastify.post('/import', {
    config: { scope: 'admin' },
    bodyLimit: IMPORT_LIMIT,
    schema: {
      tags: ['sync'],
      operationId: 'importRecords',
      summary: 'Import records',
      description: 'Needs an `admin` key. NDJSON in the format of `GET /export`. Every line is checked; either all are applied, in one transaction, or ' +
        'none, and the 422 answer lists each problem by line. A record whose id exists is replaced; timestamps are kept as given.',
      body: { content: { [NDJSON]: { schema: Type.String({ description: 'One {"type": "article|participant|event|statement", "data": {…}} per line.' }) } } },
      response: {
        200: Type.Object({
          imported: Type.Object({
            article: Type.Integer(), participant: Type.Integer(), event: Type.Integer(), statement: Type.Integer()
          })
        }, { description: 'How many records of each type were written.' }),
        ...problemResponses(422)
      }
    }
  }, async (request) =>
    storage.importRecords(parseInterchange(request.body as string), { actor: request.apiKey?.name ?? 'unknown' }))
}

export default interchangeRoutes
