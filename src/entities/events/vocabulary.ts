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
  'attack',
  'arrest',
  'court-ruling',
  'investigation',
  'disaster',
  'accident',
  'appointment',
  'resignation',
  'sanctions',
  'strike',
  'announcement',
  'negotiation',
  'agreement',
  'aid',
  'threat',
  'legislation',
  'economic',
  'sport',
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
  'mentioned',
  'source',
  'target'
] as const
export type ParticipantRole = typeof PARTICIPANT_ROLES[number]

/**
 * CAMEO root codes, the convention GDELT and ICEWS code events with, so that our events join
 * theirs: 01 make public statement, 02 appeal, 03 express intent to cooperate, 04 consult,
 * 05 diplomatic cooperation, 06 material cooperation, 07 provide aid, 08 yield, 09 investigate,
 * 10 demand, 11 disapprove, 12 reject, 13 threaten, 14 protest, 15 exhibit force posture,
 * 16 reduce relations, 17 coerce, 18 assault, 19 fight, 20 unconventional mass violence.
 */
export const CAMEO_ROOTS = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10',
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'
] as const
export type CameoRoot = typeof CAMEO_ROOTS[number]

/** Where an event comes from: written by an editor, or found in an article by the extractor. */
export const EVENT_ORIGINS = ['curated', 'extracted'] as const
