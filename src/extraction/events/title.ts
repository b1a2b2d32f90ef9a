import type { Span } from '../types.js'
import type { Trigger } from './triggers.js'
import type { ExtractedActor } from './types.js'

/** Words kept after the trigger: enough for its object (`a signé un traité de défense mutuelle`). */
const WORDS_AFTER = 7
const MAX_HEADLINE_WORDS = 16

/**
 * A short readable description: a headline as written; else the trigger's clause from its first
 * actor (or the trigger) to a few words after it, cut at punctuation.
 */
export function titleOf (body: string, sentence: Span, trigger: Trigger, actors: readonly ExtractedActor[], headline: boolean): string {
  const text = body.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim()
  if (headline && text.split(' ').length <= MAX_HEADLINE_WORDS) return text
  const first = actors.filter((a) => a.mention !== null && a.mention.start < trigger.start && a.role !== 'other')
    .reduce<number>((min, a) => Math.min(min, (a.mention as Span).start), trigger.start)
  // (`La Russie et …`: a short word opening the sentence before the actor, its determiner, goes with it)
  const opening = /^\s*\p{L}{1,3}(?:\s+|['’])$/u.test(body.slice(sentence.start, first))
  const before = body.slice(opening ? sentence.start : Math.max(sentence.start, first), trigger.start)
  const rest = body.slice(trigger.end, sentence.end)
  const cut = /[,;:.!?«»"“”()—–]/.exec(rest)
  const after = (cut === null ? rest : rest.slice(0, cut.index)).split(/\s+/).filter((w) => w !== '').slice(0, WORDS_AFTER).join(' ')
  const title = `${before}${body.slice(trigger.start, trigger.end)} ${after}`.replace(/\s+/g, ' ').trim()
  return title.charAt(0).toUpperCase() + title.slice(1)
}
