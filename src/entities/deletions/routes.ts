import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { withLinks } from '../../lib/pagination.js'
import { negotiate } from '../../lib/representation.js'
import { NotModified, PageOf, problemResponses } from '../../lib/schemas.js'
import { DeletionQuerySchema } from './schemas.js'

const deletionRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/deleted', {
    schema: {
      tags: ['sync'],
      operationId: 'listDeletedRecords',
      summary: 'List deleted records',
      description: 'Tombstones of deleted articles, events, participants and statements, oldest first. To mirror the data, ' +
        'fetch each list with `updatedSince=T` and this with `since=T`, T being when the last sync started.',
      querystring: DeletionQuerySchema,
      response: { 200: PageOf('Tombstone', 'A page of tombstones.'), 304: NotModified, ...problemResponses(406) }
    }
  }, async (request, reply) => {
    negotiate(request, reply, undefined, ['json'])
    return withLinks(request, reply, await fastify.storage.listDeletions(request.query))
  })
}

export default deletionRoutes
