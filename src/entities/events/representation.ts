import { eventToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { EventSchema, ParticipantEventSchema, type Event, type ParticipantEvent } from './schemas.js'

export const eventRepresentation: Representation<Event> = { schema: EventSchema, jsonLd: eventToJsonLd }

/** An event seen from a participant, with the roles they held in it (`/participants/{id}/events`). */
export const participantEventRepresentation: Representation<ParticipantEvent> = { schema: ParticipantEventSchema, jsonLd: eventToJsonLd }
