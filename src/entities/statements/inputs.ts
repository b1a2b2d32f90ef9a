import Type, { type Static } from 'typebox'
import { PatchOf } from '../../lib/input.js'
import { Language, Nullable, OriginSchema } from '../../lib/schemas.js'
import { StatementKind } from './schemas.js'

export const StatementInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^stm_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; one is made when omitted.' })),
  eventId: Type.String({ description: 'The event it was said at or about.' }),
  speakerId: Type.String({ description: 'Who said it (participant id).' }),
  text: Type.String({ minLength: 1, maxLength: 20000, description: 'Verbatim: exactly `article.body.slice(source.start, source.end)`.' }),
  kind: StatementKind,
  language: Type.Optional(Language('Defaults to the article\'s language.')),
  cue: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  audience: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  relayedBy: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  source: Type.Object({
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 })
  }, { additionalProperties: false }),
  mentions: Type.Optional(Type.Array(Type.String(), { maxItems: 200, uniqueItems: true, description: 'Ids of the participants it is about.' })),
  origin: Type.Optional(OriginSchema),
  confidence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 })))
}, {
  additionalProperties: false,
  description: 'A statement to create, or the whole of one after a merge patch.',
  examples: [{
    eventId: 'evt_putin-kim-talks-2024',
    speakerId: 'par_vladimir-putin',
    text: 'Nous apprécions beaucoup votre soutien systématique et permanent de la politique russe, y compris sur le dossier ukrainien',
    kind: 'direct',
    cue: 'a dit',
    source: { article: 'art_af1a277ce4d4aaad', start: 1172, end: 1294 },
    mentions: ['par_ukraine']
  }]
})
export type StatementInput = Static<typeof StatementInputSchema>
export const StatementPatchSchema = PatchOf(StatementInputSchema, 'A JSON Merge Patch (RFC 7396) of a statement: `null` removes a field.')
