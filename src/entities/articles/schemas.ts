import Type, { type Static } from 'typebox'
import { PartialDate } from '../../lib/partial-date.js'
import { EnrichedFields, Language, Nullable, PageQuery, Timestamps } from '../../lib/schemas.js'

export const ArticleSchema = Type.Object({
  id: Type.String({ description: 'Stable identifier.' }),
  title: Type.String(),
  publisher: Nullable(Type.String({ description: 'Publisher or news agency.' })),
  language: Language('BCP 47 language tag of the body.'),
  published: PartialDate({ description: 'Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' }),
  url: Nullable(Type.String({ format: 'uri' })),
  body: Type.String({ description: 'The full text exactly as published; statement offsets index into it.' }),
  enrichedFields: EnrichedFields,
  ...Timestamps
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
    updatedAt: '2024-06-20T08:00:00.000Z'
  }]
})
export type Article = Static<typeof ArticleSchema>

export const ArticleFilterSchema = Type.Object({
  language: Type.Optional(Language('Only articles in this language.')),
  ...PageQuery
}, { additionalProperties: false })
export type ArticleFilter = Static<typeof ArticleFilterSchema>
