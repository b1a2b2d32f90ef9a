/**
 * What kind of thing happened. Kept small on purpose: a type is a filter users rely on, so a new
 * one is added here (and documented in OpenAPI through the schema) rather than invented per row.
 */
export const EVENT_TYPES = [
  'state-visit',
  'treaty-signing',
  'ceremony',
  'meeting',
  'press-statement',
  'welcome',
  'invitation',
  'declaration',
  'military-action',
  'election',
  'protest',
  'other'
] as const
export type EventType = typeof EVENT_TYPES[number]

/** How a participant took part in an event. */
export const PARTICIPANT_ROLES = [
  'host',
  'guest',
  'signatory',
  'delegation',
  'speaker',
  'invitee',
  'organizer',
  'location',
  'mentioned'
] as const
export type ParticipantRole = typeof PARTICIPANT_ROLES[number]
