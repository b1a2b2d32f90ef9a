import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { withLinks } from '../../lib/pagination.js'
import { IdParams, PageOf, problemResponses } from '../../lib/schemas.js'
import { getStatement, listStatements } from './queries.js'
import { StatementFilterSchema } from './schemas.js'

const statementRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/statements', {
    schema: {
      tags: ['statements'],
      summary: 'List statements',
      description: 'Direct, partial and indirect quotes with their speaker, event and exact source span; filters combine with AND.',
      querystring: StatementFilterSchema,
      response: { 200: PageOf('Statement', 'A page of statements.'), ...problemResponses(400) }
    }
  }, async (request, reply) => withLinks(request, reply, listStatements(db, request.query)))

  fastify.get('/statements/:id', {
    schema: {
      tags: ['statements'],
      summary: 'Get a statement',
      description: '`source` locates the text in its article: `article.body.slice(source.start, source.end) === text`.',
      params: IdParams('Statement id.', 'stm_af1a277ce4d4aaad-03'),
      response: { 200: Type.Ref('Statement'), ...problemResponses(400, 404) }
    }
  }, async (request) => getStatement(db, request.params.id))
}

export default statementRoutes
