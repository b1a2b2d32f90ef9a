import Type, { type Static } from 'typebox'
import { detectLanguage } from '../../extraction/language.js'
import { UnprocessableError } from '../../lib/errors.js'
import { PatchOf } from '../../lib/input.js'
import { PartialDate } from '../../lib/partial-date.js'
import { EnrichedFields, Language, Nullable } from '../../lib/schemas.js'
import { parseArticleFile } from './article-file.js'

export const ArticleInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^art_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; by default `art_` and a hash of the body. The same text is never stored twice, whatever the id (409).' })),
  title: Type.String({ minLength: 1, maxLength: 1000 }),
  publisher: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  language: Language(),
  published: PartialDate(),
  url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000 }))),
  body: Type.String({ minLength: 1, maxLength: 1_000_000, description: 'The full text exactly as published.' }),
  enrichedFields: Type.Optional(EnrichedFields)
}, {
  additionalProperties: false,
  description: 'An article to store, or the whole of one after a merge patch.',
  examples: [{
    title: 'Putin arrives in Hanoi',
    publisher: 'Example Wire',
    language: 'en',
    published: '2024-06-20',
    body: '"We will deepen our partnership," President Putin said on arrival.'
  }]
})
export type ArticleInput = Static<typeof ArticleInputSchema>
export const ArticlePatchSchema = PatchOf(ArticleInputSchema, 'A JSON Merge Patch (RFC 7396) of an article: `null` removes a field.')

/** The parameters that go with a `text/plain` article (the seed file format carries only the date). */
export const ArticleTextQuerySchema = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 1000, description: 'Title of a `text/plain` article; its first sentence when omitted.' })),
  language: Type.Optional(Language('Language of a `text/plain` article; detected (fr or en) when omitted.')),
  publisher: Type.Optional(Type.String({ maxLength: 300 })),
  url: Type.Optional(Type.String({ format: 'uri', maxLength: 2000 })),
  extract: Type.Optional(Type.Boolean({ description: 'Also run the event and statement extractors on it (as `POST /articles/{id}/extract`).' }))
}, { additionalProperties: false })
export type ArticleTextQuery = Static<typeof ArticleTextQuerySchema>

/** An article sent as `text/plain` in the seed file format: `date YYYY-MM`, then the body. */
export function articleFromText (text: string, query: ArticleTextQuery): ArticleInput {
  let file
  try {
    file = parseArticleFile(text)
  } catch (err) {
    throw new UnprocessableError([{ in: 'body', name: 'body', reason: (err as Error).message }])
  }
  const firstSentence = file.body.split(/(?<=[.!?»"])\s/u)[0]?.trim() ?? file.body
  return {
    title: query.title ?? (firstSentence.length > 200 ? `${firstSentence.slice(0, 199)}…` : firstSentence),
    language: query.language ?? detectLanguage(file.body),
    published: file.published,
    body: file.body,
    publisher: query.publisher ?? null,
    url: query.url ?? null
  }
}
