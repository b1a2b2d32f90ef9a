import { articleToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { ArticleSchema, type Article } from './schemas.js'

export const articleRepresentation: Representation<Article> = { schema: ArticleSchema, jsonLd: articleToJsonLd }
