import { bareSubject, cueSubject, inQuote, stressedPronounAt, type Draft, type SentenceContext } from './attribution.js'
import type { Cue } from './cues.js'
import { derived, verbLemma, type Lexicon } from './lexicon.js'
import { mentionsIn, subjectAfter, subjectBefore, tokenize, verbalWords, type Mention, type Token } from './mentions.js'
import { escapeRegExp, foldSameLength, spanOf, trimSpan } from './text.js'
import type { Span } from './types.js'
import { requestOrQuestionStart } from './requests.js'

const AUDIENCE_WORDS = 6
const ADVERBIAL_AUDIENCE_WORDS = 10
/** Most words set off by commas between a verb and its complementizer (`claimed, without evidence, that`). */
const PARENTHESIS_WORDS = 4
/** Words between a clause's comma and its verb (`…, the official said`, `…, American Farm Bureau Federation President Zippy Duvall told`). */
const TRAILING_SUBJECT_WORDS = 10

/**
 * Reported speech without (full) quotation: `a précisé que …`, `said (that) …`, `selon X, …`,
 * `…, according to X`, and a clause followed by an inverted attribution (`…, a indiqué le ministère`).
 * The text is the reported clause only; quotation marks inside it stay (`était purement "défensif"`).
 */
export function indirectStatements (ctx: SentenceContext): Draft[] {
  const drafts: Draft[] = []
  for (const cue of ctx.cues) {
    if (inQuote(ctx, cue.start) || drafts.some((d) => d.span.start <= cue.start && cue.end <= d.span.end) || withinTrailedClause(ctx, cue)) continue
    const found = cue.form === 'according' ? according(ctx, cue) : reported(ctx, cue)
    drafts.push(...found.filter((d) => !drafts.some((o) => o.span.start === d.span.start)))
  }
  drafts.push(...trailingAttribution(ctx, drafts))
  drafts.push(...viewOfSpeaker(ctx, drafts))
  if (drafts.length === 0) drafts.push(...viewOf(ctx))
  return drafts.sort((a, b) => a.span.start - b.span.start)
}

/** Most words after a trailing attribution's verb (`he said in a phone interview`). */
const TRAILING_TAIL_WORDS = 6

/**
 * `The secretary should spend more time explaining why the tabulators jammed, he added`: a non-finite
 * verb inside a clause that a trailing attribution closes reports nothing of its own.
 */
function withinTrailedClause (ctx: SentenceContext, cue: Cue): boolean {
  if (cue.form !== 'nonFinite') return false
  return ctx.cues.some((c) => {
    if (c.form !== 'finite' || c.start <= cue.end || inQuote(ctx, c.start)) return false
    const comma = ctx.body.lastIndexOf(',', c.start)
    const subject = tokenize(ctx.body, comma + 1, c.start)
    const tail = tokenize(ctx.body, c.end, ctx.sentence.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    return comma > cue.end && subject.length > 0 && subject.length <= CONJOINED_SUBJECT_WORDS && tail.length <= TRAILING_TAIL_WORDS &&
      !tail.some((t) => ctx.lexicon.complementizer.test(' ' + t.text))
  })
}

/** Most words of the subject between a conjunction and its own speech verb (`, but the governor's office said`). */
const CONJOINED_SUBJECT_WORDS = 4

/** The clause from `start`: to the sentence end, or to the next attribution, `selon`, or `, adding`. */
function clauseFrom (ctx: SentenceContext, start: number, after: Cue | null): Span[] {
  let end = ctx.sentence.end
  for (const next of ctx.cues) {
    if (next === after || next.start <= start) continue
    const lead = ctx.body.slice(start, next.start)
    if (inQuote(ctx, next.start)) continue
    if (/,\s*$/.test(lead)) { end = start + lead.search(/,\s*$/); break }
    // `said she had not seen the report and dismissed it as …`: a verb right after a conjunction shares the subject of the sentence
    const joined = tokenize(ctx.body, start, next.start).at(-1)
    if (next.form === 'finite' && joined !== undefined && ctx.lexicon.conjunctions.has(joined.folded) && !/\S/.test(ctx.body.slice(joined.end, next.start))) {
      end = joined.start
      break
    }
    // `…, but he acknowledged that …`, `…, which she called …`, `…, while the other union said …`: a
    // conjunction, a relative pronoun or a subordinator and a subject of its own start another report
    const comma = lead.lastIndexOf(',')
    const tail = comma < 0 ? [] : tokenize(ctx.body, start + comma + 1, next.start)
    const opener = tail[0]?.folded ?? ''
    const opensReport = ctx.lexicon.conjunctions.has(opener) || ctx.lexicon.relativePronouns.has(opener) || (ctx.lexicon.data.subordinators ?? []).includes(opener)
    if (tail.length >= 2 && tail.length <= CONJOINED_SUBJECT_WORDS + 1 && opensReport && tail.every((t) => /[\p{L}\p{N}]/u.test(t.text))) {
      end = start + comma
      break
    }
  }
  const clause = trimSpan(ctx.body, { start, end }, '.,;:!?')
  // `he would not resign and that he …`: two reported clauses for one verb
  const text = ctx.body.slice(clause.start, clause.end)
  const split = coordinatorPattern(ctx.lexicon).exec(text)
  if (split === null || inQuote(ctx, clause.start + split.index)) return [clause]
  return [
    trimSpan(ctx.body, { start: clause.start, end: clause.start + split.index }, ','),
    trimSpan(ctx.body, { start: clause.start + split.index + split[0].length, end: clause.end })
  ]
}

/** `he would not resign and that he …`: where a second reported clause starts. */
const coordinatorPattern = derived((lexicon) =>
  new RegExp(`\\s(?:${lexicon.data.coordinators.map((c) => c.replace(/'/g, "['’]")).join('|')})(?:\\s|(?<=['’]))`, 'iu'))

/** The words between verb and `que`/`that`: an audience (`à la presse`, `reporters`), never a clause. */
const audiencePattern = derived((lexicon) => audienceOf(lexicon, AUDIENCE_WORDS))
/** The same, opened by a preposition: how or where it was said may run longer (`in an interview with The Associated Press that`). */
const adverbialAudiencePattern = derived((lexicon) => audienceOf(lexicon, ADVERBIAL_AUDIENCE_WORDS))

function audienceOf (lexicon: Lexicon, words: number): RegExp {
  const subjects = [...lexicon.pronounGender.keys(), ...lexicon.conjunctions].join('|')
  // `que`, `that` before a space; `qu'` glued to the next word
  const whole = lexicon.data.complementizers.filter((c) => !c.endsWith("'"))
  const elided = lexicon.data.complementizers.filter((c) => c.endsWith("'")).map((c) => c.slice(0, -1))
  // (`noted, however, that`, `claimed, without evidence, that`: a few words set off by commas go between them too)
  // (`told NBC's "Meet the Press" that`: a programme named in marks after its owner may be part of the audience)
  return new RegExp(`^((?:,(?:\\s*[^\\s.;:!?«»"“”,]+){1,${PARENTHESIS_WORDS}}(?=,))?(?:\\s+(?!(?:${subjects})(?![\\p{L}]))(?:[^\\s.;:!?«»"“”,]+['’]s\\s+["“][^"“”.,;:!?]{1,40}["”]|[^\\s.;:!?«»"“”,]+)){0,${words}}?)[\\s,]+(?:(?:${whole.join('|') || '(?!)'})(?=[\\s«"“])|(?:${elided.join('|') || '(?!)'})['’])`, 'iu')
}

/** Whether the cue's verb is one of `lemmas` (a lexicon list). */
const lemmaAmong = (lexicon: Lexicon, cue: Cue, lemmas: readonly string[] = []): boolean => {
  const lemma = verbLemma(lexicon, cue.text)
  return lemma !== undefined && lemmas.includes(lemma)
}

/** A verb that also takes a plain object (see `Lexicon.plainObjectVerbs`). */
const takesPlainObject = (lexicon: Lexicon, cue: Cue): boolean => lemmaAmong(lexicon, cue, lexicon.data.plainObjectVerbs)

/**
 * `wrote the 2019 law that created…`: the words between such a verb and its `that` (ending at
 * `to`) open with a noun phrase that is no time (`last week`), so `that` opens a relative clause.
 */
function writtenObject (ctx: SentenceContext, cue: Cue, to: number): boolean {
  const { lexicon } = ctx
  const words = tokenize(ctx.body, cue.end, to).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).slice(0, -1)
  const first = words[0]
  return takesPlainObject(lexicon, cue) && first !== undefined && lexicon.determiners.has(first.folded) && !words.some((t) => lexicon.timeWords.has(t.folded))
}

/** Whether an auxiliary, a modal or a negation comes within a clause subject's few words of `from`, before any preposition or conjunction. */
function verbSoon (ctx: SentenceContext, from: number): boolean {
  const { lexicon } = ctx
  for (const t of tokenize(ctx.body, from, ctx.sentence.end).slice(0, CLAUSE_SUBJECT_WORDS + 1)) {
    if (verbalWords(lexicon).has(t.folded)) return true
    if (!/[\p{L}\p{N}'’-]/u.test(t.text) || lexicon.prepositions.has(t.folded) || lexicon.conjunctions.has(t.folded)) return false
  }
  return false
}

/** Fewest tokens after a verb for a clause with no `that` (`said he would resign.`), its full stop included. */
const MIN_THATLESS_TOKENS = 3

/** Fewest words of a clause reported with no `that` inside a relative clause (`, who said it was over,`). */
const MIN_RELATIVE_CLAUSE_WORDS = 3

function reported (ctx: SentenceContext, cue: Cue): Draft[] {
  const rest = ctx.body.slice(cue.end, ctx.sentence.end)
  // (`said Friday in a statement posted on its website that`: past the time words)
  const opener = tokenize(ctx.body, afterTimeWords(ctx, cue.end), ctx.sentence.end)[0]
  const adverbial = opener !== undefined && ctx.lexicon.prepositions.has(opener.folded) && /^\s/.test(rest)
  const matched = audiencePattern(ctx.lexicon).exec(rest) ?? (adverbial ? adverbialAudiencePattern(ctx.lexicon).exec(rest) : null)
  // (`said the president would sign any bill that reached his desk`: words with a verb of their own are
  // the clause, not an audience; `à la barre`: an accent folded away makes no auxiliary)
  const verbal = matched !== null && tokenize(ctx.body, cue.end, cue.end + matched[0].length).slice(0, -1)
    .some((t) => verbalWords(ctx.lexicon).has(t.folded) && t.text.toLowerCase() === t.folded)
  const audience = verbal || (matched !== null && writtenObject(ctx, cue, cue.end + matched[0].length)) ? null : matched
  let start: number | null
  let confidence = 0.8
  if (audience !== null) {
    start = cue.end + audience[0].length
  } else {
    start = askedOf(ctx, cue) ?? clauseAfterNounAudience(ctx, cue) ??
      (thatless(ctx, cue) ? afterTimeWords(ctx, cue.end) : pronounAfterAudience(ctx, cue) ?? clauseAfterAudience(ctx, cue))
    confidence = 0.7
  }
  if (start === null) return []
  // (`The senator who wrote the cut said he…`: a verb in a relative clause with no comma, before the
  // sentence's own speech verb, has an object, not a clause)
  if (boundRelative(ctx, cue)) return []
  const mention = cueSubject(ctx, cue)
  // (`Collins, who wrote the bill, said`: a verb's object in a relative clause is no clause reported)
  const relative = inRelative(ctx, cue)
  const least = relative && audience === null ? MIN_RELATIVE_CLAUSE_WORDS : 2
  return clauseFrom(ctx, start, cue).map((span) => relative ? toComma(ctx, span) : span)
    .filter((s) => tokenize(ctx.body, s.start, s.end).length >= least).map((span) => ({ span, kind: 'indirect' as const, cue, mention, confidence }))
}

/**
 * `urged colleagues to hold the line`, `asked the minister whether…`: what was requested or asked,
 * when whoever asked is named before the verb (`Asked whether…, she said` puts the question to her).
 */
function askedOf (ctx: SentenceContext, cue: Cue): number | null {
  const start = requestOrQuestionStart(ctx, cue)
  const subject = start === null ? null : cueSubject(ctx, cue)
  return subject !== null && subject.end <= cue.start ? start : null
}

/**
 * `told the board he understood…`, `assured reporters they would…`: after a verb that takes an audience,
 * a subject pronoun a few words on opens the clause reported; where it starts, or null.
 */
function pronounAfterAudience (ctx: SentenceContext, cue: Cue): number | null {
  const { lexicon } = ctx
  if (!takesAudienceClause(lexicon, cue)) return null
  const tokens = tokenize(ctx.body, cue.end, ctx.sentence.end)
  const at = tokens.findIndex((t) => !/[\p{L}\p{N}'’-]/u.test(t.text) || lexicon.pronounGender.has(t.folded))
  const pronoun = tokens[at]
  // (an audience of one word at least, no clause of its own: `told reporters as he arrived`; the pronoun, then a verb and more)
  const opensClause = (t: Token): boolean => lexicon.conjunctions.has(t.folded) || lexicon.relativePronouns.has(t.folded) || (lexicon.data.subordinators ?? []).includes(t.folded)
  if (tokens.slice(0, Math.max(at, 0)).some(opensClause)) return null
  if (at < 1 || at > AUDIENCE_WORDS || pronoun === undefined || !lexicon.pronounGender.has(pronoun.folded) || tokens.length - at < 3) return null
  return pronoun.start
}

/** Most words between a reported clause's start and its auxiliary (`the strike had`, `the trial would`). */
const CLAUSE_SUBJECT_WORDS = 5

/**
 * `told them the trial would run…`, `told The Washington Post the strike had killed…`: after a verb that
 * takes an audience, an object pronoun or a name, then a clause whose auxiliary or modal comes within a
 * few words; where it starts, or null.
 */
function clauseAfterAudience (ctx: SentenceContext, cue: Cue): number | null {
  const { lexicon } = ctx
  if (!takesAudienceClause(lexicon, cue)) return null
  const tokens = tokenize(ctx.body, cue.end, ctx.sentence.end)
  const first = tokens[0]
  if (first === undefined) return null
  let at = 1
  if (!(lexicon.data.objectPronouns ?? []).includes(first.folded)) {
    // a name: its capitalised words (`The Washington Post`, `CNN`)
    const named = mentionsIn(ctx.mentions, first.start, ctx.sentence.end).find((m) => m.type !== 'pronoun' && m.start <= (tokens[1] ?? first).start)
    if (named === undefined) return null
    at = tokens.findIndex((t) => t.start >= named.end)
  }
  const start = tokens[at]
  if (at < 1 || start === undefined || !/[\p{L}\p{N}]/u.test(start.text) || lexicon.prepositions.has(start.folded) || lexicon.complementizer.test(' ' + start.text)) return null
  return clauseOpensAt(lexicon, tokens, at) ? start.start : null
}

/** Whether a clause opens at `tokens[at]`: its auxiliary or modal within a few words, nothing but words before it. */
function clauseOpensAt (lexicon: Lexicon, tokens: readonly Token[], at: number): boolean {
  const verb = tokens.slice(at + 1, at + 1 + CLAUSE_SUBJECT_WORDS).findIndex((t) => verbalWords(lexicon).has(t.folded))
  return verb >= 0 && tokens.slice(at, at + 1 + verb).every((t) => /[\p{L}\p{N}'’-]/u.test(t.text))
}

/** Most words of an audience named by a common noun (`reporters`, `the jury`, `a House panel`). */
const NOUN_AUDIENCE_WORDS = 3

/**
 * `told reporters the deal was final`, `warned colleagues the vote would fail`: after a verb that takes an
 * audience, a short lower-case noun phrase (a determiner only first), then a clause opened by a determiner,
 * a pronoun, a name or a figure, whose auxiliary or modal comes within a few words; where it starts, or null.
 */
function clauseAfterNounAudience (ctx: SentenceContext, cue: Cue): number | null {
  const { lexicon } = ctx
  if (!takesAudienceClause(lexicon, cue)) return null
  const tokens = tokenize(ctx.body, cue.end, ctx.sentence.end)
  const first = tokens[0]
  if (first === undefined || first.text !== first.text.toLowerCase()) return null
  const audienceWord = (t: Token | undefined, i: number): boolean => t !== undefined && /^[\p{L}'’-]+$/u.test(t.text) && !lexicon.prepositions.has(t.folded) &&
    !verbalWords(lexicon).has(t.folded) && !lexicon.conjunctions.has(t.folded) && !lexicon.pronounGender.has(t.folded) &&
    !lexicon.timeWords.has(t.folded) && !lexicon.complementizer.test(' ' + t.text) && (i === 0 || !lexicon.determiners.has(t.folded))
  const opensSubject = (t: Token): boolean => lexicon.determiners.has(t.folded) || lexicon.pronounGender.has(t.folded) || /^[\p{Lu}\p{N}]/u.test(t.text)
  for (let n = 1; n <= NOUN_AUDIENCE_WORDS && audienceWord(tokens[n - 1], n - 1); n++) {
    // (`told reporters Tuesday the deal…`: past the time words)
    let at = n
    while (lexicon.timeWords.has(tokens[at]?.folded ?? '')) at++
    const start = tokens[at]
    if (start === undefined || lexicon.determiners.has((tokens[n - 1] as Token).folded) || !opensSubject(start)) continue
    if (clauseOpensAt(lexicon, tokens, at)) return start.start
  }
  return null
}

const takesAudienceClause = (lexicon: Lexicon, cue: Cue): boolean => lemmaAmong(lexicon, cue, lexicon.data.audienceClauseVerbs)

/** `Powell, who has said he intends to serve out his term, declined…`: a verb in a relative clause set off by commas. */
function inRelative (ctx: SentenceContext, cue: Cue): boolean {
  const before = tokenize(ctx.body, ctx.sentence.start, cue.start).filter((t) => !ctx.lexicon.auxiliaries.has(t.folded) && !ctx.lexicon.adverbs.has(t.folded))
  return before.length >= 2 && ctx.lexicon.relativePronouns.has((before.at(-1) as Token).folded) && before.at(-2)?.text === ','
}

/** `The minister who announced the plan said …`: a verb right after a relative pronoun with no comma, a finite speech verb later in the sentence. */
function boundRelative (ctx: SentenceContext, cue: Cue): boolean {
  const before = tokenize(ctx.body, ctx.sentence.start, cue.start).filter((t) => !ctx.lexicon.auxiliaries.has(t.folded) && !ctx.lexicon.adverbs.has(t.folded))
  const pronoun = before.at(-1)
  return pronoun !== undefined && ctx.lexicon.relativePronouns.has(pronoun.folded) && before.at(-2) !== undefined && /[\p{L}]/u.test(before.at(-2)?.text ?? '') &&
    ctx.cues.some((c) => c.start > cue.end && c.form === 'finite' && !inQuote(ctx, c.start))
}

/** The span up to its first comma outside quotation marks: where the relative clause closes. */
function toComma (ctx: SentenceContext, span: Span): Span {
  for (let at = ctx.body.indexOf(',', span.start); at >= 0 && at < span.end; at = ctx.body.indexOf(',', at + 1)) {
    if (!inQuote(ctx, at)) return trimSpan(ctx.body, { start: span.start, end: at })
  }
  return span
}

/** `said Thursday the vote…`, `said on Tuesday it was…`: where the clause starts, past the time words after the verb. */
function afterTimeWords (ctx: SentenceContext, from: number): number {
  const { timeWords, prepositions } = ctx.lexicon
  const tokens = tokenize(ctx.body, from, ctx.sentence.end)
  let k = 0
  for (;;) {
    if (timeWords.has(tokens[k]?.folded ?? '')) k++
    else if (prepositions.has(tokens[k]?.folded ?? '') && timeWords.has(tokens[k + 1]?.folded ?? '')) k += 2
    else break
  }
  return tokens[k]?.start ?? from
}

function thatless (ctx: SentenceContext, cue: Cue): boolean {
  const { lexicon } = ctx
  if (cue.form === 'according' || lexicon.thatlessVerbs.size === 0) return false
  const lemma = verbLemma(lexicon, cue.text)
  if (lemma === undefined || !lexicon.thatlessVerbs.has(lemma)) return false
  // `said Saturday, standing in…` is no clause; `said Thursday the vote…` is
  // (`said 4,000 homes had…`: a figure may open the clause's subject)
  const next = /^\s*([\p{L}][\p{L}'’-]*|\p{N}[\p{N},.]*(?=\s+\p{Ll}))(?:\s+(\p{Ll}+))?(\s+\d)?/u.exec(ctx.body.slice(afterTimeWords(ctx, cue.end), ctx.sentence.end))
  const word = next?.[1] === undefined ? undefined : foldSameLength(next[1])
  // (`said about 38,000 people were enrolled`, `said at least 40 members…`: a preposition before a number opens the clause's subject)
  // (`said there had been no talks`: an adverb its verb follows right away is the clause's subject)
  const expletive = lexicon.adverbs.has(word ?? '') && verbalWords(lexicon).has(foldSameLength(next?.[2] ?? ''))
  if (word === undefined || (lexicon.prepositions.has(word) && (next?.[3] === undefined || lexicon.determiners.has(foldSameLength(next[2] ?? '')))) || (lexicon.adverbs.has(word) && !expletive) || lexicon.conjunctions.has(word) ||
    lexicon.complementizer.test(' ' + word)) return false
  // (`wrote last year's income tax cut.`, `wrote the county's manual in 2019 and voted…`: an object, no clause)
  if (takesPlainObject(lexicon, cue) && !verbSoon(ctx, afterTimeWords(ctx, cue.end))) return false
  // `warned both sides about "theatrics"`: an object and its complement, no clause
  const objectVerb = ctx.lexicon.data.objectVerbs.includes(lemma)
  if (objectVerb && tokenize(ctx.body, cue.end, ctx.sentence.end).slice(1, 4).some((t) => lexicon.prepositions.has(t.folded))) return false
  if (cue.form === 'nonFinite') return tokenize(ctx.body, cue.end, ctx.sentence.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length >= 3
  const floor = Math.max(ctx.sentence.start, ...ctx.quotes.filter((q) => q.end <= cue.start).map((q) => q.end))
  const subject = subjectBefore(ctx.mentions, floor, cue.start) ?? bareSubject(ctx, cue.start)
  return subject !== null && tokenize(ctx.body, cue.end, ctx.sentence.end).length >= MIN_THATLESS_TOKENS
}

/** Most words of an apposition after a source (`secrétaire générale de la CFDT`). */
const APPOSITION_WORDS = 10

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
    // (not a clause of its own before a second one: `Selon la porte-parole, dix-neuf postes seront supprimés, et aucun…`)
    const words = next < 0 ? [] : tokenize(ctx.body, start + 1, next)
    const verbal = words.length > APPOSITION_WORDS || words.some((t) => verbalWords(ctx.lexicon).has(t.folded))
    if (next > 0 && next < ctx.sentence.end && /^[\p{Ll}]/u.test(apposition) && !verbal && !ctx.lexicon.determiners.has(foldSameLength(apposition.split(/\s/)[0] ?? ''))) start = next
    return clauseFrom(ctx, start + 1, cue).map((span) => ({ span, kind: 'indirect' as const, cue, mention, confidence: 0.7 }))
  }
  // (a verb after the source is its own relative clause's: `…, d'après BlaBlaCar, qui dit avoir…`)
  const span = trimSpan(ctx.body, { start: ctx.sentence.start, end: cue.start }, ',')
  // a speech verb before the source is the clause's attribution (`…, a déclaré X, selon l'agence`) or its
  // own report (`The company has warned investors, according to a filing`); one after it is the source's
  // own relative clause (`…, d'après BlaBlaCar, qui dit avoir…`)
  if (!/,\s*$/.test(lead) || ctx.cues.some((c) => c.form === 'finite' && c.start < cue.start)) return []
  // a quotation before `, selon X` is a direct quote, and a clause that is mostly one a partial
  // quote; a clause with a few words in marks is reported speech (`La conversation a été « franche »`)
  const quoted = ctx.quotes.filter((q) => q.start >= span.start && q.end <= span.end).reduce((n, q) => n + q.end - q.start, 0)
  if (ctx.quotes.some((q) => q.start <= span.start) || quoted > (span.end - span.start) / 2) return []
  return [{ span, kind: 'indirect', cue, mention, confidence: 0.7 }]
}

/**
 * `Les discussions reprendront le 3 décembre, a indiqué le ministère.`, `…, the official said.`,
 * `…, said Priya Misra, a portfolio manager at …`: a clause, then a comma and its attribution. The
 * clause may hold quotation marks but not start with one (that is a direct quote); the subject is
 * either inverted after the verb or a few words between the comma and the verb.
 */
function trailingAttribution (ctx: SentenceContext, taken: readonly Draft[]): Draft[] {
  const { body, sentence } = ctx
  const found: Draft[] = []
  for (const cue of ctx.cues.filter((c) => c.form === 'finite')) {
    let comma = body.lastIndexOf(',', cue.start)
    // (`…, a spokeswoman, Karen Ostrowski, said`: the verb right after a comma closing an apposition;
    // the clause before must then be a sentence's worth, not an opening phrase: `Un peu plus loin, …`)
    const apposed = /\S/.test(body.slice(comma + 1, cue.start)) ? null : appositionStart(ctx, comma)
    if (apposed !== null && clauseWords(ctx, trimSpan(body, { start: sentence.start, end: apposed })) >= MIN_APPOSED_CLAUSE_WORDS) comma = apposed
    // `…another stopgap that "rewards gridlock," a senior official said`: the comma inside the closing mark
    const closing = ctx.quotes.find((q) => q.start < comma && comma < q.end && /^\s*$/.test(body.slice(comma + 1, q.end - 1)))
    if (comma <= sentence.start || (inQuote(ctx, comma) && closing === undefined)) continue
    // (`…, alors que ses joueurs réclamaient un penalty`: a clause the conjunction opens attributes nothing before it)
    const subject = tokenize(body, comma + 1, cue.start)
    if (subject.length > TRAILING_SUBJECT_WORDS || subject.some((t) => ctx.lexicon.complementizer.test(' ' + t.text))) continue
    // `…, though some Democrats worried about enforcement`: a subordinate clause of its own, no attribution
    if (subject[0] !== undefined && (ctx.lexicon.data.subordinators ?? []).includes(subject[0].folded)) continue
    // `Dans un entretien au Monde, il a glissé : « … »`, `Infirmière depuis douze ans, Sandrine Morel
    // raconte des gardes « … »`: the verb introduces the quotation after it
    if (/^[^,.;]*[«"“„]/.test(body.slice(cue.end, sentence.end))) continue
    // (`…, juge le premier ; …, réplique la seconde`: a semicolon opens a clause of its own, with its own attribution)
    // (`Sa voisine, Odile Caradec, se montre plus prudente : elle attend…, explique-t-elle`: so does a colon, the sentence before it introducing the clause)
    const semicolon = Math.max(body.lastIndexOf(';', comma), colonBefore(body, comma))
    const from = semicolon > sentence.start && !inQuote(ctx, semicolon) ? semicolon + 1 : sentence.start
    const previous = found.at(-1)
    if (previous !== undefined && from <= (previous.cue ?? previous.span).end) continue
    let clause = trimSpan(body, { start: from, end: closing?.end ?? comma })
    // `The measure, he said, would cut costs`: an attribution set inside the clause; the sentence is the statement
    const resumed = closing === undefined && tokenize(body, clause.start, clause.end).length <= PARENTHETICAL_SUBJECT_WORDS ? parentheticalEnd(ctx, cue, clause) : null
    if (resumed !== null) clause = trimSpan(body, { start: sentence.start, end: resumed }, '.')
    if (/^[«"“„‘‹]/.test(body.slice(clause.start, clause.start + 1)) || clauseWords(ctx, clause) < MIN_TRAILING_CLAUSE_WORDS) continue
    // `Interrogé par l'AFP, …`, `Speaking to reporters, …`: how the words were obtained, not what was said
    ctx.lexicon.relay.lastIndex = 0
    const relayed = ctx.lexicon.relay.exec(body.slice(clause.start, clause.end))
    ctx.lexicon.relay.lastIndex = 0
    if (relayed?.index === 0) continue
    // (a verb of the clause with no clause of its own reports nothing: `L'État a confirmé sa participation, a précisé l'édile`)
    // (a non-finite one is the clause's own: `should spend more time explaining why…, he added`)
    if (ctx.cues.some((c) => c !== cue && c.start >= clause.start && c.end <= clause.end && !inQuote(ctx, c.start) && c.form !== 'nonFinite' && reportsWithin(ctx, c, clause.end))) continue
    // a verb inside a clause already reported (`a rapporté que le ministre avait appelé…`) attributes nothing
    if ([...taken, ...found].some((d) => d.cue === cue || (d.span.start < clause.end && clause.start < d.span.end) || (d.span.start <= cue.start && cue.end <= d.span.end))) continue
    // mostly a quotation (`La Corée du Nord « exprime … », a-t-il déclaré`): a partial quote instead
    const quoted = ctx.quotes.filter((q) => q.start >= clause.start && q.end <= clause.end).reduce((n, q) => n + q.end - q.start, 0)
    if (quoted > (clause.end - clause.start) / 2) continue
    // (`L'opposant n'a pas désarmé : « On verra », a-t-il prévenu`: a quotation a colon opens, right
    // before the attribution, is the quotation finder's direct quote)
    const ending = ctx.quotes.find((q) => q.end <= clause.end && !/\S/.test(body.slice(q.end, clause.end)))
    if (ending !== undefined && /:\s*$/.test(body.slice(clause.start, ending.start))) continue
    const mention = cueSubject(ctx, cue)
    // a subject before the comma is the verb's own (`Le ministre de la Défense, Shin Won-sik, a qualifié`)
    if (mention === null || mention.start < comma) continue
    // a subject inverted after the verb follows the comma right away (`…, a ajouté le ministère`); words
    // between make the name after the verb its object (`L'opposition, elle, n'a pas dit son dernier mot`)
    // (`…remained "genuinely purple," said Miguel Ortega`: the comma inside the closing mark, the verb right after it)
    if (mention.start >= cue.end && tokenize(body, closing?.end ?? comma + 1, cue.start).length > 0) continue
    // (`…, said she was open to changes`: a pronoun after the verb with words after it opens the clause reported, it is no inverted subject)
    if (mention.type === 'pronoun' && mention.circle !== true && mention.start >= cue.end && tokenize(body, mention.end, sentence.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length > 1) continue
    // `…, a project he estimates at $100 million`: a noun before the subject makes the verb a relative clause's
    if (mention.type === 'pronoun' && mention.end <= cue.start && tokenize(body, comma + 1, mention.start).length > 0) continue
    // (`…, a demand Democrats have dismissed as …`: a determiner and a noun before the subject, the same,
    // unless the noun names what the subject is: `…, the union Unite announced`)
    const [article, noun] = tokenize(body, comma + 1, mention.start)
    const { determiners, roleWords, organizationWords } = ctx.lexicon
    if (mention.end <= cue.start && article !== undefined && noun !== undefined && determiners.has(article.folded) && /^\p{Ll}/u.test(noun.text) &&
      !roleWords.has(noun.folded) && !organizationWords.has(noun.folded)) continue
    // `During a meeting Tuesday morning, Hollister urged members to …`: a phrase opened by a preposition,
    // then the sentence's subject, verb and object, is no clause reported (`At least 14 people have
    // died, Gov. Andy Beshear said at a briefing` is)
    const opener = tokenize(body, clause.start, clause.end)[0]
    const object = tokenize(body, cue.end, sentence.end)[0]
    const { prepositions, timeWords, adverbs } = ctx.lexicon
    if (mention.end <= cue.start && opener !== undefined && prepositions.has(opener.folded) && !body.slice(clause.start, clause.end).includes(',') &&
      object !== undefined && /^\p{Ll}/u.test(object.text) && !prepositions.has(object.folded) && !timeWords.has(object.folded) && !adverbs.has(object.folded)) continue
    found.push({ span: withoutDateline(body, clause), kind: 'indirect', cue, mention, confidence: 0.65 })
  }
  return found
}

/** Fewest words of a clause before a subject set off with its apposition. */
const MIN_APPOSED_CLAUSE_WORDS = 6

/** Most words of each of the two segments of a subject set off with its apposition (`, a spokeswoman, Karen Ostrowski,`). */
const APPOSED_SUBJECT_WORDS = 6

/** The comma that opens a subject and its apposition, two short segments of words before `comma`; else null. */
function appositionStart (ctx: SentenceContext, comma: number): number | null {
  const middle = ctx.body.lastIndexOf(',', comma - 1)
  const first = ctx.body.lastIndexOf(',', middle - 1)
  if (middle <= ctx.sentence.start || first <= ctx.sentence.start || inQuote(ctx, first) || inQuote(ctx, middle)) return null
  const plain = (from: number, to: number): boolean => {
    const words = tokenize(ctx.body, from, to)
    return words.length > 0 && words.length <= APPOSED_SUBJECT_WORDS && words.every((t) => /[\p{L}\p{N}]/u.test(t.text))
  }
  return plain(first + 1, middle) && plain(middle + 1, comma) ? first : null
}

/** Whether a cue introduces words of its own before `end`: a source, a `que` clause, a colon or a quotation. */
function reportsWithin (ctx: SentenceContext, cue: Cue, end: number): boolean {
  const rest = ctx.body.slice(cue.end, end)
  return cue.form === 'according' || audiencePattern(ctx.lexicon).test(rest) || /^\s*[:«"“„]/.test(rest) || thatless(ctx, cue)
}

/** Fewest words of a clause its attribution follows (`The talks collapsed, the official said`). */
const MIN_TRAILING_CLAUSE_WORDS = 3

/** The words of a clause; one opened by a preposition (`In the end, she said`) counts one less, being likelier an adverbial. */
function clauseWords (ctx: SentenceContext, clause: Span): number {
  const words = tokenize(ctx.body, clause.start, clause.end).filter((t) => /[\p{L}\p{N}]/u.test(t.text))
  return words.length - (words[0] !== undefined && ctx.lexicon.prepositions.has(words[0].folded) ? 1 : 0)
}

/** Where the last colon before `at` that is followed by a space is (not `10:20`), or -1. */
function colonBefore (body: string, at: number): number {
  let colon = body.lastIndexOf(':', at)
  while (colon >= 0 && !/\s/.test(body[colon + 1] ?? '')) colon = body.lastIndexOf(':', colon - 1)
  return colon
}

/** Most words before an attribution set inside the clause (`The vote, officials said, could come …`). */
const PARENTHETICAL_SUBJECT_WORDS = 8

/**
 * `…, he said, would cut costs`: where the sentence ends when the verb (and any time words after it) is
 * followed by a comma and the clause resumes in lowercase, not with a conjunction; else null.
 */
function parentheticalEnd (ctx: SentenceContext, cue: Cue, lead: Span): number | null {
  const { body, sentence, lexicon } = ctx
  const comma = afterTimeWords(ctx, cue.end)
  if (body[comma] !== ',') return null
  const next = tokenize(body, comma + 1, sentence.end)[0]
  const verbs = [...lexicon.auxiliaries, ...(lexicon.data.passiveAuxiliaries ?? []), ...(lexicon.data.modals ?? [])]
  // (`Even if a deal is reached, he said, growers would…`: a subordinate clause before it is half the sentence; the main clause follows)
  const [first, second] = tokenize(body, lead.start, lead.end)
  const subordinate = [first, lexicon.adverbs.has(first?.folded ?? '') ? second : undefined].some((t) => (lexicon.data.subordinators ?? []).includes(t?.folded ?? ''))
  return next !== undefined && (verbs.includes(next.folded) || (subordinate && /[\p{L}\p{N}]/u.test(next.text) && !lexicon.conjunctions.has(next.folded))) ? sentence.end : null
}

/** `SÉOUL (AFP) - La Corée du Nord a tiré…`: the dateline is no part of what was said. */
function withoutDateline (body: string, span: Span): Span {
  const dateline = /^[\p{Lu}][\p{Lu}\s,.'’-]*(?:\([^)]{1,30}\))?\s*[-—–]\s+/u.exec(body.slice(span.start, span.end))
  return dateline === null ? span : { start: span.start + dateline[0].length, end: span.end }
}

/** Most words between a source preposition and the source it introduces (`Pour l'économiste des transports Yves Cronier`). */
const VIEW_SOURCE_WORDS = 8

/**
 * `Pour l'économiste Yves Cronier, consultant, ces conflits abîment l'image du train.`: a sentence
 * opening on whose view it gives (a source preposition, a person or a body, its appositions, a
 * comma) reports that view. A quotation right after the comma is left to the quotation finder.
 */
function viewOf (ctx: SentenceContext): Draft[] {
  const { body, lexicon, sentence } = ctx
  const tokens = tokenize(body, sentence.start, sentence.end)
  let k = 0
  while (k < tokens.length - 1 && lexicon.conjunctions.has((tokens[k] as Token).folded)) k++
  const first = tokens[k]
  if (first === undefined || !lexicon.sourcePrepositions.has(first.folded) || body.slice(sentence.start, first.start).replace(/[\p{L}\s]/gu, '') !== '') return []
  if (ctx.cues.some((c) => c.form === 'finite' && !inQuote(ctx, c.start))) return []
  const source = stressedPronounAt(ctx, first.end) ?? subjectAfter(ctx.mentions, first.end, sentence.end)
  if (source === null || !viewHolder(ctx, source) || tokenize(body, first.end, source.start).length > 1) return []
  // past the appositions (`, consultant,`, `, qui a longtemps conseillé…,`, `, Thomas Guérin-Roux,`) to the view
  let start = body.indexOf(',', source.end)
  if (start < 0 || start >= sentence.end) return []
  for (;;) {
    const next = body.indexOf(',', start + 1)
    if (next < 0 || next >= sentence.end) break
    const segment = tokenize(body, start + 1, next)
    const lead = segment[0]
    const named = mentionsIn(ctx.mentions, start + 1, next).some((m) => m.type !== 'pronoun' && m.start === lead?.start && m.end === segment.at(-1)?.end)
    if (lead === undefined || (!named && (!/^\p{Ll}/u.test(lead.text) || lexicon.determiners.has(lead.folded) || lexicon.pronounGender.has(lead.folded)))) break
    start = next
  }
  const [clause] = clauseFrom(ctx, start + 1, null)
  if (clause === undefined || /^[«"“„]/.test(body.slice(clause.start, clause.start + 1)) || tokenize(body, clause.start, clause.end).length < 3) return []
  // mostly a quotation (`ces mesures sont « un pansement sur une jambe de bois »`): the quotation finder's
  const quoted = ctx.quotes.filter((q) => q.start >= clause.start && q.end <= clause.end).reduce((n, q) => n + q.end - q.start, 0)
  if (quoted > (clause.end - clause.start) / 2) return []
  const cue: Cue = { ...spanOf(body, first.start, first.end), form: 'according', quoted: false }
  return [{ span: clause, kind: 'indirect', cue, mention: source, confidence: 0.6 }]
}

/**
 * `…, ajoute l'analyste, pour qui le conflit pourrait coûter…`: a view given in a relative clause
 * led by a source preposition after a speech verb is the view of that verb's subject.
 */
function viewOfSpeaker (ctx: SentenceContext, drafts: readonly Draft[]): Draft[] {
  const { body, lexicon } = ctx
  const found: Draft[] = []
  for (const cue of ctx.cues) {
    if (cue.form !== 'finite' || inQuote(ctx, cue.start)) continue
    const tokens = tokenize(body, cue.end, ctx.sentence.end)
    const at = tokens.findIndex((t, k) => t.text === ',' && lexicon.sourcePrepositions.has(tokens[k + 1]?.folded ?? '') && lexicon.relativePronouns.has(tokens[k + 2]?.folded ?? ''))
    const relative = tokens[at + 2]
    if (at < 0 || relative === undefined || ctx.cues.some((c) => c.start > cue.end && c.start < relative.start)) continue
    const [clause] = clauseFrom(ctx, relative.end, null)
    if (clause === undefined || tokenize(body, clause.start, clause.end).length < 3 || drafts.some((d) => d.span.start < clause.end && clause.start < d.span.end)) continue
    found.push({ span: trimSpan(body, clause), kind: 'indirect', cue, mention: cueSubject(ctx, cue), confidence: 0.6 })
  }
  return found
}

/** A person or a body: a name of two words or more, a titled name, or a phrase led by a role or an organization noun. */
function viewHolder (ctx: SentenceContext, m: Mention): boolean {
  const { lexicon } = ctx
  if (m.type === 'alias' || m.type === 'titled') return true
  // (`Pour lui, il faut…`: a stressed pronoun stands for someone named before)
  if (m.type === 'pronoun') return lexicon.stressedPronounGender.has(foldSameLength(m.text))
  if (m.type === 'name') return /\s/.test((m.name ?? m.text).trim()) || surnameNamedBefore(ctx.body, m.start, (m.name ?? m.text).trim())
  if (m.type !== 'phrase') return false
  // (`la FNSEA locale`: a body's own name inside the phrase)
  return tokenize(ctx.body, m.start, m.end).slice(0, VIEW_SOURCE_WORDS).some((t, i) => (i > 0 && /^\p{Lu}/u.test(t.text)) ||
    lexicon.roleWords.has(t.folded) || lexicon.roleGender.has(t.folded) || lexicon.organizationWords.has(t.folded))
}

/** `Pour Bensalem,` after `Karim Bensalem`: a lone word written earlier as a person's surname, after a first name. */
function surnameNamedBefore (body: string, before: number, name: string): boolean {
  return new RegExp(`\\p{Lu}[\\p{L}'’-]+\\s+${escapeRegExp(name)}(?![\\p{L}-])`, 'u').test(body.slice(0, before))
}
