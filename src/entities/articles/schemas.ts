import Type, { type Static } from 'typebox'
import { PartialDate } from '../../lib/partial-date.js'
import {
  EnrichedFields, FieldsParam, ItemParams, Language, ListParams, Multi, Nullable, SearchParam, SortParam, Timestamps
} from '../../lib/schemas.js'

export const ArticleSchema = Type.Object({
  id: Type.String({ description: 'Stable identifier.' }),
  title: Type.String(),
  publisher: Nullable(Type.String({ description: 'Publisher or news agency.' })),
  language: Language('BCP 47 language tag of the body.'),
  published: PartialDate({ description: 'Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' }),
  url: Nullable(Type.String({ format: 'uri' })),
  body: Type.String({ description: 'The full text exactly as published; statement offsets index into it.' }),
  enrichedFields: EnrichedFields,
  ...Timestamps,
  snippet: Type.Optional(Type.String({ description: 'With `q`: the best-matching passage as HTML, its text escaped and the matched terms in `<mark>`.' }))
}, {
  $id: 'Article',
  description: 'A news article: the source of events and statements.',
  examples: [{
    id: 'art_af1a277ce4d4aaad',
    title: 'Poutine et Kim Jong Un signent à Pyongyang un traité de partenariat global',
    publisher: null,
    language: 'fr',
    published: '2024-06',
    url: null,
    body: '"Le traité pour un partenariat global signé aujourd\'hui prévoit…',
    enrichedFields: ['title'],
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z',
    updatedBy: null
  }]
})
export type Article = Static<typeof ArticleSchema>

export const ARTICLE_SORTS = ['published', 'updatedAt', 'relevance'] as const
export const ARTICLE_FIELDS = Object.keys(ArticleSchema.properties) as Array<keyof typeof ArticleSchema.properties>

export const ArticleQuerySchema = Type.Object({
  ...SearchParam,
  language: Multi(Language(), 'Only articles in this language.', 'fr'),
  ...SortParam(ARTICLE_SORTS, 'published'),
  ...FieldsParam(ARTICLE_FIELDS),
  ...ListParams
}, { additionalProperties: false })
export type ArticleQuery = Static<typeof ArticleQuerySchema>

export const ArticleItemQuerySchema = Type.Object(ItemParams(ARTICLE_FIELDS), { additionalProperties: false })
