import { cueSubject, type Draft, type SentenceContext } from './attribution.js'
import type { Cue } from './cues.js'
import { subjectBefore, tokenize } from './mentions.js'
import { foldSameLength, trimSpan } from './text.js'
import type { Span } from './types.js'

/** Verbs whose English object clause may drop `that` (`Reyes said the committee…`). */
const THATLESS = new Set(['say', 'insist', 'add', 'warn', 'claim', 'believe', 'argue', 'admit', 'acknowledge', 'note', 'predict', 'suggest', 'confirm', 'announce', 'explain', 'stress'])
const AUDIENCE_WORDS = 6

/**
 * Reported speech without (full) quotation: `a précisé que …`, `said (that) …`, `selon X, …`,
 * `…, according to X`, and a clause followed by an inverted attribution (`…, a indiqué le ministère`).
 * The text is the reported clause only; quotation marks inside it stay (`était purement "défensif"`).
 */
export function indirectStatements (ctx: SentenceContext): Draft[] {
  const drafts: Draft[] = []
  for (const cue of ctx.cues) {
    if (inQuote(ctx, cue.start) || drafts.some((d) => d.span.start <= cue.start && cue.end <= d.span.end)) continue
    const found = cue.form === 'according' ? according(ctx, cue) : reported(ctx, cue)
    drafts.push(...found.filter((d) => !drafts.some((o) => o.span.start === d.span.start)))
  }
  if (drafts.length === 0 && ctx.quotes.length === 0) drafts.push(...trailingAttribution(ctx))
  return drafts
}

const inQuote = (ctx: SentenceContext, offset: number): boolean => ctx.quotes.some((q) => q.start < offset && offset < q.end)

/** The clause from `start`: to the sentence end, or to the next attribution, `selon`, or `, adding`. */
function clauseFrom (ctx: SentenceContext, start: number, after: Cue | null): Span[] {
  let end = ctx.sentence.end
  for (const next of ctx.cues) {
    if (next === after || next.start <= start) continue
    const lead = ctx.body.slice(start, next.start)
    if (/,\s*$/.test(lead) && !inQuote(ctx, next.start)) { end = start + lead.search(/,\s*$/); break }
  }
  const clause = trimSpan(ctx.body, { start, end }, '.,;:!?')
  // `he would not resign and that he …`: two reported clauses for one verb
  const coordinated = new RegExp(`\\s(?:${ctx.lexicon.data.coordinators.map((c) => c.replace(/'/g, "['’]")).join('|')})(?:\\s|(?<=['’]))`, 'iu')
  const text = ctx.body.slice(clause.start, clause.end)
  const split = coordinated.exec(text)
  if (split === null || inQuote(ctx, clause.start + split.index)) return [clause]
  return [
    trimSpan(ctx.body, { start: clause.start, end: clause.start + split.index }, ','),
    trimSpan(ctx.body, { start: clause.start + split.index + split[0].length, end: clause.end })
  ]
}

function reported (ctx: SentenceContext, cue: Cue): Draft[] {
  const subjects = [...ctx.lexicon.pronounGender.keys()].join('|')
  const rest = ctx.body.slice(cue.end, ctx.sentence.end)
  // the words between verb and `que`/`that` name an audience (`à la presse`, `reporters`), never a clause
  const audience = new RegExp(`^((?:\\s+(?!(?:and|but|et|mais|${subjects})(?![\\p{L}]))[^\\s.;:!?«»"“”,]+){0,${AUDIENCE_WORDS}}?)[\\s,]+(?:(?:${ctx.lexicon.data.complementizers.filter((c) => !c.endsWith("'")).join('|')})(?=[\\s«"“])|qu['’])`, 'iu').exec(rest)
  let start: number
  let confidence = 0.8
  if (audience !== null) {
    start = cue.end + audience[0].length
  } else if (thatless(ctx, cue)) {
    start = cue.end + (/^\s+/.exec(rest)?.[0].length ?? 0)
    confidence = 0.7
  } else {
    return []
  }
  const mention = cueSubject(ctx, cue)
  return clauseFrom(ctx, start, cue).filter((s) => s.end - s.start > 2).map((span) => ({ span, kind: 'indirect' as const, cue, mention, confidence }))
}

function thatless (ctx: SentenceContext, cue: Cue): boolean {
  if (ctx.lexicon.language !== 'en' || cue.form !== 'finite') return false
  const verb = ctx.lexicon.data.verbs.find((v) => v.present.includes(cue.text.toLowerCase()) || cue.text.toLowerCase().endsWith(' ' + v.participle))
  if (verb === undefined || !THATLESS.has(verb.lemma)) return false
  const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(ctx.body.slice(cue.end, ctx.sentence.end))
  const word = next?.[1] === undefined ? undefined : foldSameLength(next[1])
  if (word === undefined || ctx.lexicon.prepositions.has(word) || ctx.lexicon.adverbs.has(word) || /^(?:and|but|or|so|as|that)$/.test(word)) return false
  const floor = Math.max(ctx.sentence.start, ...ctx.quotes.filter((q) => q.end <= cue.start).map((q) => q.end))
  const subject = subjectBefore(ctx.mentions, floor, cue.start)
  return subject !== null && tokenize(ctx.body, cue.end, ctx.sentence.end).length >= 4
}

/** `Selon X, clause.` and `Clause, selon X.`; a quotation before `, selon X` is a direct quote instead. */
function according (ctx: SentenceContext, cue: Cue): Draft[] {
  const mention = cueSubject(ctx, cue)
  if (mention === null) return []
  const lead = ctx.body.slice(ctx.sentence.start, cue.start)
  if (lead.trim() === '') {
    // skip the source and any apposition after it: `D'après Sophie Marchand, secrétaire générale de la CFDT, …`
    let start = ctx.body.indexOf(',', mention.end)
    if (start < 0 || start >= ctx.sentence.end) return []
    const next = ctx.body.indexOf(',', start + 1)
    const apposition = ctx.body.slice(start + 1, next).trim()
    if (next > 0 && next < ctx.sentence.end && /^[\p{Ll}]/u.test(apposition) && !ctx.lexicon.determiners.has(foldSameLength(apposition.split(/\s/)[0] ?? ''))) start = next
    return clauseFrom(ctx, start + 1, cue).map((span) => ({ span, kind: 'indirect' as const, cue, mention, confidence: 0.7 }))
  }
  if (!/,\s*$/.test(lead) || ctx.quotes.length > 0 || ctx.cues.some((c) => c.form === 'finite')) return []
  const span = trimSpan(ctx.body, { start: ctx.sentence.start, end: cue.start }, ',')
  return [{ span, kind: 'indirect', cue, mention, confidence: 0.7 }]
}

/** `Les discussions reprendront le 3 décembre, a indiqué le ministère.` / `…, the union announced.` */
function trailingAttribution (ctx: SentenceContext): Draft[] {
  const cue = ctx.cues.find((c) => c.form === 'finite')
  if (cue === undefined) return []
  const comma = ctx.body.lastIndexOf(',', cue.start)
  if (comma < ctx.sentence.start || tokenize(ctx.body, comma + 1, cue.start).length > 5) return []
  if (tokenize(ctx.body, cue.end, ctx.sentence.end).length > 8 || tokenize(ctx.body, ctx.sentence.start, comma).length < 4) return []
  const mention = cueSubject(ctx, cue)
  if (mention === null) return []
  return [{ span: trimSpan(ctx.body, { start: ctx.sentence.start, end: comma }), kind: 'indirect', cue, mention, confidence: 0.65 }]
}
