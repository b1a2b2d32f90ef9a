import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { withLinks } from '../../lib/pagination.js'
import { IdParams, PageOf, problemResponses } from '../../lib/schemas.js'
import { getArticle, listArticles } from './queries.js'
import { ArticleFilterSchema } from './schemas.js'

const articleRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { db } = fastify

  fastify.get('/articles', {
    schema: {
      tags: ['articles'],
      summary: 'List articles',
      description: 'Source articles by publication date, with their full body.',
      querystring: ArticleFilterSchema,
      response: { 200: PageOf('Article', 'A page of articles.'), ...problemResponses(400) }
    }
  }, async (request, reply) => withLinks(request, reply, listArticles(db, request.query)))

  fastify.get('/articles/:id', {
    schema: {
      tags: ['articles'],
      summary: 'Get an article',
      description: 'One article with its body exactly as published: statement offsets index into it.',
      params: IdParams('Article id.', 'art_af1a277ce4d4aaad'),
      response: { 200: Type.Ref('Article'), ...problemResponses(400, 404) }
    }
  }, async (request) => getArticle(db, request.params.id))
}

export default articleRoutes
