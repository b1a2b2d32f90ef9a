import { participantToJsonLd } from '../../formats/jsonld.js'
import type { Representation } from '../../lib/representation.js'
import { ParticipantSchema, type Participant } from './schemas.js'

export const participantRepresentation: Representation<Participant> = { schema: ParticipantSchema, jsonLd: participantToJsonLd }
