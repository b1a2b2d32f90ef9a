import { mentionsIn, tokenize } from '../mentions.js'
import { foldSameLength } from '../text.js'
import type { Span } from '../types.js'
import { resolveActor } from './actors.js'
import type { ActorContext } from './context.js'
import { placeOf } from './places.js'
import type { ExtractedActor } from './types.js'

/** Sentences after the lead in which an attack is put on someone. */
const BLAME_SENTENCES = 3

/**
 * `The army blamed the attack on the Allied Democratic Forces`, `Le gouverneur a attribué
 * l'assassinat à une faction dissidente des FARC`, `police suspect fighters of the TTP`: wire copy
 * often names who carried out an attack only when it says who is blamed for it, a sentence or two
 * after its lead. The first name after a verb of attribution (lexicon `actors.attribution`), in its
 * clause, that is no place and no party yet, joins the attack's sources.
 */
export function blamedLater (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const attribution = new Set(ctx.lexicon.data.actors?.attribution ?? [])
  for (const sentence of following.slice(0, BLAME_SENTENCES)) {
    const verb = tokenize(body, sentence.start, sentence.end).find((t) => /^\p{Ll}/u.test(t.text) && attribution.has(t.text.toLowerCase()))
    if (verb === undefined) continue
    const clauseEnd = sentence.start + (/^[^;:]*/u.exec(body.slice(sentence.start, sentence.end))?.[0].length ?? 0)
    const named = mentionsIn(ctx.mentions, verb.end, Math.max(verb.end, clauseEnd)).find((m) => (m.type === 'name' || m.type === 'titled') && placeOf(m, ctx) === null &&
      !ctx.excluded.some((x) => x.start < m.end && m.start < x.end))
    const actor = named === undefined ? null : resolveActor(named, 'source', ctx)
    if (actor === null) continue
    const known = (a: ExtractedActor): boolean => [a.name, actor.name].every((n) => n !== '') &&
      (foldSameLength(a.name).includes(foldSameLength(actor.name)) || foldSameLength(actor.name).includes(foldSameLength(a.name)))
    return actors.some(known) ? [...actors] : [...actors, actor]
  }
  return [...actors]
}
