import Type, { type Static } from 'typebox'
import {
  CountryCode, EnrichedFields, FieldsParam, ItemParams, Language, ListParams, Multi, Nullable, OriginSchema, SortParam, Timestamps
} from '../../lib/schemas.js'
import { WithRoles } from '../events/schemas.js'
import { PARTICIPANT_KINDS } from './vocabulary.js'

export const ParticipantKind = Type.Enum(PARTICIPANT_KINDS, {
  description: 'What the participant is: ' + PARTICIPANT_KINDS.map((k) => `\`${k}\``).join(', ') + '.'
})

export const AliasSchema = Type.Object({
  name: Type.String({ description: 'The name as written in that language (`M. Poutine`, `le chef du Kremlin`).' }),
  language: Language()
})

export const ParticipantSchema = Type.Object({
  id: Type.String({ description: 'Stable identifier.' }),
  kind: ParticipantKind,
  name: Type.String({ description: 'Canonical name.' }),
  description: Nullable(Type.String({ description: 'Short description or title.' })),
  countryCode: Nullable(CountryCode()),
  wikidataId: Nullable(Type.String({ pattern: '^Q[1-9][0-9]*$', description: 'Wikidata item id, where known.' })),
  aliases: Type.Array(AliasSchema, { description: 'Other names, per language.' }),
  origin: OriginSchema,
  enrichedFields: EnrichedFields,
  ...Timestamps
}, {
  $id: 'Participant',
  description: 'A person, organization, country or place that takes part in events or speaks.',
  examples: [{
    id: 'par_vladimir-putin',
    kind: 'person',
    name: 'Vladimir Putin',
    description: 'President of Russia',
    countryCode: 'RU',
    wikidataId: 'Q7747',
    aliases: [{ name: 'M. Poutine', language: 'fr' }, { name: 'le chef du Kremlin', language: 'fr' }],
    origin: 'curated',
    enrichedFields: ['wikidataId'],
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z',
    updatedBy: null
  }]
})
export type Participant = Static<typeof ParticipantSchema>

export const EventParticipantSchema = WithRoles(ParticipantSchema.properties, 'EventParticipant', 'A participant of an event, with their roles in it.')
export type EventParticipant = Static<typeof EventParticipantSchema>

export const PARTICIPANT_SORTS = ['name', 'updatedAt'] as const
export const PARTICIPANT_FIELDS = Object.keys(ParticipantSchema.properties) as Array<keyof typeof ParticipantSchema.properties>

export const ParticipantQuerySchema = Type.Object({
  q: Type.Optional(Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'Name or alias search, ignoring case and accents: each word must begin a word of the name or of an alias (`poutine` and `kremlin` find Vladimir Putin, `nord-coreen` Kim Jong Un).'
  })),
  kind: Multi(ParticipantKind, 'Only participants of this kind.', 'country'),
  wikidata: Multi(Type.String({ pattern: '^Q[1-9][0-9]*$' }), 'Only the participant with this Wikidata id.', 'Q7747'),
  ...SortParam(PARTICIPANT_SORTS, 'name'),
  ...FieldsParam(PARTICIPANT_FIELDS),
  ...ListParams
}, { additionalProperties: false })
export type ParticipantQuery = Static<typeof ParticipantQuerySchema>

export const ParticipantItemQuerySchema = Type.Object(ItemParams(PARTICIPANT_FIELDS), { additionalProperties: false })

/** `/events/{id}/participants`: the participants filters, and `roles` among the fields. */
export const EventParticipantQuerySchema = Type.Object({
  ...ParticipantQuerySchema.properties,
  ...FieldsParam([...PARTICIPANT_FIELDS, 'roles'])
}, { additionalProperties: false })
