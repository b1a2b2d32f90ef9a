import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { IdParams, problemResponses } from '../../lib/schemas.js'
import { crudRoutes } from '../../routes/crud-routes.js'
import {
  articleFromText, ArticleInputSchema, ArticlePatchSchema, ArticleTextQuerySchema, type ArticleInput, type ArticleTextQuery
} from './inputs.js'
import type { Article } from './schemas.js'

const articleCrud = crudRoutes<ArticleInput, Article>({
  path: '/articles',
  tag: 'articles',
  noun: 'article',
  recordRef: 'Article',
  inputSchema: ArticleInputSchema,
  patchSchema: ArticlePatchSchema,
  exampleId: 'art_af1a277ce4d4aaad',
  deleteRule: 'An article that statements cite is kept (409) unless `cascade=true`, which deletes those statements too; its links to events always go.',
  text: {
    description: 'The seed file format: a `date YYYY-MM` (or `YYYY-MM-DD`) header, then the body. Title, language, publisher and URL come from the query.',
    query: ArticleTextQuerySchema,
    parse: (text: string, query: ArticleTextQuery) => articleFromText(text, query)
  },
  // `?extract=true` runs the extractors before the write; the article, its events and statements are stored together.
  create: (storage, input, options, once) => storage.createArticle(input, { ...options, extract: (options.query as ArticleTextQuery).extract }, once),
  update: (storage, id, patch, options) => storage.updateArticle(id, patch, options),
  remove: (storage, id, options) => storage.deleteArticle(id, options)
})

const ExtractionReportSchema = Type.Object({
  event: Type.String({ description: "The article's main event: the new statements no other event's sentence holds were attached to it." }),
  created: Type.Array(Type.Ref('Statement'), { description: 'The statements stored, `origin: extracted`, each with its confidence.' }),
  participantsCreated: Type.Array(Type.String(), { description: 'Speakers and actors the extractors named who were not known yet (created as `extracted`).' }),
  eventsCreated: Type.Array(Type.String(), {
    description: 'Events found and stored, `origin: extracted` (the main event, then its sub-events); when none is found, the `other` event made for the statements.'
  }),
  eventsLinked: Type.Array(Type.String(), {
    description: 'Events already stored that the article reports again (same type, overlapping dates, a shared actor or country): linked to it, not made twice.'
  }),
  alreadyStored: Type.Integer({ description: 'Found again: a statement with the same span already exists.' }),
  withoutSpeaker: Type.Integer({ description: 'Found, but no speaker could be attributed: left for an editor.' })
}, { description: 'What the extractor found and stored.' })

const articleWriteRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  await fastify.register(articleCrud)

  fastify.post('/articles/:id/extract', {
    config: { scope: 'write' },
    schema: {
      tags: ['articles', 'statements'],
      operationId: 'extractArticleStatements',
      summary: "Extract an article's events and statements",
      description: 'Runs the event and statement extractors on the article. The events it reports are stored `origin: extracted` ' +
        '(the main event, its sub-events under it), or linked to the stored event they report again; each quote is stored at the ' +
        'event whose sentence holds it, else the main event, attributed to known participants by name or alias (or to new ' +
        '`extracted` participants), with a confidence for an editor to check. An article already reported by events gets no new ' +
        'ones, and statements already stored for the same span are left alone, so it can run again safely.',
      params: IdParams('Article id.', 'art_af1a277ce4d4aaad'),
      querystring: Type.Object({
        event: Type.Optional(Type.String({ description: 'The event to attach the statements to (no event is extracted then); by default the events the article reports.' }))
      }, { additionalProperties: false }),
      response: { 200: ExtractionReportSchema, ...problemResponses(404) }
    }
  }, async (request) => fastify.storage.extractStatements(request.params.id, { eventId: request.query.event, actor: request.apiKey?.name ?? 'unknown' }))
}

export default articleWriteRoutes
