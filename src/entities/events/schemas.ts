import Type, { type Static, type TProperties } from 'typebox'
import { DatePrecisionSchema, PartialDate } from '../../lib/partial-date.js'
import { CountryCode, EnrichedFields, Nullable, PageQuery, Timestamps } from '../../lib/schemas.js'
import { EVENT_TYPES, PARTICIPANT_ROLES } from './vocabulary.js'

export const EventType = Type.Enum(EVENT_TYPES, {
  description: 'What kind of thing happened: ' + EVENT_TYPES.map((t) => `\`${t}\``).join(', ') + '.'
})

export const ParticipantRole = Type.Enum(PARTICIPANT_ROLES, {
  description: 'How a participant took part: ' + PARTICIPANT_ROLES.map((r) => `\`${r}\``).join(', ') + '.'
})

export const LocationSchema = Type.Object({
  name: Type.String({ description: 'Place name, as an editor would write it.' }),
  countryCode: Nullable(CountryCode()),
  latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
  longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 }))
}, { description: 'Where the event took place.' })

export const EventSchema = Type.Object({
  id: Type.String({ description: 'Stable identifier.' }),
  title: Type.String(),
  summary: Nullable(Type.String()),
  type: EventType,
  startDate: PartialDate({ description: 'When the event began: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.' }),
  startPrecision: DatePrecisionSchema,
  endDate: Nullable(PartialDate({ description: 'When the event ended, same form; null for a single day or moment.' })),
  endPrecision: Nullable(DatePrecisionSchema),
  location: Nullable(LocationSchema),
  parentId: Nullable(Type.String({ description: 'The event this one is part of (a signing within a state visit).' })),
  articles: Type.Array(Type.String(), { description: 'Ids of the articles that report the event.' }),
  enrichedFields: EnrichedFields,
  ...Timestamps
}, {
  $id: 'Event',
  description: 'Something that happened, as reported by one or more articles.',
  examples: [{
    id: 'evt_partnership-treaty-signing-2024',
    title: 'Signing of the Russia–North Korea comprehensive partnership treaty',
    summary: 'Vladimir Putin and Kim Jong Un signed a treaty for a comprehensive partnership…',
    type: 'treaty-signing',
    startDate: '2024-06-19',
    startPrecision: 'day',
    endDate: null,
    endPrecision: null,
    location: { name: 'Pyongyang', countryCode: 'KP', latitude: null, longitude: null },
    parentId: 'evt_putin-state-visit-north-korea-2024',
    articles: ['art_af1a277ce4d4aaad'],
    enrichedFields: ['startDate'],
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z'
  }]
})
export type Event = Static<typeof EventSchema>

/** An event or a participant seen across their link, with the roles the participant held. */
export const WithRoles = <P extends TProperties>(properties: P, $id: string, description: string) => Type.Object({
  ...properties,
  roles: Type.Array(ParticipantRole, { description: "The participant's roles in this event." })
}, { $id, description })

export const ParticipantEventSchema = WithRoles(EventSchema.properties, 'ParticipantEvent', 'An event a participant took part in, with their roles.')
export type ParticipantEvent = Static<typeof ParticipantEventSchema>

export const EventFilterSchema = Type.Object({
  from: Type.Optional(PartialDate({
    description: 'Only events that end on or after this date (partial dates cover their whole year or month).',
    examples: ['2024-06']
  })),
  to: Type.Optional(PartialDate({
    description: 'Only events that start on or before this date (partial dates cover their whole year or month).',
    examples: ['2024']
  })),
  type: Type.Optional(EventType),
  participant: Type.Optional(Type.String({ minLength: 1, description: 'Only events this participant (id) took part in.', examples: ['par_kim-jong-un'] })),
  country: Type.Optional(CountryCode('Only events located in this country (ISO 3166-1 alpha-2, any case).')),
  ...PageQuery
}, { additionalProperties: false })
export type EventFilter = Static<typeof EventFilterSchema>
