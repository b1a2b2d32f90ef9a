import type { CameoRoot, EventType } from '../../entities/events/vocabulary.js'
import type { KnownParticipant, Language, ParticipantKind, Span, TextSpan } from '../types.js'

/** How much of a date is known: `2024-06-19` is a day, `2024-06` a month, `2024` a year. */
export type DatePrecision = 'day' | 'month' | 'year'

/** How an actor takes part in an event, in CAMEO's terms: who acts, who is acted upon or with. */
export type ActorRole = 'source' | 'target' | 'other'

export interface EventExtractionInput {
  /** The article body; every offset is a UTF-16 code unit index into it, end exclusive. */
  body: string
  language?: Language
  /** The article's publication date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): what relative dates resolve against. */
  published: string
  /** Known participants, matched by name or alias as speakers are. */
  participants?: readonly KnownParticipant[]
  /** The article's title, when it is not part of the body: its event type points at the main event. */
  title?: string
}

export interface ExtractedLocation {
  name: string
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string | null
  latitude: number | null
  longitude: number | null
  /** The place's mention in the body. */
  mention: Span | null
}

export interface ExtractedActor {
  /** A known participant's id, when the name resolved to one. */
  id?: string
  name: string
  kind: ParticipantKind
  role: ActorRole
  /** The actor's first mention in the event's sentence. */
  mention: Span | null
  /** A description (`le gouvernement`, `officials`), not a name: it says who acted, but matches no participant. */
  generic?: boolean
}

export interface ExtractedEvent {
  title: string
  type: EventType
  cameo: CameoRoot | null
  /** The trigger word or phrase (`a signé`, `sommet`, `attack`) in the body. */
  trigger: TextSpan | null
  /** ISO 8601, as precise as `startPrecision` says; null when neither the text nor the publication date gives one. */
  startDate: string | null
  startPrecision: DatePrecision | null
  location: ExtractedLocation | null
  participants: ExtractedActor[]
  /** The article's main event; exactly one per article when any event is found. */
  main: boolean
  /** 0–1. */
  confidence: number
  /** The stretch of the body the event was found in (its sentence): statements in it belong to this event. */
  scope: Span
}
