import Type, { type Static } from 'typebox'
import { ListParams, Multi, PageQuery } from '../../lib/schemas.js'
import { RECORD_TYPES } from './vocabulary.js'

export const TombstoneSchema = Type.Object({
  id: Type.String({ description: 'The id the deleted record had.' }),
  type: Type.Enum(RECORD_TYPES, { description: 'What it was.' }),
  deletedAt: Type.String({ format: 'date-time', description: 'When it was deleted (UTC).' })
}, {
  $id: 'Tombstone',
  description: 'A record that was deleted: drop it from a mirror.',
  examples: [{ id: 'stm_af1a277ce4d4aaad-09', type: 'statement', deletedAt: '2024-06-21T09:30:00.000Z' }]
})
export type Tombstone = Static<typeof TombstoneSchema>

export const DeletionQuerySchema = Type.Object({
  since: Type.Optional(Type.String({
    format: 'date-time',
    description: 'Only deletions at or after this instant (ISO 8601, e.g. `2024-06-20T00:00:00Z`): pass the time of your last sync.'
  })),
  type: Multi(Type.Enum(RECORD_TYPES), 'Only deletions of this type of record.', 'statement'),
  count: ListParams.count,
  ...PageQuery
}, { additionalProperties: false })
export type DeletionQuery = Static<typeof DeletionQuerySchema>
