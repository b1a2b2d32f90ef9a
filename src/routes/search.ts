import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import type { Page } from '../lib/pagination.js'
import { negotiate } from '../lib/representation.js'
import { ListParams, NotModified, problemResponses } from '../lib/schemas.js'
import { SEARCH_SYNTAX } from '../lib/search-syntax.js'

const Group = (itemId: string) => Type.Object({
  data: Type.Array(Type.Ref(itemId)),
  total: Type.Optional(Type.Integer({ minimum: 0, description: 'How many match in all; only with `count=true`.' })),
  links: Type.Object({ all: Type.String({ description: 'The whole result list of this type, pageable.' }) })
})

const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 500, description: SEARCH_SYNTAX, examples: ['révolution*'] }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 5, description: 'Best hits per type, 1 to 50.' })),
  count: ListParams.count
}, { additionalProperties: false })

/** One search box over statements, events and articles, best hits first in each group. */
const searchRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/search', {
    schema: {
      tags: ['search'],
      operationId: 'search',
      summary: 'Search everything',
      description: 'Full-text search across statements, events and articles, grouped by type, each group by relevance ' +
        'with a highlighted `snippet` per hit. Follow `links.all` for the whole list of one type.',
      querystring: SearchQuery,
      response: {
        200: Type.Object({
          statements: Group('Statement'),
          events: Group('Event'),
          articles: Group('Article')
        }, { description: 'The best hits of each type.' }),
        304: NotModified,
        ...problemResponses(406)
      }
    }
  }, async (request, reply) => {
    negotiate(request, reply, undefined, ['json'])
    const { q, limit, count } = request.query
    const group = <T>(name: 'statements' | 'events' | 'articles', page: Page<T>) => ({
      data: page.data,
      ...(page.total === undefined ? {} : { total: page.total }),
      links: { all: `/${name}?${new URLSearchParams({ q })}` }
    })
    const found = await fastify.storage.search({ q, limit, count })
    return {
      statements: group('statements', found.statements),
      events: group('events', found.events),
      articles: group('articles', found.articles)
    }
  })
}

export default searchRoutes
