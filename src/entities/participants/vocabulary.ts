export const PARTICIPANT_KINDS = ['person', 'organization', 'country', 'place'] as const
export type ParticipantKind = typeof PARTICIPANT_KINDS[number]
