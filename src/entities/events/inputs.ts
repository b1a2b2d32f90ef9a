import Type, { type Static } from 'typebox'
import { PatchOf } from '../../lib/input.js'
import { PartialDate } from '../../lib/partial-date.js'
import { CountryCode, EnrichedFields, Nullable } from '../../lib/schemas.js'
import { CameoRoot, EventOrigin, EventType, ParticipantRole } from './schemas.js'

export const EventInputSchema = Type.Object({
  id: Type.Optional(Type.String({ pattern: '^evt_[a-z0-9][a-z0-9-]{0,99}$', description: 'Your own id; one is made from the title when omitted.' })),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  summary: Type.Optional(Nullable(Type.String({ maxLength: 10000 }))),
  type: EventType,
  startDate: PartialDate(),
  endDate: Type.Optional(Nullable(PartialDate())),
  location: Type.Optional(Nullable(Type.Object({
    name: Type.String({ minLength: 1, maxLength: 300 }),
    countryCode: Type.Optional(Nullable(CountryCode())),
    latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
    longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 })))
  }, { additionalProperties: false }))),
  parentId: Type.Optional(Nullable(Type.String({ description: 'The event this one is part of.' }))),
  articles: Type.Optional(Type.Array(Type.String(), { maxItems: 1000, uniqueItems: true, description: 'Ids of the articles that report it.' })),
  participants: Type.Optional(Type.Array(Type.Object({
    id: Type.String({ description: 'Participant id.' }),
    role: ParticipantRole
  }, { additionalProperties: false }), { maxItems: 1000, description: 'Who took part, and how.' })),
  origin: Type.Optional(EventOrigin),
  confidence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1 }))),
  cameo: Type.Optional(Nullable(CameoRoot)),
  source: Type.Optional(Nullable(Type.Object({
    article: Type.String(),
    start: Type.Integer({ minimum: 0 }),
    end: Type.Integer({ minimum: 1 })
  }, { additionalProperties: false, description: "The trigger's offsets in the article's body (UTF-16 code units, end exclusive)." }))),
  enrichedFields: Type.Optional(EnrichedFields)
}, {
  additionalProperties: false,
  description: 'An event to create, or the whole of one after a merge patch.',
  examples: [{
    title: 'Talks between Vladimir Putin and Kim Jong Un',
    type: 'meeting',
    startDate: '2024-06-19',
    location: { name: 'Pyongyang', countryCode: 'KP' },
    parentId: 'evt_putin-state-visit-north-korea-2024',
    articles: ['art_af1a277ce4d4aaad'],
    participants: [{ id: 'par_vladimir-putin', role: 'guest' }, { id: 'par_kim-jong-un', role: 'host' }]
  }]
})
export type EventInput = Static<typeof EventInputSchema>
export const EventPatchSchema = PatchOf(EventInputSchema, 'A JSON Merge Patch (RFC 7396) of an event: `null` removes a field.')
