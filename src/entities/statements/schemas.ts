import Type, { type Static } from 'typebox'
import { PartialDate } from '../../lib/partial-date.js'
import {
  FieldsParam, ItemParams, Language, ListParams, Multi, Nullable, OriginSchema, RecordRef, SearchParam, SortParam, Timestamps
} from '../../lib/schemas.js'
import { EventType } from '../events/schemas.js'
import { STATEMENT_KINDS } from './vocabulary.js'

export const StatementKind = Type.Enum(STATEMENT_KINDS, {
  description: '`direct`: the words in quotation marks; `partial`: a quoted fragment woven into the reporter\'s sentence; `indirect`: reported speech (`a précisé que…`).'
})

export const SourceSchema = Type.Object({
  article: Type.String({ description: 'Id of the article the statement was taken from.' }),
  start: Type.Integer({ minimum: 0, description: 'Offset of the first character, in UTF-16 code units (JavaScript string indices).' }),
  end: Type.Integer({ minimum: 1, description: 'Offset just past the last character: `article.body.slice(start, end) === text`.' })
}, { description: 'Where the statement stands in its article.' })

export const StatementSchema = Type.Object({
  id: Type.String({ description: 'Stable identifier.' }),
  text: Type.String({ description: 'Verbatim, in the original language.' }),
  kind: StatementKind,
  language: Language('BCP 47 language tag of the text.'),
  cue: Nullable(Type.String({ description: 'The speech verb as written (`a déclaré`, `a-t-il averti`).' })),
  audience: Nullable(Type.String({ description: 'To whom it was said, as written (`à la presse`).' })),
  relayedBy: Nullable(Type.String({ description: 'Who passed it on, as written (`les agences russes`).' })),
  speaker: RecordRef('Who said it.'),
  event: Type.Object({ id: Type.String(), title: Type.String() }, { description: 'The event it was said at or about.' }),
  mentions: Type.Array(RecordRef('A participant the statement is about.'), { description: 'Participants the statement is about.' }),
  source: SourceSchema,
  origin: OriginSchema,
  confidence: Nullable(Type.Number({ minimum: 0, maximum: 1, description: 'How sure the extractor was, for extracted statements.' })),
  ...Timestamps,
  snippet: Type.Optional(Type.String({ description: 'With `q`: the best-matching passage as HTML, its text escaped and the matched terms in `<mark>`.' })),
  embedded: Type.Optional(Type.Object({
    speaker: Type.Optional(Type.Ref('Participant')),
    event: Type.Optional(Type.Ref('Event')),
    article: Type.Optional(Type.Ref('Article')),
    mentions: Type.Optional(Type.Array(Type.Ref('Participant')))
  }, { description: 'The related records asked for with `include`.' }))
}, {
  $id: 'Statement',
  description: 'Something a participant said, traceable to the exact characters of its article.',
  examples: [{
    id: 'stm_af1a277ce4d4aaad-03',
    text: 'document véritablement révolutionnaire',
    kind: 'partial',
    language: 'fr',
    cue: 'a qualifié',
    audience: null,
    relayedBy: null,
    speaker: { id: 'par_vladimir-putin', name: 'Vladimir Putin' },
    event: { id: 'evt_putin-press-statement-2024', title: "Vladimir Putin's statement to the press after the signing" },
    mentions: [],
    source: { article: 'art_af1a277ce4d4aaad', start: 411, end: 449 },
    origin: 'curated',
    confidence: null,
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z',
    updatedBy: null
  }]
})
export type Statement = Static<typeof StatementSchema>

export const STATEMENT_SORTS = ['id', 'updatedAt', 'relevance'] as const
export const STATEMENT_INCLUDES = ['speaker', 'event', 'article', 'mentions'] as const
export const STATEMENT_FIELDS = Object.keys(StatementSchema.properties) as Array<keyof typeof StatementSchema.properties>

const ParticipantRefs = (description: string, example: string) =>
  Multi(Type.String({ minLength: 1, maxLength: 200 }), `${description} A participant id, Wikidata id (\`Q7747\`) or any name or alias (\`M. Poutine\`, any case).`, example)

export const StatementQuerySchema = Type.Object({
  ...SearchParam,
  speaker: ParticipantRefs('Only statements by this participant.', 'par_vladimir-putin'),
  mentioned: ParticipantRefs('Only statements about this participant.', 'Q212'),
  event: Multi(Type.String({ minLength: 1, maxLength: 200 }), 'Only statements made at or about this event (id).', 'evt_putin-kim-talks-2024'),
  eventType: Multi(EventType, 'Only statements made at events of this type.', 'press-statement'),
  article: Multi(Type.String({ minLength: 1, maxLength: 200 }), 'Only statements from this article (id).', 'art_af1a277ce4d4aaad'),
  language: Multi(Language(), 'Only statements in this language.', 'fr'),
  kind: Multi(StatementKind, 'Only statements of this kind.', 'direct'),
  origin: Multi(OriginSchema, 'Only curated statements, or only extracted ones (to review).', 'extracted'),
  from: Type.Optional(PartialDate({ description: 'Only statements made at events that end on or after this date, e.g. `2024-06`.' })),
  to: Type.Optional(PartialDate({ description: 'Only statements made at events that start on or before this date, e.g. `2024`.' })),
  ...SortParam(STATEMENT_SORTS, 'id'),
  include: Multi(Type.Enum(STATEMENT_INCLUDES), 'Embed these related records under `embedded`: the speaker, the event, the article, the mentioned participants.', 'speaker'),
  ...FieldsParam(STATEMENT_FIELDS),
  ...ListParams
}, { additionalProperties: false })
export type StatementQuery = Static<typeof StatementQuerySchema>

export const StatementItemQuerySchema = Type.Object({
  ...ItemParams(STATEMENT_FIELDS),
  include: StatementQuerySchema.properties.include
}, { additionalProperties: false })
