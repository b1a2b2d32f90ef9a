import { participantToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { EventParticipantSchema, ParticipantSchema, type EventParticipant, type Participant } from './schemas.js'

export const participantRepresentation: Representation<Participant> = { schema: ParticipantSchema, jsonLd: participantToJsonLd }

/** A participant seen from an event, with the roles they held in it (`/events/{id}/participants`). */
export const eventParticipantRepresentation: Representation<EventParticipant> = { schema: EventParticipantSchema, jsonLd: participantToJsonLd }
