export const RECORD_TYPES = ['article', 'event', 'participant', 'statement'] as const
export type RecordType = typeof RECORD_TYPES[number]
