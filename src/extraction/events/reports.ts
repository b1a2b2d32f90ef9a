import { derived, type Lexicon as StatementLexicon } from '../lexicon.js'
import { tokenize } from '../mentions.js'
import { foldSameLength } from '../text.js'
import type { Span } from '../types.js'

/** The verbs news is reported by, from the statement lexicon: its verbs of saying and how a paper learnt (`a-t-on appris`). */
const sayingWords = derived((lexicon) => {
  const { verbs, learntFrom } = lexicon.data
  const forms = [...verbs.flatMap((v) => [v.participle, ...v.present]), ...learntFrom.verbs]
  // (the word a date follows: `a-t-on appris mardi`, `mis en garde lundi`)
  return new Set(forms.map((f) => foldSameLength(f.split(/\s+/).at(-1) ?? f)))
})

/** The lexicon's `according to` pattern without its global flag, so that a test keeps no state between calls. */
const accordingTest = derived((lexicon) => new RegExp(lexicon.according.source, 'iu'))

/**
 * `a annoncé jeudi que la vente avait été finalisée le 3`, `said on Thursday that the attack had
 * taken place on March 3`: a date right after a verb of saying that opens the clause telling the
 * event dates the report, which may come days after the event. A verb of saying with the event as
 * its object (`a annoncé mardi la fermeture`) is the event itself: the date is the event's. After
 * the event, only how the paper learnt of it (`…, a-t-on appris mardi`) is the report's: measured,
 * the day of a source's saying (`…, officials said on Tuesday`) was the event's more often than not.
 */
export function datesReport (body: string, sentence: Span, date: Span, trigger: Span, lexicon: StatementLexicon): boolean {
  const word = tokenize(body, sentence.start, date.start).findLast((t) => t.end <= date.start)
  if (word === undefined || (word.start < trigger.end && trigger.start < word.end)) return false
  // (`…, a-t-on appris mardi`: how the paper learnt of it, whatever comes first)
  if (learnt(body.slice(sentence.start, date.start), lexicon)) return true
  if (word.end > trigger.start || !sayingWords(lexicon).has(word.folded)) return false
  const next = tokenize(body, date.end, sentence.end).find((t) => t.start >= date.end)
  return next !== undefined && trigger.start >= next.end && lexicon.data.complementizers.some((c) => foldSameLength(c) === next.folded)
}

/** The text ends with how the paper learnt the news (`a-t-on appris`, `apprend-on`). */
function learnt (before: string, lexicon: StatementLexicon): boolean {
  const text = foldSameLength(before).trimEnd()
  return lexicon.data.learntFrom.verbs.some((v) => text.endsWith(foldSameLength(v)))
}

/**
 * `selon les résultats publiés lundi par la commission`, `according to figures released on
 * Monday`: a trigger in the clause a source is named by tells where the news comes from, not news.
 */
export function inAttribution (body: string, sentence: Span, trigger: Span, lexicon: StatementLexicon): boolean {
  const clause = body.slice(sentence.start, trigger.start)
  const from = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf('('))
  return accordingTest(lexicon).test(clause.slice(from + 1))
}
