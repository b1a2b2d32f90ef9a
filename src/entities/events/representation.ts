import { eventToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { EventSchema, type Event } from './schemas.js'

export const eventRepresentation: Representation<Event> = { schema: EventSchema, jsonLd: eventToJsonLd }
