import { isComplement, mentionsIn, tokenize, type MentionContext, type Mention } from '../mentions.js'
import type { SpeakerResolver } from '../speakers.js'
import type { KnownParticipant, ParticipantKind, Span } from '../types.js'
import type { EventLexicon } from './lexicon.js'
import { placeOf, type PlaceMention } from './places.js'
import type { Trigger } from './triggers.js'
import type { ActorRole, ExtractedActor } from './types.js'

export interface ActorContext {
  mentions: MentionContext
  lexicon: EventLexicon
  /** The statement extractor's resolver: actors resolve to participants as speakers do. */
  resolver: SpeakerResolver
  participants: readonly KnownParticipant[]
}

/** More actors than this in one sentence are a list, not the event's parties. */
const MAX_ACTORS = 5

/** Punctuation that closes the clause an actor and its trigger share. */
const CLAUSE_BREAK = /[;:«»"“”()]|,\s+(?:qui|que|dont|où|who|which|where|while|alors que|tandis que)\b|\.\s/u

/**
 * Who takes part in the event of `trigger`, named in its sentence: the subject before a verb acts
 * (`source`; for a passive, `target`); a name after it is acted upon or with (`target`), or, after
 * the agent's preposition (`par`, `by`), acts. After an event noun, its complement (`l'attaque du
 * Hamas`) acts. Places named as places (`à Séoul`) are the event's location, not actors.
 */
export function actorsOf (trigger: Trigger, sentence: Span, ctx: ActorContext, places: readonly PlaceMention[]): ExtractedActor[] {
  const { body } = ctx.mentions
  const clause = clauseAround(body, sentence, trigger)
  const mentions = mentionsIn(ctx.mentions, clause.start, clause.end).filter((m) => m.type !== 'pronoun' && (m.end <= trigger.start || m.start >= trigger.end))
  const actors: ExtractedActor[] = []
  const located = new Set(places.filter((p) => p.place.kind === 'city').map((p) => p.start))
  for (const mention of mentions) {
    if (located.has(mention.start) && !(mention.end <= trigger.start && !isComplement(ctx.mentions, mention))) continue
    const role = roleOf(mention, trigger, ctx)
    if (role === null) continue
    const actor = resolveActor(mention, role, ctx)
    if (actor === null || actors.some((a) => a.name === actor.name)) continue
    actors.push(actor)
    if (actors.length >= MAX_ACTORS) break
  }
  return actors
}

function clauseAround (body: string, sentence: Span, trigger: Span): Span {
  const before = body.slice(sentence.start, trigger.start)
  let start = sentence.start
  for (const match of before.matchAll(new RegExp(CLAUSE_BREAK.source, 'gu'))) start = sentence.start + match.index + match[0].length
  const after = CLAUSE_BREAK.exec(body.slice(trigger.end, sentence.end))
  return { start, end: after === null ? sentence.end : trigger.end + after.index }
}

function roleOf (mention: Mention, trigger: Trigger, ctx: ActorContext): ActorRole | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const preceding = tokenize(body, Math.max(0, mention.start - 30), mention.end).filter((t) => t.end <= mention.start && /\p{L}/u.test(t.text))
  let previous = preceding.at(-1)
  if (previous !== undefined && statement.determiners.has(previous.folded) && !statement.prepositions.has(previous.folded)) previous = preceding.at(-2)
  const word = previous?.folded ?? ''
  if (mention.end <= trigger.start) {
    // before the trigger: the subject, unless inside a complement (`le ministre de la Défense`)
    if (isComplement(ctx.mentions, mention)) return trigger.verb ? null : 'other'
    return trigger.passive ? 'target' : 'source'
  }
  if (ctx.lexicon.agents.has(word)) return 'source'
  if (ctx.lexicon.comitatives.has(word)) return 'target'
  if (!trigger.verb && statement.genitives.has(word)) return 'source'
  const between = tokenize(body, trigger.end, mention.start).filter((t) => /\p{L}/u.test(t.text))
  // the object right after the verb (`a nommé Jean Dupont`, `attacked Kharkiv`)
  if (trigger.verb && !trigger.passive && between.every((t) => statement.determiners.has(t.folded) || !statement.prepositions.has(t.folded)) && between.length <= 3) return 'target'
  if (statement.prepositions.has(word)) return between.length <= 6 ? 'target' : 'other'
  return 'other'
}

function resolveActor (mention: Mention, role: ActorRole, ctx: ActorContext): ExtractedActor | null {
  const place = placeOf(mention, ctx)
  const resolved = ctx.resolver.resolve(mention)
  if (resolved === null) return null
  const { speaker } = resolved
  let kind: ParticipantKind = speaker.kind
  if (speaker.id === undefined && place !== null) kind = place.place.kind === 'country' ? 'country' : 'place'
  const actor: ExtractedActor = {
    name: speaker.id === undefined && place?.place.kind === 'country' ? place.place.name : speaker.name,
    kind,
    role,
    mention: { start: mention.start, end: mention.end }
  }
  if (speaker.id !== undefined) actor.id = speaker.id
  return actor
}
