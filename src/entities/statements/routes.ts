import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { presentItem, presentPage } from '../../lib/representation.js'
import { IdParams, itemResponses, listResponses } from '../../lib/schemas.js'
import { statementRepresentation } from './representation.js'
import { StatementItemQuerySchema, StatementQuerySchema } from './schemas.js'

const statementRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify

  fastify.get('/statements', {
    schema: {
      tags: ['statements'],
      operationId: 'listStatements',
      summary: 'List statements',
      description: 'Direct, partial and indirect quotes with their speaker, event and exact source span. `q` searches their text; ' +
        'filters on different fields combine with AND, several values of one filter with OR.',
      querystring: StatementQuerySchema,
      response: listResponses('Statement', 'A page of statements.')
    }
  }, async (request, reply) => presentPage(request, reply, statementRepresentation, request.query, (page) =>
    storage.listStatements({ ...request.query, ...page })))

  fastify.get('/statements/:id', {
    schema: {
      tags: ['statements'],
      operationId: 'getStatement',
      summary: 'Get a statement',
      description: '`source` locates the text in its article: `article.body.slice(source.start, source.end) === text`. ' +
        '`include` embeds the speaker, event, article or mentioned participants.',
      params: IdParams('Statement id.', 'stm_af1a277ce4d4aaad-03'),
      querystring: StatementItemQuerySchema,
      response: itemResponses('Statement', 'The statement.')
    }
  }, async (request, reply) => presentItem(request, reply, statementRepresentation, request.query,
    await storage.getStatement(request.params.id, request.query.include)))
}

export default statementRoutes
