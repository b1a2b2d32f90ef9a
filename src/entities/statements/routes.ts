import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { presentItem, presentPage } from '../../lib/representation.js'
import { IdParams, itemResponses, listResponses } from '../../lib/schemas.js'
import { embedInStatements, getStatement, listStatements } from './queries.js'
import { statementRepresentation } from './representation.js'
import { StatementItemQuerySchema, StatementQuerySchema, type Statement } from './schemas.js'

const statementRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/statements', {
    schema: {
      tags: ['statements'],
      summary: 'List statements',
      description: 'Direct, partial and indirect quotes with their speaker, event and exact source span. `q` searches their text; ' +
        'filters on different fields combine with AND, several values of one filter with OR.',
      querystring: StatementQuerySchema,
      response: listResponses('Statement', 'A page of statements.')
    }
  }, async (request, reply) => presentPage(request, reply, statementRepresentation, request.query, (cursor, limit) => {
    const page = listStatements(db, { ...request.query, cursor, limit: limit ?? request.query.limit })
    return { ...page, data: embedInStatements(db, page.data, request.query.include) }
  }))

  fastify.get('/statements/:id', {
    schema: {
      tags: ['statements'],
      summary: 'Get a statement',
      description: '`source` locates the text in its article: `article.body.slice(source.start, source.end) === text`. ' +
        '`include` embeds the speaker, event, article or mentioned participants.',
      params: IdParams('Statement id.', 'stm_af1a277ce4d4aaad-03'),
      querystring: StatementItemQuerySchema,
      response: itemResponses('Statement', 'The statement.')
    }
  }, async (request, reply) => presentItem(request, reply, statementRepresentation, request.query,
    embedInStatements(db, [getStatement(db, request.params.id)], request.query.include)[0] as Statement))
}

export default statementRoutes
