import type { Cue } from './cues.js'
import type { Lexicon } from './lexicon.js'
import { isComplement, mentionsIn, subjectAfter, subjectBefore, tokenize, verbalWords, type Mention, type MentionContext, type Token } from './mentions.js'
import type { Quote } from './quotes.js'
import { foldSameLength, spanOf, trimSpan } from './text.js'
import type { Span, StatementKind } from './types.js'

/** What one sentence offers the pattern finders. */
export interface SentenceContext {
  body: string
  lexicon: Lexicon
  mentions: MentionContext
  sentence: Span
  /** Outermost quotations inside the sentence. */
  quotes: readonly Quote[]
  /** Cues outside quotations, in text order. */
  cues: readonly Cue[]
  /** Cues inside quotations (candidates for a split quote's attribution). */
  quotedCues: readonly Cue[]
  subjects: Map<Cue, Mention | null>
}

/** A statement before its speaker is resolved; `mention` null with a cue means "who spoke last". */
export interface Draft {
  span: Span
  kind: StatementKind
  cue: Cue | null
  mention: Mention | null
  confidence: number
}

const words = (ctx: SentenceContext, from: number, to: number): number =>
  tokenize(ctx.body, from, to).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length

function pronounMention (ctx: SentenceContext, pronoun: NonNullable<Cue['pronoun']>): Mention {
  const gender = ctx.lexicon.pronounGender.get(pronoun.text.toLowerCase())
  return { ...pronoun, type: 'pronoun', ...(gender === undefined ? {} : { gender }) }
}

/** `…, indique-t-on dans son entourage`: an impersonal verb's circle of someone (see `Lexicon.entourage`). */
function circleAfter (ctx: SentenceContext, cue: Cue): Mention | null {
  if (cue.pronoun === undefined || ctx.lexicon.pronounGender.has(foldSameLength(cue.pronoun.text))) return null
  const after = foldSameLength(ctx.body.slice(cue.end, cue.end + 40)).replace(/’/g, "'")
  const rest = after.trimStart()
  const phrase = ctx.lexicon.data.entourage?.phrases.find((p) => rest.startsWith(foldSameLength(p)) && !/\p{L}/u.test(rest[p.length] ?? ''))
  if (phrase === undefined || rest.length === after.length) return null
  const start = cue.end + (after.length - rest.length)
  return { ...spanOf(ctx.body, start, start + phrase.length), type: 'pronoun', circle: true }
}

/** `Selon lui, …`, `according to her`: a stressed pronoun right after the source preposition, standing for someone named before. */
export function stressedPronounAt (ctx: SentenceContext, at: number): Mention | null {
  const word = tokenize(ctx.body, at, Math.min(ctx.body.length, at + 12))[0]
  const gender = word === undefined || /\S/.test(ctx.body.slice(at, word.start)) ? undefined : ctx.lexicon.stressedPronounGender.get(word.folded)
  return word === undefined || gender === undefined ? null : { ...spanOf(ctx.body, word.start, word.end), type: 'pronoun', gender }
}

/**
 * Who a cue's subject is: the inverted pronoun (`a-t-il dit`), the phrase before the verb, or the
 * one after it (`a dit en retour M. Poutine`). Non-finite cues (`ajoutant`, `adding`) and
 * coordinated verbs take the subject of the sentence's main speech verb.
 */
export function cueSubject (ctx: SentenceContext, cue: Cue): Mention | null {
  if (ctx.subjects.has(cue)) return ctx.subjects.get(cue) ?? null
  ctx.subjects.set(cue, null)
  const finite = ctx.cues.filter((c) => c.form === 'finite' && c !== cue)
  const main = (): Mention | null => {
    const other = finite.filter((c) => c.start < cue.start).at(-1) ?? finite.find((c) => c.start > cue.end)
    return other === undefined ? null : cueSubject(ctx, other)
  }
  // (`said it welcomed the step but urged …`: a verb joined by a conjunction shares the subject of the
  // sentence's first verb, not of a verb inside the clause that one reports)
  const mainOfSentence = (): Mention | null => {
    const first = finite.find((c) => c.start < cue.start && !inQuote(ctx, c.start))
    return first === undefined ? main() : cueSubject(ctx, first)
  }
  let subject: Mention | null
  const nextQuote = ctx.quotes.find((q) => q.start >= cue.end)?.start ?? ctx.sentence.end
  if (cue.pronoun !== undefined) subject = circleAfter(ctx, cue) ?? pronounMention(ctx, cue.pronoun)
  // (`de sources proches des médiateurs`: a bare noun right after the cue is the source, not the phrase after it)
  else if (cue.form === 'according') subject = stressedPronounAt(ctx, cue.end) ?? (bareNounAt(ctx, cue.end) ? bareSource(ctx, cue.end, nextQuote) : null) ?? subjectAfter(ctx.mentions, cue.end, nextQuote) ?? bareSource(ctx, cue.end, nextQuote)
  else if (cue.form === 'nonFinite') subject = main() ?? sentenceSubject(ctx, cue.start)
  else {
    const floor = Math.max(ctx.sentence.start, ...ctx.quotes.filter((q) => q.end <= cue.start).map((q) => q.end),
      ...ctx.cues.filter((c) => c.end <= cue.start && c.form === 'according').map((c) => c.end))
    const before = subjectBefore(ctx.mentions, floor, cue.start)
    // never from inside the clause the verb introduces (`a estimé que la décision…`)
    const introducesClause = ctx.lexicon.complementizer.test(ctx.body.slice(cue.end, cue.end + 12))
    const after = introducesClause ? null : subjectAfter(ctx.mentions, cue.end, nextQuote)
    // (`Brandt was asked about the report and said …`: with no speech verb before, the sentence's subject)
    subject = before === 'inherit'
      ? mainOfSentence() ?? possessiveSubject(ctx, cue.start) ?? sentenceSubject(ctx, cue.start)
      : before ?? bareSubject(ctx, cue.start) ?? bareAfterComma(ctx, floor, cue.start) ?? after
  }
  if (subject !== null && thingOfABody(ctx, subject)) subject = null
  ctx.subjects.set(cue, subject)
  return subject
}

/**
 * `its growth forecast for the year`: a phrase led by a body's possessive (`its`) and headed by no
 * role nor body's noun is a thing of that body, never who speaks: the verb form after it is a noun.
 */
function thingOfABody (ctx: SentenceContext, subject: Mention): boolean {
  const { lexicon } = ctx
  const [first, ...rest] = tokenize(ctx.body, subject.start, subject.end)
  return subject.type === 'phrase' && first !== undefined && rest.length > 0 && (lexicon.data.possessives?.neutral ?? []).includes(first.folded) &&
    !rest.some((t) => lexicon.roleWords.has(t.folded) || lexicon.organizationWords.has(t.folded) || lexicon.roleGender.has(t.folded)) &&
    // (`its sponsors predicted`: people, plural, may speak)
    !(lexicon.data.pluralSuffixes ?? []).some((suffix) => rest.at(-1)?.folded.endsWith(suffix))
}

/**
 * `Britain's budget watchdog cut its forecast and warned that…`: with no speech verb before the
 * conjunction, the last possessive phrase headed by a role or a body's noun, right before a verb,
 * is the subject the conjoined verb shares.
 */
function possessiveSubject (ctx: SentenceContext, end: number): Mention | null {
  const { lexicon } = ctx
  const tokens = tokenize(ctx.body, ctx.sentence.start, end)
  for (let i = tokens.length - 2; i >= 0; i--) {
    const owner = tokens[i] as Token
    if (!/\p{L}['’]s$/u.test(owner.text)) continue
    let j = i + 1
    while (j < tokens.length && /^\p{Ll}/u.test((tokens[j] as Token).text) && !lexicon.roleWords.has((tokens[j] as Token).folded) &&
      !lexicon.organizationWords.has((tokens[j] as Token).folded) && !verbalWords(lexicon).has((tokens[j] as Token).folded) && j - i <= 3) j++
    const head = tokens[j]
    const verb = tokens[j + 1]
    if (head === undefined || verb === undefined || !(lexicon.roleWords.has(head.folded) || lexicon.organizationWords.has(head.folded)) ||
      !/^\p{Ll}/u.test(verb.text) || lexicon.prepositions.has(verb.folded) || lexicon.genitives.has(verb.folded)) continue
    const determiner = tokens[i - 1]
    const start = determiner !== undefined && lexicon.determiners.has(determiner.folded) ? determiner.start : owner.start
    return { ...spanOf(ctx.body, start, head.end), type: 'phrase' }
  }
  return null
}

/** Whether an offset of the sentence falls inside one of its quotes (a cue there is quoted words, not the writer's). */
export const inQuote = (ctx: SentenceContext, offset: number): boolean => ctx.quotes.some((q) => q.start < offset && offset < q.end)

/**
 * `Germany's chancellor, Friedrich Merz, was more cautious, telling reporters that…`: with no speech
 * verb to borrow from, a non-finite cue (or a quote after a colon) takes the first person named in
 * the sentence before `end` (not in a complement, not a possessive), else a pronoun.
 */
function sentenceSubject (ctx: SentenceContext, end: number): Mention | null {
  const candidates = mentionsIn(ctx.mentions, ctx.sentence.start, end)
    .filter((m) => !isComplement(ctx.mentions, m) && !/^['’]s\b/.test(ctx.body.slice(m.end, m.end + 3)) && !ctx.quotes.some((q) => q.start <= m.start && m.end <= q.end) &&
      !participleOpening(ctx, m))
  // `Interrogée à la sortie, Claire Dumas, lycéenne :`: a full name before a capitalised first word
  const named = candidates.find((m) => m.type === 'alias' || m.type === 'titled' || (m.type === 'name' && /\s/.test(m.name ?? m.text))) ??
    candidates.find((m) => m.type !== 'pronoun')
  const participle = mentionsIn(ctx.mentions, ctx.sentence.start, end).some((m) => participleOpening(ctx, m))
  return named ?? candidates.find((m) => m.type === 'pronoun') ?? (participle ? null : phraseSubject(ctx, end) ?? leadingPhrase(ctx, end))
}

/**
 * `Interrogé sur un éventuel vote, il…`, `Invité à conclure, l'accusé…`: a capitalised word opening the
 * sentence, right before a preposition, is a participle written with its capital, not a name.
 */
function participleOpening (ctx: SentenceContext, m: Mention): boolean {
  if (m.type !== 'name' || /\s/.test((m.name ?? m.text).trim()) || ctx.body.slice(ctx.sentence.start, m.start).trim() !== '') return false
  const next = tokenize(ctx.body, m.end, Math.min(ctx.sentence.end, m.end + 20))[0]
  return next !== undefined && ctx.lexicon.prepositions.has(next.folded)
}

/** `Un salarié, qui a requis l'anonymat : « … »`: a determiner-led phrase opening the sentence. */
function leadingPhrase (ctx: SentenceContext, end: number): Mention | null {
  const first = tokenize(ctx.body, ctx.sentence.start, end)[0]
  if (first === undefined || !ctx.lexicon.determiners.has(first.folded)) return null
  return subjectAfter(ctx.mentions, first.start, end)
}

/** Most words of a subject written as a bare noun (`Republicans in both chambers`). */
const PHRASE_SUBJECT_WORDS = 6

/** `Republicans disputed that estimate, saying…`: a plural subject written as a bare noun. */
function phraseSubject (ctx: SentenceContext, end: number): Mention | null {
  const words = tokenize(ctx.body, ctx.sentence.start, end)
  const first = words[0]
  if (first === undefined || !/^\p{Lu}/u.test(first.text) || ctx.lexicon.stopwords.has(first.folded) || ctx.lexicon.determiners.has(first.folded)) return null
  while (words.length > 1 && (ctx.lexicon.adverbs.has((words.at(-1) as Token).folded) || !/[\p{L}\p{N}]/u.test((words.at(-1) as Token).text))) words.pop()
  // (a subject, not a clause: `Depuis lundi, une banderole barre l'entrée`)
  if (words.length > PHRASE_SUBJECT_WORDS || words.some((t) => t.text === ',')) return null
  const last = words.at(-1) as Token
  const text = ctx.body.slice(first.start, last.end)
  // (`Britain's energy regulator said`: a place's possessive and common nouns are a description, no name)
  if (words.length > 1 && /['’]s$/u.test(first.text) && /^\p{Ll}/u.test(last.text)) return { start: first.start, end: last.end, text, type: 'phrase' }
  return { start: first.start, end: last.end, text, type: 'name', name: text }
}

/**
 * `…, analysts said`, `…, des témoins ont raconté`: a bare plural noun (one or two words, no function
 * word) between a comma and the verb.
 */
function bareAfterComma (ctx: SentenceContext, floor: number, verb: number): Mention | null {
  const comma = ctx.body.lastIndexOf(',', verb)
  if (comma < floor) return null
  const tokens = tokenize(ctx.body, comma + 1, verb)
  if (tokens.length === 0 || tokens.length > 2 || tokens.some((t) => !/^\p{Ll}/u.test(t.text) || ctx.lexicon.stopwords.has(t.folded) ||
    ctx.lexicon.pronounGender.has(t.folded) || ctx.lexicon.clitics.has(t.folded) || ctx.lexicon.conjunctions.has(t.folded) || ctx.lexicon.adverbs.has(t.folded) ||
    ctx.lexicon.relativePronouns.has(t.folded))) return null
  const [first, last] = [tokens[0] as Token, tokens.at(-1) as Token]
  return { start: first.start, end: last.end, text: ctx.body.slice(first.start, last.end), type: 'phrase' }
}

/** A lowercase noun right at `from`: no determiner, name, pronoun nor function word. */
function bareNounAt (ctx: SentenceContext, from: number): boolean {
  const first = tokenize(ctx.body, from, Math.min(ctx.sentence.end, from + 40))[0]
  const { lexicon } = ctx
  return first !== undefined && /^\p{Ll}/u.test(first.text) && !lexicon.determiners.has(first.folded) && !lexicon.stopwords.has(first.folded) &&
    !lexicon.pronounGender.has(first.folded) && !lexicon.prepositions.has(first.folded) && !lexicon.adverbs.has(first.folded) && !lexicon.timeWords.has(first.folded)
}

/** Most words of a source named without a determiner (`de sources diplomatiques`, `de source proche de la commission de discipline`). */
const BARE_SOURCE_WORDS = 7

/** `a-t-on appris de sources diplomatiques`: a bare plural noun as the source, up to punctuation or a preposition. */
function bareSource (ctx: SentenceContext, from: number, to: number): Mention | null {
  const tokens = tokenize(ctx.body, from, to)
  const taken: Token[] = []
  // its own complement goes on (`proche du dossier`, `proche de la commission`), not a place (`à Budapest`),
  // and so does a word's own preposition (`people familiar with the court's schedule`)
  const own = new Set(ctx.lexicon.data.phraseComplements ?? [])
  const links = (previous: Token | undefined, t: Token): boolean => previous !== undefined && (ctx.lexicon.genitives.has(t.folded) || own.has(`${previous.folded} ${t.folded}`))
  const linked = new Set<Token>()
  for (const [k, t] of tokens.entries()) {
    const complement = links(taken.at(-1), t) && /^[\p{L}\p{N}]/u.test(tokens[k + 1]?.text ?? '')
    if (complement) linked.add(t)
    if (!/^[\p{L}\p{N}]/u.test(t.text) || (!complement && !(taken.at(-1) !== undefined && (ctx.lexicon.genitives.has((taken.at(-1) as Token).folded) || linked.has(taken.at(-1) as Token))) &&
      (ctx.lexicon.prepositions.has(t.folded) || ctx.lexicon.stopwords.has(t.folded))) || taken.length === BARE_SOURCE_WORDS) break
    taken.push(t)
  }
  while (taken.length > 0 && (ctx.lexicon.genitives.has((taken.at(-1) as Token).folded) || linked.has(taken.at(-1) as Token) || ctx.lexicon.determiners.has((taken.at(-1) as Token).folded))) taken.pop()
  const [first, last] = [taken[0], taken.at(-1)]
  if (first === undefined || last === undefined) return null
  const text = ctx.body.slice(first.start, last.end)
  return { start: first.start, end: last.end, text, type: 'phrase' }
}

/** Most words before the verb for a sentence-initial bare subject (`Economists there said`). */
const BARE_SUBJECT_WORDS = 3

/** `Economists there said…`, `Republicans disputed…`: a capitalised bare noun opening the sentence, right before the verb. */
export function bareSubject (ctx: SentenceContext, verb: number): Mention | null {
  const words = tokenize(ctx.body, ctx.sentence.start, verb)
  return words.length > 0 && words.length <= BARE_SUBJECT_WORDS ? phraseSubject(ctx, verb) : null
}

/** Most mentions of the next sentence looked at for the person it introduces. */
const INTRODUCED_WITHIN = 3

/**
 * `« On a appris la nouvelle par un mail. » Sylvie Carpentier, opératrice de ligne, a encore du mal à
 * y croire`: a quotation opening a section with no attribution was said by the person the next
 * sentence of its paragraph introduces, a full name as its subject (opening it, or after a phrase and its comma)
 * followed by an apposition.
 */
export function introducedNext (ctx: MentionContext, quote: Span, next: Span): Mention | null {
  const { body } = ctx
  if (body.slice(quote.end, next.start).includes('\n')) return null
  const candidates = mentionsIn(ctx, next.start, next.end).filter((m) => m.type !== 'pronoun').slice(0, INTRODUCED_WITHIN)
  return candidates.find((m) => (m.type === 'alias' || m.type === 'titled' || /\s/.test(m.name ?? m.text)) && !isComplement(ctx, m) &&
    /(?:^|,)\s*$/.test(body.slice(next.start, m.start)) && /^\s*,/.test(body.slice(m.end, m.end + 2))) ?? null
}

/** The quoted words: inside the marks, without the comma that leads into the attribution. */
const contentOf = (ctx: SentenceContext, span: Span): Span => trimSpan(ctx.body, span, ',')

/** Fewer words than this in marks, with no speech verb near, is a term or a title, not a statement. */
const MIN_QUOTE_WORDS = 4
/** A subject written between a quote and its verb, with its apposition (`…," Maria Vargas, director of …, said`). */
const MAX_SUBJECT_WORDS = 16

/**
 * Statements from the sentence's quotations that are not part of an indirect clause. A quotation
 * standing as its own clause (sentence start, after `:` or an attribution) is `direct`; one woven
 * into the reporter's sentence is `partial`. Recall first: every sentence-like quotation is a
 * statement even with no speech verb near (its speaker is then whoever spoke last, at a low
 * confidence); a short one needs a speech cue, which tells scare quotes (`l'opération « Bouclier »`)
 * apart from reported words.
 */
export function quoteStatements (ctx: SentenceContext, within: (span: Span) => boolean): Draft[] {
  const drafts: Draft[] = []
  ctx.quotes.forEach((quote, i) => {
    if (within(quote)) return
    const split = splitAttribution(ctx, quote)
    if (split !== null) { drafts.push(...split); return }
    const floor = ctx.quotes[i - 1]?.end ?? ctx.sentence.start
    const ceiling = ctx.quotes[i + 1]?.start ?? ctx.sentence.end
    const before = ctx.body.slice(floor, quote.start).trim()
    const cueBefore = ctx.cues.filter((c) => c.start >= floor && c.end <= quote.start).at(-1)
    const cueAfter = ctx.cues.find((c) => c.start >= quote.end && c.end <= ceiling && words(ctx, quote.end, c.start) <= MAX_SUBJECT_WORDS)
    const span = contentOf(ctx, quote.content)
    if (named(ctx, floor, quote.start)) return
    // a quotation that is a whole sentence of its own (`"We need diapers."`) is sentence-like however short
    const alone = before === '' && ctx.body.slice(quote.end, ctx.sentence.end).trim().replace(/^[.!?…]+$/, '') === ''
    const sentenceLike = alone || words(ctx, span.start, span.end) >= MIN_QUOTE_WORDS
    const leadsIn = before === '' || /[:—–-]$/.test(before) || (/,$/.test(before) && cueBefore !== undefined)
    if (leadsIn) {
      const cue = /[:,]$/.test(before) && cueBefore !== undefined ? cueBefore : cueAfter ?? cueBefore ?? null
      // `Son coéquipier Yoram Moefana, lui, préfère rester prudent : « … »`: the clause's subject
      const subject = cue !== null ? null : /:$/.test(before) ? sentenceSubject(ctx, quote.start) : speakerAfter(ctx, quote, ceiling)
      // a short quotation is a statement only when someone is said to have said it
      if (cue === null && subject === null && !sentenceLike) return
      drafts.push({ span, kind: 'direct', cue, mention: cue === null ? subject : cueSubject(ctx, cue), confidence: cue === null ? (subject === null ? 0.5 : 0.7) : 0.9 })
      return
    }
    const source = sourceBefore(ctx, floor, quote.start, sentenceLike)
    if (source !== null) { drafts.push({ span, kind: sentenceLike && /,$/.test(before) ? 'direct' : 'partial', cue: null, mention: source, confidence: 0.75 }); return }
    const cue = ctx.cues.filter((c) => c.end <= quote.start).at(-1) ?? ctx.cues.find((c) => c.start >= quote.end)
    if (cue === undefined) {
      if (sentenceLike) drafts.push({ span, kind: 'partial', cue: null, mention: null, confidence: 0.4 })
      return
    }
    drafts.push({ span, kind: 'partial', cue, mention: cueSubject(ctx, cue), confidence: 0.75 })
  })
  return drafts
}

/**
 * `"…," Sen. Markwayne Mullin of Oklahoma shot back`, `« … », s'esclaffe Jean Dupont`: with a speech
 * verb the lexicon does not know, the person named right after the quote and its comma (at most one
 * word, the verb, in between).
 */
function speakerAfter (ctx: SentenceContext, quote: Quote, ceiling: number): Mention | null {
  const { body, lexicon } = ctx
  const comma = /,\s*$/.test(body.slice(quote.content.start, quote.content.end)) ? /^\s*/.exec(body.slice(quote.end, ceiling)) : /^\s*,\s*/.exec(body.slice(quote.end, ceiling))
  if (comma === null) return null
  let from = quote.end + comma[0].length
  const tokens = tokenize(body, from, ceiling)
  // `», s'esclaffe Jean Dupont`, `», balaie le ministre`: a verb (and its clitic), then the subject
  let k = 0
  while (k < tokens.length - 1 && lexicon.clitics.has((tokens[k] as Token).folded)) k++
  const verb = tokens[k]
  const functional = (t: Token): boolean => lexicon.determiners.has(t.folded) || lexicon.pronounGender.has(t.folded) || lexicon.prepositions.has(t.folded) ||
    lexicon.stopwords.has(t.folded) || lexicon.adverbs.has(t.folded) || lexicon.conjunctions.has(t.folded)
  if (verb !== undefined && /^\p{Ll}/u.test(verb.text) && !functional(verb)) {
    from = verb.end
    const subject = subjectAfter(ctx.mentions, from, ceiling)
    return subject !== null && subject.type !== 'pronoun' && tokenize(body, from, subject.start).length === 0 ? subject : null
  }
  // `"…," Sen. Markwayne Mullin of Oklahoma shot back`: the subject first, maybe after a title the name finder left out
  const next = mentionsIn(ctx.mentions, from, ceiling).find((m) => !isComplement(ctx.mentions, m))
  if (next === undefined || /[,;:!?]/.test(body.slice(from, next.start))) return null
  const between = tokenize(body, from, next.start).filter((t) => !lexicon.titleGender.has(t.folded) && !lexicon.roleWords.has(t.folded) &&
    !lexicon.determiners.has(t.folded) && t.text !== '.')
  return between.length === 0 ? next : null
}

/** `signs reading "No taxation without legislation."`, `le plan baptisé « Munitions d'abord »`: a name, not words said. */
function named (ctx: SentenceContext, floor: number, quoteStart: number): boolean {
  const lead = tokenize(ctx.body, floor, quoteStart)
  const last = lead.filter((t) => t.text !== ':').at(-1)
  if (last !== undefined && ctx.lexicon.namingWords.has(last.folded) && !ctx.cues.some((c) => c.end === last.end)) return true
  // `une banderole barre l'entrée : « … »`: what a sign says, with no speech verb before it, is no one's words
  const signs = (ctx.lexicon.data.signWords ?? []).map(foldSameLength)
  return lead.some((t) => signs.includes(t.folded)) && !ctx.cues.some((c) => c.start >= floor && c.end <= quoteStart)
}

/** `Pour le socialiste Boris Vallaud, « … »`: whose view the quotation gives, named right before it. */
function sourceBefore (ctx: SentenceContext, floor: number, quoteStart: number, sentenceLike: boolean): Mention | null {
  const lead = tokenize(ctx.body, floor, quoteStart)
  // `Mais pour son porte-parole, Julien Odoul, « … »`
  while (lead.length > 1 && ctx.lexicon.conjunctions.has((lead[0] as Token).folded)) lead.shift()
  const first = lead[0]
  if (first === undefined || !ctx.lexicon.sourcePrepositions.has(first.folded)) return null
  if (ctx.cues.some((c) => c.start >= floor && c.end <= quoteStart)) return null
  if (lead.at(-1)?.text === ',') return subjectAfter(ctx.mentions, first.end, quoteStart)
  // `Pour le syndicat SUD Santé, ces mesures sont « un pansement… »`: whose view the whole sentence gives
  const [comma, second] = lead.filter((t) => t.text === ',')
  // (a term in marks there is a name: `Pour la presse, l'opération « Bouclier vert » a réussi`)
  if (comma === undefined || floor !== ctx.sentence.start || !sentenceLike) return null
  // `Pour la cheffe des députés écologistes, Inès Bouvier, ce gouvernement…`: the name apposed to the role
  const between = second === undefined ? [] : tokenize(ctx.body, comma.end, second.start)
  const apposed = between.length > 0 && mentionsIn(ctx.mentions, comma.end, second?.start ?? comma.end)
    .some((m) => m.type !== 'pronoun' && m.start === between[0]?.start && m.end === between.at(-1)?.end)
  return subjectAfter(ctx.mentions, first.end, apposed && second !== undefined ? second.start : comma.start)
}

/**
 * Most words of an attribution inside a quotation, up to its full stop: a role, the name and where it
 * was said (`a déclaré le porte-parole du ministère chinois des Affaires étrangères, Wang Liqun, lors
 * de son point de presse quotidien`).
 */
const MAX_ATTRIBUTION_WORDS = 24

/**
 * `« Nous voulons la paix, a-t-il dit, mais pas à tout prix »`, `« A, a martelé Me Roux. B »`: the
 * pieces around the attribution, without it. The attribution runs from the cue to a comma when a
 * lowercase continuation follows it closely, else to the end of its sentence.
 */
function splitAttribution (ctx: SentenceContext, quote: Quote): Draft[] | null {
  for (const cue of ctx.quotedCues) {
    if (cue.start < quote.content.start || cue.end > quote.content.end || cue.form !== 'finite') continue
    const lead = /[,?!]\s*$/.exec(ctx.body.slice(quote.content.start, cue.start))
    if (lead === null) continue
    const rest = ctx.body.slice(cue.end, quote.content.end)
    const comma = /,\s*(?=\p{Ll})/u.exec(rest)
    // (or the quotation's own end, when it goes on in the next paragraph: `« A, a-t-il reconnu. ¶ « B »`)
    const stop = /[.!?](?=\s+\S|\s*$)/.exec(rest)
    let close: number
    let resume: number
    // (`, présidente du groupe, depuis la tribune. B`: after the comma, the attribution goes on to its full stop)
    const next = comma === null ? undefined : tokenize(ctx.body, cue.end + comma.index + 1, quote.content.end)[0]
    const attributionGoesOn = next !== undefined && stop !== null && (ctx.lexicon.roleWords.has(next.folded) || ctx.lexicon.roleGender.has(next.folded) ||
      ctx.lexicon.determiners.has(next.folded) || ctx.lexicon.prepositions.has(next.folded) || ctx.lexicon.relativePronouns.has(next.folded))
    if (comma !== null && !attributionGoesOn && words(ctx, cue.end, cue.end + comma.index) <= 4 && (stop === null || comma.index < stop.index)) {
      close = cue.end + comma.index
      resume = close + 1
    } else if (stop !== null && words(ctx, cue.end, cue.end + stop.index) <= MAX_ATTRIBUTION_WORDS) {
      close = cue.end + stop.index
      resume = close + 1
    } else continue
    const mention = cue.pronoun !== undefined ? pronounMention(ctx, cue.pronoun) : subjectAfter(ctx.mentions, cue.end, close)
    if (cue.guessed === true && mention === null) continue
    const first = trimSpan(ctx.body, { start: quote.content.start, end: quote.content.start + lead.index + (/[?!]/.test(lead[0]) ? 1 : 0) })
    const second = contentOf(ctx, { start: resume, end: quote.content.end })
    return [first, second].filter((s) => s.end > s.start)
      .map((span) => ({ span, kind: 'direct' as const, cue, mention, confidence: mention === null ? 0.6 : 0.9 }))
  }
  return null
}
