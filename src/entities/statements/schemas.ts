import Type, { type Static } from 'typebox'
import { Language, Nullable, PageQuery, RecordRef, Timestamps } from '../../lib/schemas.js'
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
  ...Timestamps
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
    createdAt: '2024-06-20T08:00:00.000Z',
    updatedAt: '2024-06-20T08:00:00.000Z'
  }]
})
export type Statement = Static<typeof StatementSchema>

export const StatementFilterSchema = Type.Object({
  speaker: Type.Optional(Type.String({ minLength: 1, description: 'Only statements by this participant (id).', examples: ['par_vladimir-putin'] })),
  event: Type.Optional(Type.String({ minLength: 1, description: 'Only statements made at or about this event (id).', examples: ['evt_putin-kim-talks-2024'] })),
  language: Type.Optional(Language('Only statements in this language.')),
  kind: Type.Optional(StatementKind),
  ...PageQuery
}, { additionalProperties: false })
export type StatementFilter = Static<typeof StatementFilterSchema>
