import { derived, type Gender, type Lexicon } from './lexicon.js'
import { alternation, firstFrom, foldSameLength, isUpper, spanOf } from './text.js'
import type { TextSpan } from './types.js'

/**
 * A way of naming someone: a known alias (`le président russe`), a titled name (`M. Kim`), a
 * capitalised name (`Kim Jong Un`), a noun phrase (`le ministère du Travail`) or a pronoun.
 */
export interface Mention extends TextSpan {
  type: 'alias' | 'titled' | 'name' | 'phrase' | 'pronoun'
  participantId?: string
  /** The name without title or leading role words (`Laura Reyes` in `Fed Chair Laura Reyes`). */
  name?: string
  gender?: Gender | 'plural'
  /** The circle of whoever a possessive stands for (`indique-t-on dans son entourage`), not them. */
  circle?: boolean
}

export interface MentionContext {
  body: string
  lexicon: Lexicon
  /** Alias matches over the whole body, in text order. */
  aliases: readonly Mention[]
}

export interface Token extends TextSpan { folded: string }

// (`6,000`, `6,5`: a number's separator is no comma between clauses)
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|(?:qu|[ldjmnstc])['’](?=\p{L})|[\p{L}\p{N}][\p{L}\p{N}\p{M}-]*(?:['’]\p{L}[\p{L}\p{M}-]*)*\.?|[^\s\p{L}\p{N}]/giu
const CAP = "\\p{Lu}[\\p{L}\\p{M}]*(?:['’-]\\p{L}[\\p{L}\\p{M}]*)*"

/**
 * Texts tokenized lately: every finder asks for ranges of the same few articles, and the resolver
 * for the words of the same names again and again. Names have a cache of their own, so that
 * hundreds of them never push the article out.
 */
const articleTokens = new Map<string, Token[]>()
const ARTICLE_CACHE_SIZE = 16
const nameTokens = new Map<string, Token[]>()
const NAME_CACHE_SIZE = 2048
const LONGEST_NAME = 256

function tokensOf (text: string): Token[] {
  const cache = text.length >= LONGEST_NAME ? articleTokens : nameTokens
  let tokens = cache.get(text)
  if (tokens !== undefined) return tokens
  tokens = []
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0]
    // keep the dot of `M.` but not the full stop after a word
    if (word.length > 2 && word.endsWith('.')) word = word.slice(0, -1)
    tokens.push({ start: match.index, end: match.index + word.length, text: word, folded: foldSameLength(word) })
  }
  if (cache.size >= (cache === articleTokens ? ARTICLE_CACHE_SIZE : NAME_CACHE_SIZE)) cache.delete(cache.keys().next().value as string)
  cache.set(text, tokens)
  return tokens
}

/** The tokens of `body` that lie within [from, to), from one tokenization of the whole text. */
export function tokenize (body: string, from: number, to: number): Token[] {
  const tokens = tokensOf(body)
  const low = firstFrom(tokens, from)
  let end = low
  while (end < tokens.length && (tokens[end] as Token).end <= to) end++
  return tokens.slice(low, end)
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && /[\p{L}\p{N}]/u.test(t.text)

/** `R-Ohio`, `D-N.Y.`, `R-Eau Claire`: a party's letter and a state, set off after a name; no one's name. */
const affiliationPattern = derived((lexicon) => {
  const tags = lexicon.data.affiliationTags ?? []
  return tags.length === 0 ? null : new RegExp(`^(?:${alternation(tags)})-\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}(?=\\s*(?:[,;:)]|\\.?$))`, 'u')
})

/** The length of the party-and-state tag `text` opens with, 0 if none. */
function affiliationLength (lexicon: Lexicon, text: string): number {
  return affiliationPattern(lexicon)?.exec(text)?.[0].length ?? 0
}

/** Whether `text` is a party-and-state tag and nothing else. */
export const isAffiliation = (lexicon: Lexicon, text: string): boolean => {
  const trimmed = text.trim()
  return trimmed.length > 0 && affiliationLength(lexicon, trimmed) >= trimmed.replace(/\.$/, '').length
}

/**
 * `Marks & Spencer`, `Hallam & Rowe`: an ampersand between capitalised words joins one name;
 * `Korean Metal Workers' Union`: so does a plural's possessive mark glued to one, before a body's
 * word (not `Liberal Democrats' Tom Ashworth`).
 */
function joinsName (body: string, previous: Token, t: Token, next: Token | undefined, lexicon: Lexicon): boolean {
  if (next === undefined || !isUpper(previous.text[0]) || !isUpper(next.text[0]) || body.slice(t.end, next.start) !== ' ') return false
  const ampersand = t.text === '&' && body.slice(previous.end, t.start) === ' '
  const possessive = /^['’]$/.test(t.text) && previous.end === t.start && previous.text.endsWith('s') && lexicon.organizationWords.has(next.folded)
  return ampersand || possessive
}

/** Capitalised names (particles allowed inside), trimmed of leading role words and function words. */
function names (ctx: MentionContext, from: number, to: number): Mention[] {
  const { body, lexicon } = ctx
  const mentions: Mention[] = []
  const tokens = tokenize(body, from, to)
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]
    if (!isWord(first) || !isUpper(first.text[0])) { i++; continue }
    const tag = affiliationLength(lexicon, body.slice(first.start, first.start + 40))
    if (tag > 0) {
      while (i < tokens.length && (tokens[i] as Token).start < first.start + tag) i++
      continue
    }
    let j = i + 1
    let end = i
    while (j < tokens.length) {
      const t = tokens[j] as Token
      const previous = tokens[j - 1] as Token
      if (joinsName(body, previous, t, tokens[j + 1], lexicon)) { j++; continue }
      // (a name never runs over a line: `Titre\n\nLa France`)
      if (!isWord(t) || /\S|\n/.test(body.slice(previous.end, t.start))) break
      // `le réseau social X. Le texte`: a sentence ends there, `J. Smith` goes on
      if (previous.text.endsWith('.') && (lexicon.determiners.has(t.folded) || lexicon.stopwords.has(t.folded))) break
      // `U.S. Chamber of Commerce`, `Office of Management`: an organization's name goes on after `of`
      // (`Office for Budget Responsibility`: and after the lexicon's other connectors)
      // (`International Committee of the Red Cross`: past a determiner too)
      // (not an elided one: `Conseil de l'UE` is a body and where it sits)
      const determined = lexicon.determiners.has(tokens[j + 1]?.folded ?? '') && !/['’]$/u.test(tokens[j + 1]?.text ?? '') && isUpper(tokens[j + 2]?.text[0])
      const organizationOf = (lexicon.genitives.has(t.folded) || (lexicon.data.organizationConnectors ?? []).includes(t.folded)) &&
        lexicon.organizationWords.has((tokens[j - 1] as Token).folded) && (isUpper(tokens[j + 1]?.text[0]) || determined)
      if (isUpper(t.text[0]) || gluedParticle(lexicon, t)) end = j
      else if (!organizationOf && !lexicon.particles.has(t.folded)) break
      if (organizationOf && !isUpper(tokens[j + 1]?.text[0])) j++
      j++
    }
    // (`NEW YORK (AP) —`, `JEDDAH, Saudi Arabia —`: a dateline names a place, no one who speaks)
    if (isDateline(body, first.start, (tokens[end] as Token).end)) { i = end + 1; continue }
    // leading function words (`Le`, `Selon`, `When`) are no part of a name; neither is a title before it
    // (`Fed Chair Laura Reyes`), though `Un` ending `Kim Jong Un` is
    let startIndex = i
    const functional = (t: Token): boolean => lexicon.stopwords.has(t.folded) || lexicon.determiners.has(t.folded) ||
      lexicon.prepositions.has(t.folded) || lexicon.pronounGender.has(t.folded) || lexicon.titleGender.has(t.folded) || lexicon.timeWords.has(t.folded) ||
      (lexicon.data.subordinators ?? []).includes(t.folded)
    while (startIndex <= end && functional(tokens[startIndex] as Token)) startIndex++
    for (let k = startIndex; k <= end; k++) if (lexicon.roleWords.has((tokens[k] as Token).folded)) startIndex = k + 1
    // `À Londres Keir Starmer a estimé`: after a place's preposition written with no comma, three
    // capitalised words or more are the place, then the person
    const after = startIndex > i ? tokens[startIndex - 1] : tokens[i - 1]
    if (after !== undefined && end - startIndex >= 2 && tokens.slice(startIndex, end + 1).every((t) => isUpper(t.text[0])) &&
      (lexicon.placePrepositions.has(after.folded) || gluedToRole(ctx, tokens, startIndex) || isAcronym(tokens[startIndex] as Token))) {
      mentions.push({ ...spanOf(body, (tokens[startIndex] as Token).start, (tokens[startIndex] as Token).end), type: 'name', name: (tokens[startIndex] as Token).text })
      startIndex++
    }
    // (a lone capital is an initial or a letter, `le réseau X`, never someone's name; nor is an elided one, `C'est`)
    if (startIndex <= end && !(startIndex === end && /^\p{Lu}['’]?$/u.test((tokens[end] as Token).text))) {
      const s = (tokens[startIndex] as Token).start
      // `Josh Shapiro's campaign`: the name is the person's, without the possessive
      const e = (tokens[end] as Token).end - (/['’]s$/.test((tokens[end] as Token).text) ? 2 : 0)
      mentions.push({ ...spanOf(body, s, e), type: 'name', name: body.slice(s, e) })
    }
    i = Math.max(end, i) + 1
  }
  return mentions
}

/** A place in capitals, maybe a region after a comma and an agency in brackets, then a dash. */
const DATELINE_TAIL = /^(?:,[^\n—–(]{1,40})?\s*(?:\([^)\n]{1,30}\))?\s*(?:--|[—–-])\s/u

/** Whether the capitalised words from `start` to `end` open their line as a dateline (`NEW YORK (AP) —`). */
function isDateline (body: string, start: number, end: number): boolean {
  const line = body.lastIndexOf('\n', start - 1) + 1
  const words = body.slice(start, end)
  // (the agency in brackets after the place: `BRUSSELS (AP) —`)
  if (DATELINE_AGENCY_BEFORE.test(body.slice(line, start)) && /^\)\s*(?:--|[—–-])\s/u.test(body.slice(end, end + 5))) return true
  return body.slice(line, start).trim() === '' && /\p{Lu}{3}/u.test(words) && words === words.toUpperCase() && DATELINE_TAIL.test(body.slice(end, end + 60))
}

/** A dateline's place up to the bracket that opens its agency (`BRUSSELS (`, `JEDDAH, Saudi Arabia (`). */
const DATELINE_AGENCY_BEFORE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*(?:,[^\n—–(]{1,40})?\s*\($/u

/** `al-Khelaïfi`, `ben-Gvir`: a particle glued to a capitalised name by a hyphen goes on with the name. */
function gluedParticle (lexicon: Lexicon, t: Token): boolean {
  const hyphen = t.text.indexOf('-')
  return hyphen > 0 && lexicon.particles.has(t.folded.slice(0, hyphen)) && isUpper(t.text[hyphen + 1])
}

/** `LR`, `FNSEA`: an acronym before a name is a party or a body (`le député LR Éric Ciotti`), not a first name. */
const isAcronym = (t: Token): boolean => /^\p{Lu}{2,}$/u.test(t.text)

/**
 * `la maire de Bordeaux Claire Vasseur`, `le ministre taïwanais de la Défense Wellington Koo`: a role's
 * complement written with no comma before the name; its first capitalised word is the place.
 */
function gluedToRole (ctx: MentionContext, tokens: readonly Token[], index: number): boolean {
  const { lexicon } = ctx
  let k = index - 1
  if (tokens[k] !== undefined && lexicon.determiners.has((tokens[k] as Token).folded)) k--
  const genitive = tokens[k]
  // (`la secrétaire d'État à l'Environnement Anna Whitfield`: or the place preposition of a post's domain)
  if (genitive === undefined || !(lexicon.genitives.has(genitive.folded) || lexicon.placePrepositions.has(genitive.folded))) return false
  const before = tokenize(ctx.body, Math.max(0, genitive.start - 40), genitive.start).slice(-3)
  return before.some((t) => lexicon.roleWords.has(t.folded))
}

/** `M. Kim`, `Mr van Dijk`: case-sensitive, so `M. Poutine à la presse` stops at `Poutine`. */
const titledPattern = derived((lexicon) => {
  const particles = [...lexicon.particles].join('|')
  return new RegExp(`(${lexicon.titles.source})\\s+((?:(?:${particles})\\s+)*${CAP}(?:\\s+(?:(?:${particles})\\s+)*${CAP}){0,2})`, 'gu')
})

function titled (ctx: MentionContext, from: number, to: number): Mention[] {
  const { body, lexicon } = ctx
  const pattern = titledPattern(lexicon)
  const found: Mention[] = []
  for (const match of body.slice(from, to).matchAll(pattern)) {
    const start = from + match.index
    const mention: Mention = { ...spanOf(body, start, start + match[0].length), type: 'titled', name: match[2] as string }
    const gender = lexicon.titleGender.get(foldSameLength(match[1] as string))
    if (gender !== undefined) mention.gender = gender
    found.push(mention)
  }
  return found
}

function pronouns (ctx: MentionContext, from: number, to: number): Mention[] {
  return tokenize(ctx.body, from, to).flatMap((t) => {
    const gender = ctx.lexicon.pronounGender.get(t.folded)
    return gender === undefined ? [] : [{ ...spanOf(ctx.body, t.start, t.end), type: 'pronoun' as const, gender }]
  })
}

/** Mentions within [from, to), the more specific kind winning where two overlap. */
export function mentionsIn (ctx: MentionContext, from: number, to: number): Mention[] {
  const ranked = [
    ...ctx.aliases.filter((m) => m.start >= from && m.end <= to),
    ...titled(ctx, from, to),
    ...names(ctx, from, to),
    ...pronouns(ctx, from, to)
  ]
  // kept in text order and never overlapping, so only the neighbours of the insertion point can overlap
  const kept: Mention[] = []
  for (const m of ranked) {
    const low = firstFrom(kept, m.start)
    const [previous, next] = [kept[low - 1], kept[low]]
    if ((previous !== undefined && previous.end > m.start) || (next !== undefined && next.start < m.end)) continue
    kept.splice(low, 0, m)
  }
  return kept
}

/** Most words of a noun phrase, unless a caller asks for more. */
const PHRASE_WORDS = 7

/** A determiner-led noun phrase from `start`, up to punctuation, a non-`de` preposition or `limit` words. */
/** Whether a relay marker (`cité par`, `joint par`) starts at `at`: where a phrase ends. */
function relayAt (lexicon: Lexicon, body: string, at: number): boolean {
  lexicon.relay.lastIndex = 0
  const found = lexicon.relay.exec(body.slice(at, at + 20))
  lexicon.relay.lastIndex = 0
  return found?.index === 0
}

/** `The department did not respond`: an auxiliary, a modal or a negation is a verb's, where a noun phrase ends. */
export const verbalWords = derived((lexicon) => new Set([...lexicon.auxiliaries, ...(lexicon.data.modals ?? []), ...(lexicon.data.negations ?? []),
  ...(lexicon.data.passiveAuxiliaries ?? [])].map(foldSameLength)))

export function phraseFrom (ctx: MentionContext, start: number, to: number, limit = PHRASE_WORDS): Mention | null {
  const { body, lexicon } = ctx
  const tokens = tokenize(body, start, to)
  const first = tokens[0]
  if (first === undefined || !lexicon.determiners.has(first.folded)) return null
  // (`où l'on assure que`: an elided determiner before a subject pronoun is euphony, no noun phrase)
  const second = tokens[1]
  if (second !== undefined && lexicon.data.invertedSubjects.includes(second.folded) && !/\s/.test(body.slice(first.end, second.start))) {
    const gender = lexicon.pronounGender.get(second.folded)
    return { ...spanOf(body, first.start, second.end), type: 'pronoun', ...(gender === undefined ? {} : { gender }) }
  }
  let end = first.end
  const complements = new Set(lexicon.data.phraseComplements ?? [])
  for (const [k, t] of tokens.slice(1, limit).entries()) {
    if (verbalWords(lexicon).has(t.folded)) break
    // (`a person familiar with the talks`, `an aide to the speaker`: a word and its own preposition go on with the phrase)
    const ownPreposition = complements.has(`${(tokens[k] as Token).folded} ${t.folded}`)
    // (`The president himself addressed …`: an adverb or a reflexive ends the phrase)
    if (!isWord(t) || lexicon.adverbs.has(t.folded) || ((lexicon.prepositions.has(t.folded) && !lexicon.genitives.has(t.folded) && !ownPreposition) ||
      relayAt(lexicon, body, t.start) || lexicon.complementizer.test(' ' + t.text) || lexicon.relativePronouns.has(t.folded))) break
    end = t.end
  }
  if (end === first.end) return null
  const mention: Mention = { ...spanOf(body, first.start, end), type: 'phrase' }
  // `l'élue écologiste`: the role tells the gender the elided determiner does not
  const gender = lexicon.determinerGender.get(first.folded) ?? roleGenderOf(lexicon, tokens.filter((t) => t.end <= end))
  if (gender !== undefined) mention.gender = gender
  return mention
}

/** The gender of the first gendered role noun among `tokens` (`avocate`, `spokesman`). */
export function roleGenderOf (lexicon: Lexicon, tokens: readonly Token[]): Gender | undefined {
  for (const t of tokens) {
    const gender = lexicon.roleGender.get(t.folded)
    if (gender !== undefined) return gender
  }
  return undefined
}

const APPOSITION_START = (ctx: MentionContext, t: Token | undefined): boolean =>
  t !== undefined && isWord(t) && !isUpper(t.text[0]) && !ctx.lexicon.determiners.has(t.folded) && !ctx.lexicon.pronounGender.has(t.folded)

/**
 * A name inside a complement (`le ministre de la Défense`, `Henry Cuellar of Texas`, `à Saint-Omer`):
 * a preposition, maybe with a determiner, right before it. It names a place or a thing, never the
 * subject.
 */
export function isComplement (ctx: MentionContext, mention: { start: number, end: number }): boolean {
  const { lexicon } = ctx
  // up to the mention's end, so that an elided `d'` keeps the letter after it
  const before = tokenize(ctx.body, Math.max(0, mention.start - 40), mention.end).filter((t) => t.end <= mention.start)
  // `an appointee of President Barack Obama`: a role written before the name is part of the complement
  while (before.length > 1 && lexicon.roleWords.has((before.at(-1) as Token).folded) && isUpper((before.at(-1) as Token).text[0]) &&
    !/\S/.test(ctx.body.slice((before.at(-2) as Token).end, (before.at(-1) as Token).start))) before.pop()
  const preposition = (t: Token | undefined): boolean => t !== undefined && lexicon.prepositions.has(t.folded) && !lexicon.sourcePrepositions.has(t.folded)
  const last = before.at(-1)
  // `des` is both: a preposition first
  return preposition(last) || (last !== undefined && lexicon.determiners.has(last.folded) && preposition(before.at(-2)))
}

/**
 * The subject written before a cue (`Le président russe a qualifié`, `Weber, for his part, said`),
 * skipping appositions and clitics. `inherit` when the verb is coordinated (`… and said`).
 */
export function subjectBefore (ctx: MentionContext, floor: number, cueStart: number): Mention | 'inherit' | null {
  const { body, lexicon } = ctx
  let end = cueStart
  let skipped = false
  // (a parenthesis dropped right before a comma leaves the comma: `Karim Bensalem, conseiller municipal (PS), estime`)
  let droppedBeforeComma = false
  for (let guard = 0; guard < 6; guard++) {
    let tokens = tokenize(body, floor, end)
    while (tokens.length > 0 && isWord(tokens.at(-1)) && (lexicon.clitics.has((tokens.at(-1) as Token).folded) || lexicon.adverbs.has((tokens.at(-1) as Token).folded))) tokens = tokens.slice(0, -1)
    const last = tokens.at(-1)
    if (last === undefined) return null
    // `Rep. Jim Hale (D-N.Y.) said`: a parenthesis between the subject and its verb is dropped
    // (`Nathalie Bréchard (divers gauche), a réclamé`: also with the comma after it)
    const closing = last.text === ')' || (last.text === ',' && tokens.at(-2)?.text === ')')
    const opening = closing ? tokens.findLastIndex((t) => t.text === '(') : -1
    if (opening > 0) { end = (tokens[opening] as Token).start; droppedBeforeComma = last.text === ','; continue }
    if (lexicon.conjunctions.has(last.folded)) return 'inherit'
    if (lexicon.relativePronouns.has(last.folded)) return antecedent(ctx, floor, last.start)
    let segmentEnd = last.end
    const comma = last.text === ',' || droppedBeforeComma
    droppedBeforeComma = false
    if (last.text === ',') { tokens = tokens.slice(0, -1); segmentEnd = last.start }
    let s = tokens.length
    while (s > 0 && !/^[,;:()«»"“”‘’„—–]$/.test((tokens[s - 1] as Token).text)) s--
    const segment = tokens.slice(s)
    const segmentStart = segment[0]?.start ?? segmentEnd
    // `Rep. Dale Pruitt, R-Texas, said`: the tag is dropped like any apposition
    if (tokens[s - 1]?.text === ',' && isAffiliation(lexicon, body.slice(segmentStart, segmentEnd))) {
      end = tokens[s - 1]?.start ?? floor
      continue
    }
    // (`a day after Trump said`: a name a clause-opening preposition introduces, right before the verb, is its subject)
    const clauseSubject = (m: Mention): boolean => m.end === segmentEnd &&
      (lexicon.data.clausePrepositions ?? []).includes(tokenize(body, Math.max(0, m.start - 20), m.start).at(-1)?.folded ?? '')
    const mentions = mentionsIn(ctx, segmentStart, segmentEnd).filter((m) => !isComplement(ctx, m) || clauseSubject(m))
    if (comma) {
      // a dropped apposition (`, for his part,`, `Joe Nguyen, a Democrat from White Center, said`)
      // or a clause (`Les discussions reprendront…, a indiqué`)
      const first = segment[0]
      // `Le commandant des pompiers, le colonel Marc Huet, a détaillé`: the apposition names the subject
      const apposed = namedApposition(ctx, mentions, segment, segmentEnd)
      if (apposed !== null) return apposed
      if (APPOSITION_START(ctx, first) || (first !== undefined && ctx.lexicon.determiners.has(first.folded) && tokens[s - 1]?.text === ',')) {
        end = tokens[s - 1]?.start ?? floor
        skipped = true
        continue
      }
      // `…, Dmitri Peskov, a jugé` names the subject; a clause before the comma does not (`Les
      // États-Unis restaient ouverts au dialogue, a rappelé …`): the subject comes after the verb
      const named = mentions.at(-1)
      if (named === undefined || named.start !== segmentStart || tokenize(body, named.end, segmentEnd).length > 0) return null
    }
    const chosen = mentions.at(-1)
    // the subject ends right before the verb (`A senior US official` is not `US`), or before a
    // complement of its own (`Rep. Henry Cuellar of Texas`)
    const between = tokenize(body, chosen?.end ?? segmentEnd, segmentEnd)
    // or its own (`Josh Shapiro's campaign`): the person it belongs to speaks through it
    const possessive = /^['’]s\s+[\p{L}-]+$/u.exec(body.slice(chosen?.end ?? segmentEnd, segmentEnd).trim())
    // (but `Sen. Thornbury's office`, `Imhoff's campaign` are bodies of their own, speaking for the person)
    if (chosen !== undefined && possessive !== null && lexicon.organizationWords.has(between.at(-1)?.folded ?? '')) {
      return { ...spanOf(body, chosen.start, segmentEnd), type: 'phrase' }
    }
    // (`Britain's Treasury chief insisted`: a role a possessive name qualifies is the subject, the role's holder)
    if (chosen !== undefined && /['’]s\s/.test(body.slice(chosen.start, segmentEnd)) && between.length > 0 && between.length <= 2 &&
      between.every((t) => /^\p{Ll}/u.test(t.text)) && lexicon.roleWords.has((between.at(-1) as Token).folded)) {
      return { ...spanOf(body, chosen.start, segmentEnd), type: 'phrase' }
    }
    if (chosen !== undefined && !affiliationOfRole(ctx, chosen) && (between.length === 0 || possessive !== null || lexicon.prepositions.has(between[0]?.folded ?? ''))) return chosen
    // `… a report that the president had privately told`: the phrase a complementizer or a
    // conjunction opens right before the verb is its subject
    for (let k = segment.length - 1; k > 0 && k >= segment.length - PHRASE_WORDS; k--) {
      const [opener, determiner] = [segment[k - 1] as Token, segment[k] as Token]
      if (!lexicon.determiners.has(determiner.folded) || !(lexicon.complementizer.test(' ' + opener.text) || lexicon.conjunctions.has(opener.folded))) continue
      // (`le ministre de l'Europe et des Affaires étrangères`: a second complement of the same role, not a subject of its own)
      if (lexicon.conjunctions.has(opener.folded) && lexicon.genitives.has(determiner.folded) && segment.slice(0, k - 1).some((t) => lexicon.genitives.has(t.folded))) continue
      const phrase = phraseFrom(ctx, determiner.start, segmentEnd)
      if (phrase !== null && phrase.end === (segment.at(-1) as Token).end) return phrase
    }
    // (`Le ministre de l'Europe et des Affaires étrangères a évoqué`: a role with two complements runs longer)
    const whole = segment.length <= SUBJECT_PHRASE_WORDS ? phraseFrom(ctx, segmentStart, segmentEnd, SUBJECT_PHRASE_WORDS) : null
    if (whole !== null && whole.end === segmentEnd) return whole
    if (segment.length > 0 && segment.length <= 8) {
      const phrase = phraseFrom(ctx, segmentStart, segmentEnd, 9)
      if (phrase !== null) return phrase
      // (`tandis que le président argentin a dénoncé`, `dans lequel les médecins alertaient`: the subject of
      // the clause a conjunction or a relative opens, a phrase up to the verb that is no complement)
      // (not `où l'on assure`: a subject pronoun after an elided article)
      const opened = segment.find((t, k) => k > 0 && lexicon.determiners.has(t.folded) && !lexicon.prepositions.has((segment[k - 1] as Token).folded) &&
        !lexicon.data.invertedSubjects.includes(segment[k + 1]?.folded ?? '') && phraseFrom(ctx, t.start, segmentEnd, 9)?.end === segmentEnd)
      if (opened !== undefined) return phraseFrom(ctx, opened.start, segmentEnd, 9)
      if (!skipped || segment.length > BARE_SUBJECT_WORDS || s > 0 || !segment.every(isWord)) return null
      // `Border officials, for their part, say`: a bare noun opening the sentence, before an apposition
      return { ...spanOf(body, segmentStart, segmentEnd), type: 'phrase' }
    }
    return null
  }
  return null
}

/** `le délégué CGT a promis`: an acronym right after a role noun is who the role works for; the role phrase is the subject. */
function affiliationOfRole (ctx: MentionContext, m: Mention): boolean {
  const [only, ...rest] = tokenize(ctx.body, m.start, m.end)
  const before = tokenize(ctx.body, Math.max(0, m.start - 40), m.start).at(-1)
  return only !== undefined && rest.length === 0 && isAcronym(only) && before !== undefined && ctx.lexicon.roleWords.has(before.folded)
}

/** Most words of a determiner-led subject that runs right up to its verb. */
const SUBJECT_PHRASE_WORDS = 12

/** Most words of a subject with no determiner (`Border officials`) before an apposition and the verb. */
const BARE_SUBJECT_WORDS = 3

/** Lowercase words between a determiner and the name it introduces (`le colonel`, `la secrétaire générale`). */
const MAX_ROLE_WORDS = 4

/**
 * `le colonel Marc Huet`, `U.S. District Judge Sidney Stein`: an apposition that is a role followed by a
 * name, the name spanning the role (learnt with it). A clause (`the Maine Republican who chairs the
 * Appropriations Committee`) is not one.
 */
function namedApposition (ctx: MentionContext, mentions: readonly Mention[], segment: readonly Token[], segmentEnd: number): Mention | null {
  const named = mentions.at(-1)
  const first = segment[0]
  if (named === undefined || first === undefined || named.type === 'pronoun' || named.end !== segmentEnd) return null
  const { lexicon } = ctx
  // `Sen. Susan Collins, a Maine Republican, said`: an indefinite apposition describes the subject, it names no one
  if ((lexicon.data.indefiniteDeterminers ?? []).some((d) => foldSameLength(d) === first.folded)) return null
  const role = segment.filter((t) => t.end <= named.start && t.text !== '.' && !lexicon.determiners.has(t.folded))
  if (named.start === first.start || role.length > MAX_ROLE_WORDS || role.some((t) => !isWord(t) || lexicon.prepositions.has(t.folded) ||
    lexicon.relativePronouns.has(t.folded) || lexicon.conjunctions.has(t.folded) || lexicon.stopwords.has(t.folded))) return null
  // (`Sen. Angela Ruiz, the committee's top Democrat, said`: one capitalised word after no role is a description, not a name;
  // after a body's noun, `la société bordelaise Restaugir`, it names the body)
  if (named.type === 'name' && !/\s/.test(named.name ?? named.text) && !role.some((t) => lexicon.roleWords.has(t.folded) || lexicon.organizationWords.has(t.folded))) return null
  return { ...named, ...spanOf(ctx.body, first.start, named.end), name: named.name ?? named.text }
}

/**
 * `…, estime ce spécialiste de la région, qui juge que…`, `Mark Ellison, who…, said`: the name or
 * the determiner-led phrase right before the relative pronoun (and its comma).
 */
function antecedent (ctx: MentionContext, floor: number, relative: number): Mention | null {
  const { body, lexicon } = ctx
  let tokens = tokenize(body, floor, relative)
  if (tokens.at(-1)?.text === ',') tokens = tokens.slice(0, -1)
  // (`the Rapid Support Forces (RSF), which…`: the name before its bracketed acronym)
  const bracket = tokens.findLastIndex((t) => t.text === '(')
  if (tokens.at(-1)?.text === ')' && bracket > 0) tokens = tokens.slice(0, bracket)
  const opening = (): number => {
    let k = tokens.length
    while (k > 0 && !/^[,;:()«»"“”‘’„]$/.test((tokens[k - 1] as Token).text)) k--
    return k
  }
  let s = opening()
  // `Hollister, R-Ohio, who`: the name before the party-and-state tag
  if (s > 0 && s < tokens.length && isAffiliation(lexicon, body.slice((tokens[s] as Token).start, (tokens.at(-1) as Token).end))) {
    tokens = tokens.slice(0, s - 1)
    s = opening()
  }
  const last = tokens.at(-1)
  // (a clause ending on punctuation has no word left to refer back to)
  if (last === undefined || s >= tokens.length) return null
  const named = mentionsIn(ctx, (tokens[s] as Token).start, last.end).filter((m) => m.type !== 'pronoun' && !isComplement(ctx, m)).at(-1)
  if (named !== undefined && named.end === last.end) return named
  for (let k = tokens.length - 1; k >= s; k--) {
    const t = tokens[k] as Token
    if (!lexicon.determiners.has(t.folded) || isComplement(ctx, t)) continue
    const phrase = phraseFrom(ctx, t.start, last.end, 12)
    if (phrase !== null) return phrase
  }
  return named ?? null
}

/** Most words of a complement between a role and its apposed name (`pour le commerce`). */
const ROLE_COMPLEMENT_WORDS = 3

/** Most lowercase words of a role between an employer's name and the person (`Lind deputy press secretary Carla Dunn`). */
const MAX_GLUED_ROLE_WORDS = 3

/**
 * `said Lind spokesperson Carla Dunn`: a name, then a role with no punctuation, then a person's name:
 * the name before the role is who they work for, the person after it is the subject.
 */
function heldBy (ctx: MentionContext, named: Mention, mentions: readonly Mention[]): Mention | null {
  const next = mentions.find((m) => m.start > named.end)
  if (next === undefined || next.type === 'pronoun' || /[^\p{L}\s'’-]/u.test(ctx.body.slice(named.end, next.start))) return null
  const role = tokenize(ctx.body, named.end, next.start)
  if (role.length === 0 || role.length > MAX_GLUED_ROLE_WORDS || !role.every((t) => /^\p{Ll}/u.test(t.text)) || !ctx.lexicon.roleWords.has((role.at(-1) as Token).folded)) return null
  return { ...next, ...spanOf(ctx.body, named.start, next.end), name: next.name ?? next.text }
}

/**
 * `le locataire de la place Beauvau`, `the mayor of the town of Paradise`: one capitalised word after a
 * common noun that a determiner or a genitive introduces names the place, not the role's holder.
 */
function namesAPlace (ctx: MentionContext, inner: Mention): boolean {
  if (/\s/.test(inner.name ?? inner.text)) return false
  const [before, noun] = tokenize(ctx.body, Math.max(0, inner.start - 40), inner.start).slice(-2)
  return before !== undefined && noun !== undefined && /^\p{Ll}/u.test(noun.text) && !ctx.lexicon.roleWords.has(noun.folded) &&
    (ctx.lexicon.determiners.has(before.folded) || ctx.lexicon.genitives.has(before.folded))
}

/** The subject written after a cue (`a déclaré M. Poutine à la presse`, `said Mark Ellison, …`). */
export function subjectAfter (ctx: MentionContext, cueEnd: number, ceiling: number): Mention | null {
  const { body, lexicon } = ctx
  const stop = /[,;:!?«»"“”]/.exec(body.slice(cueEnd, ceiling))
  const segmentEnd = stop === null ? ceiling : cueEnd + stop.index
  const tokens = tokenize(body, cueEnd, segmentEnd)
  const mentions = mentionsIn(ctx, cueEnd, segmentEnd)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const previous = tokens[i - 1]
    if (previous !== undefined && lexicon.prepositions.has(previous.folded)) continue
    const named = mentions.find((m) => m.start === t.start)
    // (`a indiqué à l'AFP une source proche du dossier`: a complement after the cue is not the subject;
    // `Selon la Banque de France`: the cue's own preposition is no complement's)
    if (named !== undefined && isComplement(ctx, named) && tokenize(body, cueEnd, named.start).some((w) => lexicon.prepositions.has(w.folded))) continue
    if (named !== undefined) return heldBy(ctx, named, mentions) ?? named
    const phrase = phraseFrom(ctx, t.start, segmentEnd)
    if (phrase === null) continue
    const inner = mentions.find((m) => m.start >= phrase.start && m.start < phrase.end && m.type !== 'pronoun' && !isComplement(ctx, m))
    if (inner !== undefined && inner.type === 'alias' && inner.end <= phrase.end) return inner
    // `le prévisionniste François Gourand`, `le ministre russe des Affaires étrangères Sergueï Lavrov`:
    // the person, the role learnt with them (a long role runs past the phrase's word limit into the name)
    if (inner !== undefined && inner.end >= phrase.end && !namesAPlace(ctx, inner)) return { ...inner, ...spanOf(body, phrase.start, inner.end), name: inner.name ?? inner.text }
    // `le porte-parole de la présidence russe, Dmitri Sokolov,`: the apposed name says who (past the
    // phrase's word limit when the role is cut by it: `… du ministère chinois des Affaires étrangères, Wang Liqun`)
    const apposed = /^[^,;:.!?«»"“”]{0,40}?,\s*/.exec(body.slice(phrase.end, ceiling))
    const rest = apposed === null ? [] : tokenize(body, phrase.end, phrase.end + apposed[0].length).filter(isWord)
    const cut = tokenize(body, phrase.start, phrase.end).length >= PHRASE_WORDS
    // (or a short complement of the role: `son porte-parole pour le commerce, Olof Sandgren`)
    const short = rest.length <= ROLE_COMPLEMENT_WORDS && lexicon.prepositions.has(rest[0]?.folded ?? '')
    if (apposed !== null && (rest.length === 0 || short || (cut && !rest.some((w) => lexicon.prepositions.has(w.folded) && !lexicon.genitives.has(w.folded))))) {
      const from = phrase.end + apposed[0].length
      let next = subjectAfter(ctx, from, ceiling)
      // `son président, le Malawite Evans Njewa`: the name inside the apposed phrase
      if (next?.type === 'phrase') next = mentionsIn(ctx, next.start, next.end).find((m) => m.type !== 'pronoun' && !isComplement(ctx, m)) ?? null
      // (past the phrase's end, only a name set off by commas: an apposition, not the next clause)
      // (right after the comma, a name that a verb follows is the next clause's subject: `According to two officials familiar
      // with the talks, the United States agreed`)
      const closed = (rest.length === 0 && !/^\s+\p{Ll}/u.test(body.slice(next?.end ?? 0, ceiling))) ||
        (next !== null && /^\s*[,.]/.test(body.slice(next.end, next.end + 2)) && next.start === from)
      // (not a complement: `le ministre, cité par Reuters` is no `Reuters`)
      if (next !== null && next.type !== 'phrase' && closed && (next.start === from || tokenize(body, from, next.start).length <= 2) && !isComplement(ctx, next)) {
        // the mention spans both, so the role is learnt for `la ministre` later on
        const both: Mention = { ...next, ...spanOf(body, phrase.start, next.end), name: next.name ?? next.text }
        if (both.gender === undefined && phrase.gender !== undefined) both.gender = phrase.gender
        return both
      }
    }
    return phrase
  }
  return null
}
