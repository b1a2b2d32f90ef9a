import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { presentItem, presentPage } from '../../lib/representation.js'
import { IdParams, itemResponses, listResponses } from '../../lib/schemas.js'
import { articleRepresentation } from './representation.js'
import { ArticleItemQuerySchema, ArticleQuerySchema } from './schemas.js'

const articleRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { storage } = fastify

  fastify.get('/articles', {
    schema: {
      tags: ['articles'],
      operationId: 'listArticles',
      summary: 'List articles',
      description: 'Source articles by publication date, with their full body. `q` searches titles and bodies.',
      querystring: ArticleQuerySchema,
      response: listResponses('Article', 'A page of articles.')
    }
  }, async (request, reply) => presentPage(request, reply, articleRepresentation, request.query, (page) =>
    storage.listArticles({ ...request.query, ...page })))

  fastify.get('/articles/:id', {
    schema: {
      tags: ['articles'],
      operationId: 'getArticle',
      summary: 'Get an article',
      description: 'One article with its body exactly as published: statement offsets index into it.',
      params: IdParams('Article id.', 'art_af1a277ce4d4aaad'),
      querystring: ArticleItemQuerySchema,
      response: itemResponses('Article', 'The article.')
    }
  }, async (request, reply) => presentItem(request, reply, articleRepresentation, request.query, await storage.getArticle(request.params.id)))
}

export default articleRoutes
