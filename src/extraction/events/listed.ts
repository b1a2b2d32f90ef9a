import type { Span } from '../types.js'
import { othersIn, saysAfter } from './actors.js'
import type { ActorContext } from './context.js'
import { foldedWords } from './lexicon.js'
import { placesIn } from './places.js'
import type { ExtractedActor } from './types.js'

/** Sentences after the lead in which the members of a counted group may be listed. */
const LIST_SENTENCES = 2
/** Fewer names than this are no list. */
const LIST_MIN = 2

/**
 * `The European Commission fined three chemical producers … Germany's Rheinfeld Chemie AG received
 * the largest penalty, followed by Dutch group Vossmaar Industrials … and Belgium's Clerval SA`,
 * `has fined five commercial banks … The affected lenders are Meridian Trust Bank, Coastline Bank…`:
 * a measure or a ruling the lead says is taken against a group told by its count or its kind names
 * the group's members in a list a sentence or two on. The persons and bodies of the first sentence naming two
 * or more (not countries, nor who speaks: `OFAC said the targets included`) take the group's place.
 */
export function listedTargets (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const group = actors.find((a) => a.role === 'target' && countedGroup(a, ctx))
  if (group === undefined) return [...actors]
  const { body } = ctx.mentions
  for (const sentence of following.slice(0, LIST_SENTENCES)) {
    // (not a month, `between June 6 and June 9`, nor an acronym's plural, `ATMs`)
    const listed = othersIn(sentence, ctx, placesIn(body, sentence, ctx), actors).filter((a, k, all) => a.kind !== 'country' && a.mention !== null && !saysAfter(a.mention.end, sentence.end, ctx) &&
      !ctx.lexicon.months.has(foldedWords(a.name).join(' ')) && !/^\p{Lu}{2,}s$/u.test(a.name) && all.findIndex((b) => b.name === a.name) === k)
    if (listed.length >= LIST_MIN) return [...actors.filter((a) => a !== group), ...listed.map((a): ExtractedActor => ({ ...a, role: 'target' }))]
  }
  return [...actors]
}

/** `eight companies`, `nine Iranian officials`, `Russian officials`: a count or nationalities, then lowercase words. */
function countedGroup (actor: ExtractedActor, ctx: ActorContext): boolean {
  const words = actor.name.split(/\s+/)
  const last = words.at(-1) ?? ''
  if (words.length < 2 || !/^\p{Ll}/u.test(last)) return false
  const [first = ''] = foldedWords(actor.name)
  const counted = /^\d+$/u.test(first) || ctx.lexicon.quantities.has(first)
  return counted || words.every((w) => /^\p{Ll}/u.test(w) || ctx.lexicon.demonyms.has(foldedWords(w).join(' ')))
}
