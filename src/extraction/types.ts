/** Offsets are UTF-16 code units into the body (JS string indices), end exclusive. */
export interface Span {
  start: number
  end: number
}

export interface TextSpan extends Span {
  text: string
}

export type Language = 'fr' | 'en'
export type StatementKind = 'direct' | 'partial' | 'indirect'
export type ParticipantKind = 'person' | 'organization' | 'country' | 'place'

/** The participant shape the extractor needs; the API's `Participant` is a structural superset. */
export interface KnownParticipant {
  id: string
  name: string
  kind: ParticipantKind
  aliases: ReadonlyArray<{ name: string, language: string }>
}

/** A known participant (with `id`) or a new candidate named as the text first gave it. */
export interface Speaker {
  id?: string
  name: string
  kind: ParticipantKind
}

export interface ExtractionInput {
  body: string
  language?: Language
  participants?: readonly KnownParticipant[]
}

export interface ExtractedStatement extends TextSpan {
  kind: StatementKind
  cue: TextSpan | null
  speakerMention: TextSpan | null
  speaker: Speaker | null
  confidence: number
}
