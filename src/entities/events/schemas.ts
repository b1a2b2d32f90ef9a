import Type, { type Static, type TProperties } from 'typebox'
import { DatePrecisionSchema, PartialDate } from '../../lib/partial-date.js'
import {
  CountryCode, EnrichedFields, FieldsParam, ItemParams, ListParams, Multi, Nullable, SearchParam, SortParam, Timestamps
} from '../../lib/schemas.js'
import { CAMEO_ROOTS, EVENT_ORIGINS, EVENT_TYPES, PARTICIPANT_ROLES } from './vocabulary.js'

/** Embedding is for the common case; a page of events must not carry thousands of quotes. */
export const EMBEDDED_STATEMENTS_PER_EVENT = 100

export const EventType = Type.Enum(EVENT_TYPES, {
  description: 'What kind of thing happened: ' + EVENT_TYPES.map((t) => `\`${t}\``).join(', ') + '.'
})

export const ParticipantRole = Type.Enum(PARTICIPANT_ROLES, {
  description: 'How a participant took part: ' + PARTICIPANT_ROLES.map((r) => `\`${r}\``).join(', ') + '.'
})

export const EventOrigin = Type.Enum(EVENT_ORIGINS, {
  description: '`curated`: entered or checked by an editor; `extracted`: found in an article by the event extractor, not yet checked.'
})

export const CameoRoot = Type.Enum(CAMEO_ROOTS, {
  description: 'CAMEO root code (`01` make public statement … `20` unconventional mass violence), as GDELT and ICEWS code events.'
})

export const EventSourceSchema = Type.Object({
  article: Type.String({ description: 'Id of the article the event was found in.' }),
  start: Type.Integer({ minimum: 0, description: "Offset of the trigger's first character (`a signé`, `summit`), in UTF-16 code units." }),
  end: Type.Integer({ minimum: 1, description: 'Offset just past its last character.' })
}, { description: "The trigger word or phrase the event was found from, in its article's body." })

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
  origin: EventOrigin,
  confidence: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'How sure the extractor was, for extracted events.' })),
  cameo: Nullable(CameoRoot),
  source: Nullable(EventSourceSchema),
  enrichedFields: EnrichedFields,
  ...Timestamps,
  snippet: Type.Optional(Type.String({ description: 'With `q`: the best-matching passage as HTML, its text escaped and the matched terms in `<mark>`.' })),
  embedded: Type.Optional(Type.Object({
    participants: Type.Optional(Type.Array(Type.Ref('EventParticipant'))),
    statements: Type.Optional(Type.Array(Type.Ref('Statement'), { description: `At most ${EMBEDDED_STATEMENTS_PER_EVENT} per event; page through \`/events/{id}/statements\` for more.` })),
    articles: Type.Optional(Type.Array(Type.Ref('Article')))
  }, { description: 'The related records asked for with `include`.' }))
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
    origin: 'curated',
    confidence: null,
    cameo: '05',
    source: null,
    enrichedFields: ['startDate'],
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z',
    updatedBy: null
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

export const EVENT_SORTS = ['startDate', 'title', 'updatedAt', 'relevance'] as const
export const EVENT_INCLUDES = ['participants', 'statements', 'articles'] as const
export const EVENT_FIELDS = Object.keys(EventSchema.properties) as Array<keyof typeof EventSchema.properties>

export const EventQuerySchema = Type.Object({
  ...SearchParam,
  from: Type.Optional(PartialDate({
    description: 'Only events that end on or after this date (partial dates cover their whole year or month), e.g. `2024-06`.'
  })),
  to: Type.Optional(PartialDate({
    description: 'Only events that start on or before this date (partial dates cover their whole year or month), e.g. `2024`.'
  })),
  type: Multi(EventType, 'Only events of this type.', 'meeting'),
  participant: Multi(Type.String({ minLength: 1, maxLength: 200 }),
    'Only events this participant took part in: an id, a Wikidata id (`Q56226`) or any name or alias (any case).', 'par_kim-jong-un'),
  country: Multi(CountryCode('Only events located in this country (ISO 3166-1 alpha-2, any case).'), 'Only events located in this country.', 'KP'),
  location: Multi(Type.String({ minLength: 1, maxLength: 200 }), 'Only events at this place, named exactly as in `location.name`.', 'Pyongyang'),
  parent: Multi(Type.String({ minLength: 1, maxLength: 200 }), 'Only the direct sub-events of this event (id).', 'evt_putin-state-visit-north-korea-2024'),
  origin: Multi(EventOrigin, 'Only curated events, or only extracted ones: `origin=extracted` is the review queue.', 'extracted'),
  cameo: Multi(CameoRoot, 'Only events with this CAMEO root code.', '05'),
  ...SortParam(EVENT_SORTS, 'startDate'),
  include: Multi(Type.Enum(EVENT_INCLUDES), 'Embed these related records under `embedded`: participants with their roles, statements, articles.', 'participants'),
  ...FieldsParam(EVENT_FIELDS),
  ...ListParams
}, { additionalProperties: false })
export type EventQuery = Static<typeof EventQuerySchema>

export const EventItemQuerySchema = Type.Object({
  ...ItemParams(EVENT_FIELDS),
  include: EventQuerySchema.properties.include
}, { additionalProperties: false })

/** `/participants/{id}/events`: the events filters, and `roles` among the fields. */
export const ParticipantEventQuerySchema = Type.Object({
  ...EventQuerySchema.properties,
  ...FieldsParam([...EVENT_FIELDS, 'roles'])
}, { additionalProperties: false })
