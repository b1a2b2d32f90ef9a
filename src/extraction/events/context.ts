import type { MentionContext } from '../mentions.js'
import type { SpeakerResolver } from '../speakers.js'
import type { KnownParticipant, Span } from '../types.js'
import type { EventLexicon } from './lexicon.js'

/** What finding an event's actors and places needs to know of the article. */
export interface ActorContext {
  mentions: MentionContext
  lexicon: EventLexicon
  /** The statement extractor's resolver: actors resolve to participants as speakers do. */
  resolver: SpeakerResolver
  participants: readonly KnownParticipant[]
  /** Stretches that name no actor: dates (`Monday`, `Sept.`) and the dateline (`LONDON`). */
  excluded: Span[]
  /** The dateline's country: a city's namesake there is the one meant. */
  country?: string
  /** With no dateline, the countries the article names: a city's namesake in one of them is the one meant. */
  articleCountries?: Set<string>
  /** Country names with a word in lower case (`République démocratique du Congo`), each one mention among `mentions.aliases`. */
  spacedCountries?: readonly Span[]
  /** The words the article writes in lower case (`police`): a capitalised one at a sentence start is that word. */
  lowercase?: Set<string>
}

/** Inhabitants from which a city's name is a city wherever it is written. */
export const BIG_CITY = 100_000
