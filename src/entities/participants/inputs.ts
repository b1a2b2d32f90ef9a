import Type, { type Static } from 'typebox'
import { PatchOf } from '../../lib/input.js'
import { CountryCode, EnrichedFields, Nullable, OriginSchema } from '../../lib/schemas.js'
import { AliasSchema, ParticipantKind } from './schemas.js'

export const ParticipantInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^par_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; one is made from the name when omitted.' })),
  kind: ParticipantKind,
  name: Type.String({ minLength: 1, maxLength: 300 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  countryCode: Type.Optional(Nullable(CountryCode())),
  wikidataId: Type.Optional(Nullable(Type.String({ pattern: '^Q[1-9][0-9]*$' }))),
  aliases: Type.Optional(Type.Array(AliasSchema, { maxItems: 500, description: 'Other names per language; one name once per language.' })),
  origin: Type.Optional(OriginSchema),
  enrichedFields: Type.Optional(EnrichedFields)
}, {
  additionalProperties: false,
  description: 'A participant to create, or the whole of one after a merge patch.',
  examples: [{
    kind: 'person',
    name: 'Sergei Lavrov',
    description: 'Minister of Foreign Affairs of Russia',
    countryCode: 'RU',
    wikidataId: 'Q156258',
    aliases: [{ name: 'Sergueï Lavrov', language: 'fr' }, { name: 'le chef de la diplomatie russe', language: 'fr' }]
  }]
})
export type ParticipantInput = Static<typeof ParticipantInputSchema>
export const ParticipantPatchSchema = PatchOf(ParticipantInputSchema, 'A JSON Merge Patch (RFC 7396) of a participant: `null` removes a field.')
