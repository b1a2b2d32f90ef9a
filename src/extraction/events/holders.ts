import { mentionsIn, tokenize, verbalWords, type Mention, type Token } from '../mentions.js'
import { foldSameLength, spanOf } from '../text.js'
import type { Span } from '../types.js'
import type { ActorContext } from './context.js'
import { foldedWords, wordsAt } from './lexicon.js'
import { placeOf } from './places.js'
import { findTriggers, type Trigger } from './triggers.js'
import type { ActorRole, ExtractedActor } from './types.js'

/**
 * A sentence opening on a full name, maybe after a description set off by a comma (`L'élu,
 * Hernán Restrepo, 52 ans`, `Samuel Kiprono, who had led`, `Jean-Robert Estimé a plaidé`).
 */
const OPENING_NAME = /^(?:([^,;:.!?«»"“”()]{1,50}),\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*,|\s+\p{Ll})/u

/**
 * How many of a name's first words are a title (`President`, `Defence Minister`, `Justice`): up to
 * its last role word (the statement lexicon's `roleWords`) or title (the lexicon's `actors.titles`).
 */
export function titleLength (words: readonly string[], ctx: ActorContext): number {
  const titles = ctx.lexicon.data.actors?.titles ?? []
  return words.findLastIndex((w) => ctx.mentions.lexicon.roleWords.has(foldSameLength(w)) || titles.includes(w)) + 1
}

/**
 * `The chairman of Kenya's electoral commission resigned on Monday. Samuel Kiprono, who had led…`,
 * `Le maire de Suárez a été tué mardi. L'élu, Hernán Restrepo, …`: wire copy names in its second
 * sentence the person its lead gave by office only. The person takes the place of the office among
 * the actors (with its role), or joins them on the side of the trigger the office stands. A sentence
 * further on names them too when it gives their office again (`the acting high commissioner …
 * The acting high commissioner, Arvind Mehra,`) or its country (`l'ambassadeur d'Iran … Le diplomate
 * iranien, Hossein Karimi,`), the sentence between opening on no one.
 */
export function holderNamedNext (lead: Span, following: readonly Span[], trigger: Trigger, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const offices = [...unnamedOffices(body, lead, ctx), ...describedOnes(lead, actors, ctx)].sort((a, b) => a.start - b.start)
  if (offices.length === 0) return [...actors]
  const statement = ctx.mentions.lexicon
  // (`… a nommé un nouveau Premier ministre. Il s'agit de Paul Martin, 54 ans`: past the words that only identify)
  const identifying = (ctx.lexicon.data.actors?.identifying ?? []).map(foldedWords)
  const past = (s: Span): Span => {
    const tokens = tokenize(body, s.start, s.end)
    const words = identifying.find((w) => wordsAt(tokens, 0, w))
    const after = words === undefined ? undefined : tokens[words.length]
    return after === undefined ? s : { start: after.start, end: s.end }
  }
  const openings = following.slice(0, HOLDER_SENTENCES).map(past).map((s) => ({ sentence: s, opening: OPENING_NAME.exec(body.slice(s.start, s.end)) }))
  const found = openings.findIndex((o) => o.opening !== null)
  if (found < 0) return [...actors]
  const { sentence: next, opening } = openings[found] as { sentence: Span, opening: RegExpExecArray }
  const [, given, written] = opening as unknown as [string, string | undefined, string]
  // (`Judge Helen Marchetti sentenced Anthony Rizzo`: a name doing the lead's event again is who did it, not who it was done to)
  const nameEnd = next.start + opening[0].length
  if (findTriggers(body, next, ctx.lexicon).some((t) => t.start === tokenize(body, nameEnd, next.end)[0]?.start && !t.passive && t.family.type === trigger.family.type)) return [...actors]
  // (`President Samuel Kiprono said`: a title opening the name is its description)
  // (`Belgium's Wout Declercq, 26,`: nor is the owner opening it)
  const titled = written.split(/\s+/).filter((w, k) => k > 0 || !/['’]s$/u.test(w))
  const title = titleLength(titled, ctx)
  const name = titled.length - title >= 2 ? titled.slice(title).join(' ') : written
  const description = given ?? (title > 0 && titled.length - title >= 2 ? titled.slice(0, title).join(' ') : undefined)
  // (a description before the name must say an office, `L'élu,`, or an age, `Âgé de 57 ans,`; not `Selon le parquet,`)
  const ages = new Set((ctx.lexicon.data.actors?.ages ?? []).flatMap(foldedWords))
  if (given !== undefined && !foldedWords(given).some((w) => statement.roleWords.has(w) || ages.has(w))) return [...actors]
  if (found > 0 && (description === undefined || !offices.some((o) => sameOffice(body, o, description, ctx)))) return [...actors]
  // (`Former Macabebe mayor Ernesto Dizon Galang was served`: capitalised words before a role word describe the office, no one's
  // name; the name follows the role word, when the office is the lead's)
  const after = tokenize(body, next.start + opening[0].length, next.end)[0]
  if (after !== undefined && statement.roleWords.has(after.folded)) {
    const named = NAME_AFTER_OFFICE.exec(body.slice(after.end, next.end))
    const office = `${written} ${after.text}`
    if (named === null || !offices.some((o) => sameOffice(body, o, office, ctx))) return [...actors]
    return holderAmong(lead, trigger, offices, actors, ctx, named[1] as string, after.end + named[0].length - (named[1] as string).length, office)
  }
  return holderAmong(lead, trigger, offices, actors, ctx, name, next.start + opening[0].length - name.length, description)
}

/** A full name right after an office's role word (` Ernesto Dizon Galang was`). */
const NAME_AFTER_OFFICE = /^\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?=\s*,|\s+\p{Ll})/u

/** `name`, written at `start`, as the holder of the lead's `offices` the description gives (or the one left to name), in its role. */
function holderAmong (lead: Span, trigger: Trigger, offices: readonly Token[], actors: readonly ExtractedActor[], ctx: ActorContext, name: string, start: number, description: string | undefined): ExtractedActor[] {
  // (`Yannick Le Goff`: a determiner within a name is a particle; opening it, a body's name, `La Poste`)
  const words = foldedWords(name)
  const first = words[0] ?? ''
  const statement = ctx.mentions.lexicon
  const { body } = ctx.mentions
  if (statement.determiners.has(first) || statement.stopwords.has(first) || words.some((w) => statement.organizationWords.has(w) || ctx.lexicon.demonyms.has(w))) return [...actors]
  // (named in the lead already: no one the lead left unnamed)
  if (foldSameLength(body.slice(lead.start, lead.end)).includes(foldSameLength(name))) return [...actors]
  if (actors.some((a) => foldSameLength(a.name).includes(foldSameLength(name)))) return [...actors]
  const mention = spanOf(body, start, start + name.length)
  const standsFor = (office: Span): ExtractedActor | undefined => actors.find((a) => a.mention !== null && a.mention.start <= office.start && office.end <= a.mention.end)
  // (`Le secrétaire général … a reçu le Premier ministre haïtien`: the office no actor names yet is the one left to name)
  // (`Le diplomate iranien, Hossein Karimi,`: the office its description gives, first)
  const described = description === undefined ? undefined : offices.find((o) => sameOffice(body, o, description, ctx))
  // (else the one the verb is done to: `a reçu le Premier ministre haïtien. Jean-Robert Estimé a plaidé`)
  const office = described ?? offices.find((o) => standsFor(o) === undefined) ?? offices.find((o) => o.start >= trigger.end) ?? offices[0] as Token
  // (`The chairman of Kenya's Independent Electoral and Boundaries Commission resigned`: the office's complement is no party)
  const complement = (a: ExtractedActor): boolean => a.mention !== null && office.end <= a.mention.start && a.mention.end <= trigger.start &&
    !/[,;:]/.test(body.slice(office.end, trigger.start))
  const stands = standsFor(office) ?? actors.find(complement)
  if (stands !== undefined) return actors.filter((a) => a === stands || !complement(a)).map((a) => a === stands ? { name, kind: 'person', role: a.role, mention } : a)
  const role: ActorRole = office.start >= trigger.end ? 'target' : trigger.passive ? 'target' : 'source'
  return [...actors, { name, kind: 'person', role, mention }]
}

/** Whether a word is a compound that tells an age (`34-year-old`, lexicon `actors.ageCompounds`). */
export function isAge (folded: string, ctx: ActorContext): boolean {
  return (ctx.lexicon.data.actors?.ageCompounds ?? []).some((a) => folded.endsWith(a))
}

/** Whether an actor is someone told by their age alone (`34-year-old man`). */
export function agedOne (actor: { name: string }, ctx: ActorContext): boolean {
  return isAge(foldedWords(actor.name)[0] ?? '', ctx)
}

/** Types of event whose one target a person introduced by an age may be, when the lead names none (and `other` coercion, CAMEO 17: a charge, an arraignment). */
const UNDERGONE: ReadonlySet<string> = new Set(['arrest', 'court-ruling', 'investigation', 'appointment'])
const undergoes = (event: { type: string, cameo: string | null }): boolean => UNDERGONE.has(event.type) || (event.type === 'other' && event.cameo === '17')

/** A full name set off by an age (`Dale Ruckert, 61,`, `Hernán Restrepo, 52 ans,`, `Jason Mulcahy (34),`). */
const AGED_NAME = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})(?:,\s*\d{2}(?:\s+\p{Ll}+)?\s*,|\s+\(\d{2}\))/u
/** A full name opening a sentence, set off by where its bearer lives (`Declan Furlong, of no fixed address,`). */
const RESIDENT_NAME = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+of\s+/u

/**
 * `A former county treasurer … was sentenced. U.S. District Judge Karen Whitfield also ordered Dale
 * Ruckert, 61, to repay`: a person the next sentence introduces by an age, anywhere in it, is the one
 * the lead gave only as an office or as one someone (a lowercase phrase), when no actor names them yet;
 * when the lead names no one an event of the kind `undergone` (`UNDERGONE`) is done to, it is that one, and so is a
 * name opening the sentence with where its bearer lives (`Declan Furlong, of no fixed address,`). A sentence
 * `farther` on than the next names only that one.
 */
export function agedHolderNext (lead: Span, next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext, undergone?: { type: string, cameo: string | null }, farther = false): ExtractedActor[] {
  const { body } = ctx.mentions
  const text = next === undefined ? '' : body.slice(next.start, next.end)
  const resident = RESIDENT_NAME.exec(text)
  // (`Declan Furlong, of Kilnamanagh, … the death of Ciarán Mac Giolla (52)`: the name opening the sentence first)
  const found = resident ?? AGED_NAME.exec(text)
  if (next === undefined || found === null) return [...actors]
  const words = (found[1] as string).split(/\s+/)
  const title = titleLength(words, ctx)
  if (words.length - title < 2) return [...actors]
  const name = words.slice(title).join(' ')
  // (`Whelehan` among the actors names `Conor Whelehan` too)
  const named = actors.some((a) => foldSameLength(a.name).includes(foldSameLength(name)) || foldedWords(a.name).every((w) => foldedWords(name).includes(w)))
  // (named in the lead, they are someone else than the lead's one someone)
  if (named && foldSameLength(body.slice(lead.start, lead.end)).includes(foldSameLength(name))) return [...actors]
  // (or as one someone: `A former county treasurer`)
  // (or by where they are from: `A Dublin man`)
  // (not a counted group, `Huit personnes`)
  const fromPlace = (a: ExtractedActor): boolean => /^(?:\p{Lu}[\p{L}'’-]*\s+)+\p{Ll}+$/u.test(a.name) && ctx.lexicon.bystanders.has(foldedWords(a.name).at(-1) ?? '') &&
    !foldedWords(a.name).some((w) => ctx.lexicon.cardinals.has(w) || ctx.lexicon.quantities.has(w))
  // (or by their age: `A 52-year-old former financial adviser`)
  const offices = actors.filter((a) => (/^\p{Ll}/u.test(a.name) && (foldedWords(a.name).some((w) => ctx.mentions.lexicon.roleWords.has(w)) || describedOnes(lead, [a], ctx).length > 0)) || fromPlace(a) || agedOne(a, ctx))
  const start = next.start + found.index + (found[1] as string).length - name.length
  // (`has jailed a Dublin man … Declan Furlong (31), of Cherry Orchard`: the one a ruling or an arrest is done to, when the lead names no one it is done to)
  // (farther on, only when no person is a party yet and the sentence tells of a like event: `was found guilty`, not `avait été retrouvé mort`)
  const told = !farther || findTriggers(body, next, ctx.lexicon).some((t) => undergoes(t.family))
  if (offices.length === 0 && !named && title === 0 && undergone !== undefined && undergoes(undergone) && told && !actors.some((a) => a.role === 'target' || (farther && a.kind === 'person'))) {
    return [...actors, { name, kind: 'person', role: 'target', mention: spanOf(body, start, start + name.length) }]
  }
  // (a sentence farther on names only the one the lead's ruling or arrest is done to)
  if (offices.length !== 1 || found === resident || farther) return [...actors]
  // (`A former chief financial officer … was sentenced. Gregory Hallett, 58,` with Hallett a party already: the one acted upon was he)
  if (named) return offices[0]?.role === 'target' ? actors.filter((a) => a !== offices[0]) : [...actors]
  return actors.map((a) => a === offices[0] ? { name, kind: 'person', role: a.role, mention: spanOf(body, start, start + name.length) } : a)
}

/**
 * `Britain's competition regulator has blocked … The Competition and Markets Authority said`: the one
 * body the lead gives by its kind (a lowercase organisation noun, maybe after its owner's name) is
 * the body whose name, with an organisation noun in it, opens the next sentence; the one company it
 * gives by a company noun (lexicon `actors.companyNouns`: `A Windsor auto parts supplier`) is the
 * name of two words or more that opens it (`Essex Precision Stampings told employees`).
 */
export function bodyNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined) return [...actors]
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const companies = ctx.lexicon.companyNouns
  // (`A Windsor auto parts supplier`: a company noun, after its place's name too)
  const kind = (a: ExtractedActor): boolean => {
    const words = a.name.split(/\s+/)
    const noun = foldSameLength(words.at(-1) ?? '')
    const company = companies.has(noun) && /^\p{Ll}/u.test(words.at(-1) ?? '')
    return words.length > 1 && (statement.organizationWords.has(noun) || company) && words.every((w, k) => /^\p{Ll}/u.test(w) || (k === 0 && (/['’]s$/u.test(w) || company)))
  }
  const described = actors.filter(kind)
  if (described.length !== 1) return [...actors]
  // (a company's name needs no organisation noun: `Essex Precision Stampings told employees`)
  const company = companies.has(foldSameLength(described[0]?.name.split(/\s+/).at(-1) ?? ''))
  const named = openingBody(next, ctx, !company)
  if (named === null) return [...actors]
  if (actors.some((a) => sameActor(a, { name: named.text }))) return [...actors]
  return actors.map((a) => a === described[0] ? { name: named.text, kind: 'organization', role: a.role, mention: spanOf(body, named.start, named.end) } : a)
}

/** One name within the other (`GDL`, `GDL union`). */
export function sameActor (a: { name: string }, b: { name: string }): boolean {
  const [x, y] = [foldSameLength(a.name), foldSameLength(b.name)]
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x))
}

/** The body's name a sentence opens on, maybe after a determiner: capitalised words, maybe joined by `and`, `of`, `for` (`The Competition and Markets Authority`), one an organisation noun. */
export function openingBody (sentence: Span, ctx: ActorContext, organisationNoun = true): { text: string, start: number, end: number } | null {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const tokens = tokenize(body, sentence.start, Math.min(sentence.end, sentence.start + 120))
  let k = 0
  while (k < tokens.length && statement.determiners.has((tokens[k] as Token).folded)) k++
  const first = k
  let last = -1
  const joining = (t: Token): boolean => statement.genitives.has(t.folded) || ctx.lexicon.comitatives.has(t.folded) || (statement.data.organizationConnectors ?? []).includes(t.folded)
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (/^\p{Lu}[\p{L}'’-]*$/u.test(t.text)) last = k
    else if (!(joining(t) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) break
  }
  if (last < first) return null
  const words = tokens.slice(first, last + 1)
  if (organisationNoun && !words.some((t) => /^\p{Lu}/u.test(t.text) && statement.organizationWords.has(t.folded))) return null
  // (else a name of two words or more, before a lowercase word: `Essex Precision Stampings told`)
  // (not a person by a title: `Justice Margaret Trevelyan found`)
  if (!organisationNoun && (words.length < 2 || !/^\p{Ll}/u.test(tokens[last + 1]?.text ?? '') || titleLength(words.map((t) => t.text), ctx) > 0)) return null
  const start = (words[0] as Token).start
  const end = (words.at(-1) as Token).end
  return { text: body.slice(start, end), start, end }
}

/**
 * `Une humanitaire finlandaise … a été libérée. Aino Virtanen, 34 ans,`: an actor of the lead the text
 * gives as one someone (a singular indefinite determiner, then a noun) is named like an office; its noun.
 */
function describedOnes (lead: Span, actors: readonly ExtractedActor[], ctx: ActorContext): Token[] {
  const { body } = ctx.mentions
  const indefinite = new Set(ctx.mentions.lexicon.data.indefiniteDeterminers ?? [])
  return actors.flatMap(({ mention, name }) => {
    if (mention === null || mention.start < lead.start || mention.end > lead.end || !/^\p{Ll}/u.test(name)) return []
    const before = tokenize(body, Math.max(lead.start, mention.start - 5), mention.start).filter((t) => t.end <= mention.start).at(-1)
    const [first, second] = tokenize(body, mention.start, mention.end)
    const determiner = first !== undefined && indefinite.has(first.folded) ? first : before !== undefined && indefinite.has(before.folded) ? before : undefined
    const noun = determiner === first ? second : first
    return determiner === undefined || noun === undefined || !/^\p{Ll}/u.test(noun.text) ? [] : [noun]
  })
}

/** Sentences after the lead in which the holder of its unnamed office is looked for. */
const HOLDER_SENTENCES = 3
/** Tokens after an office in which its country is named (`ambassadeur d'Iran`). */
const OFFICE_COUNTRY_WORDS = 3

/** `The acting high commissioner` for the lead's `commissioner`; `Le diplomate iranien` for its `ambassadeur d'Iran`. */
function sameOffice (body: string, office: Token, description: string, ctx: ActorContext): boolean {
  const words = foldedWords(description)
  if (words.includes(office.folded)) return true
  const countries = new Set(words.map((w) => ctx.lexicon.demonyms.get(w)).filter((c) => c !== undefined).map((c) => foldSameLength(c).toLowerCase()))
  return tokenize(body, office.end, Math.min(body.length, office.end + 40)).slice(0, OFFICE_COUNTRY_WORDS).some((t) => countries.has(t.folded))
}

/** Tokens before an office within which another office it completes is looked for (`adjoint au maire`, `chef de cabinet du ministre`). */
const OFFICE_COMPLEMENT_WORDS = 3

/** Tokens after an office within which a comma and a name still name it (`la ministre belge de la Santé, Anne-Sophie Delvaux`). */
const OFFICE_WORDS = 8

/**
 * The lead's role words (`chairman`, `maire`, `judge`) that no name follows, right after them
 * (`minister Helen Marsh`) or after a comma closing their description (`le procureur de Marseille,
 * Antoine Levasseur`); not a role word describing another noun (`official cash rate`, `general election`).
 */
function unnamedOffices (body: string, lead: Span, ctx: ActorContext): Token[] {
  const tokens = tokenize(body, lead.start, lead.end)
  const statement = ctx.mentions.lexicon
  const offices: Token[] = []
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as Token
    // (`A man who persuaded … has been jailed`: one person by no office, named next as well)
    const determiner = tokens[i - 1]?.folded ?? ''
    const one = ctx.lexicon.bystanders.has(word.folded) && !word.folded.endsWith('s') && statement.determiners.has(determiner) && !statement.pluralDeterminers.has(determiner)
    if (!statement.roleWords.has(word.folded) && !one) continue
    // (`Un ancien adjoint au maire de Perpignan`: an office that completes another is no office of its own)
    const owner = tokens.slice(Math.max(0, i - OFFICE_COMPLEMENT_WORDS), i).findLastIndex((t) => statement.roleWords.has(t.folded))
    const linking = (t: Token): boolean => statement.genitives.has(t.folded) || statement.prepositions.has(t.folded) || statement.determiners.has(t.folded)
    const link = tokens.slice(Math.max(0, i - OFFICE_COMPLEMENT_WORDS) + owner + 1, i)
    if (owner >= 0 && link.length > 0 && link.every(linking)) continue
    // (`The president and chief executive of Kanemori`: an office joined to another with no determiner of its own is the same person's)
    const joined = tokens.slice(0, i).findLastIndex((t) => statement.conjunctions.has(t.folded))
    if (joined > 0 && i - joined <= OFFICE_COMPLEMENT_WORDS && statement.roleWords.has((tokens[joined - 1] as Token).folded) &&
      tokens.slice(joined + 1, i).every((t) => /^\p{Ll}/u.test(t.text) && !statement.determiners.has(t.folded))) continue
    const next = tokens[i + 1]
    if (next !== undefined && /^\p{Lu}/u.test(next.text)) continue
    if (next !== undefined && /^\p{Ll}/u.test(next.text) && describesNoun(next, ctx)) continue
    const comma = tokens.slice(i + 1, i + 1 + OFFICE_WORDS).findIndex((t) => t.text === ',')
    const afterComma = comma < 0 ? undefined : tokens[i + 2 + comma]
    if (afterComma !== undefined && /^\p{Lu}/u.test(afterComma.text)) continue
    offices.push(word)
  }
  return offices
}

/** `official` in `official cash rate`: a role word followed by a word that is neither a function word, a nationality nor a verb describes that word. */
export function describesNoun (next: Token, ctx: ActorContext): boolean {
  const statement = ctx.mentions.lexicon
  const functionWord = [statement.prepositions, statement.genitives, statement.determiners, statement.stopwords, statement.relativePronouns, ctx.lexicon.comitatives, ctx.lexicon.adverbs]
    .some((set) => set.has(next.folded))
  const verb = ctx.lexicon.forms.get(next.folded)?.some((f) => f.verb) === true || ctx.lexicon.auxiliaries.some((a) => a.words[0] === next.folded)
  return !functionWord && !verb && !ctx.lexicon.demonyms.has(next.folded)
}

/** Sentences after the lead in which a name given with `among` is still one of the lead's group. */
const AMONG_SENTENCES = 2
/** Persons an `among` sentence names at most as members of the lead's group. */
const AMONG_NAMES = 3
/** Words of a title between a coordinator and a further person of an `among` sentence (`la juge`). */
const AMONG_TITLE_WORDS = 3

/**
 * `Douze personnes ont été interpellées… Le chef présumé du réseau, Karim Benali, figure parmi les
 * personnes arrêtées`, `Among those detained was…`: a sentence right after the lead names, with an
 * `among` word (lexicon `actors.among`), one of the group the lead counted: that person takes the
 * group's side of the event.
 */
export function namedAmong (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const among = new Set(ctx.lexicon.data.actors?.among ?? [])
  const { body } = ctx.mentions
  const next = following.slice(0, AMONG_SENTENCES).find((s) => tokenize(body, s.start, s.end).some((t) => among.has(t.folded)))
  if (next === undefined) return [...actors]
  // (the group: a party that is no one's name, `Douze personnes`, `suspects`, on the side things are done to first)
  const unnamed = actors.filter((a) => a.mention !== null && /^\p{Ll}/u.test(body.slice(a.mention.start, a.mention.end).split(/\s+/).at(-1) ?? ''))
  const group = unnamed.find((a) => a.role === 'target') ?? unnamed[0]
  if (group === undefined) return [...actors]
  // (`Parmi les personnes visées figurent le commissaire Óscar Mairena, …, et la juge Lidia Contreras`: each person it names)
  const found: ExtractedActor[] = []
  const persons = mentionsIn(ctx.mentions, next.start, next.end).filter((m) => isPersonName(m, ctx))
  // (after the first, only a person joined by a coordinator and a title: `, et la juge Lidia Contreras`, not `a précisé le procureur, Antoine Levasseur`)
  const joined = (m: Mention): boolean => {
    const before = tokenize(body, next.start, m.start).filter((t) => t.end <= m.start)
    const title = before.findLastIndex((t) => !/^\p{Ll}/u.test(t.text) || ctx.lexicon.comitatives.has(t.folded))
    return title >= 0 && before.length - title - 1 <= AMONG_TITLE_WORDS && ctx.lexicon.comitatives.has((before[title] as Token).folded)
  }
  // (`said Rosa Quispe Mamani, whose husband and son were among those freed`: those the person's relative clause counts among them are others)
  const amongAt = tokenize(body, next.start, next.end).find((t) => among.has(t.folded))?.start ?? next.end
  const relativeOf = (m: Mention): boolean => m.end <= amongAt && tokenize(body, m.end, amongAt).some((t) => ctx.lexicon.possessiveRelatives.has(t.folded))
  for (const person of persons.filter((m, k) => (k === 0 || joined(m)) && !relativeOf(m)).slice(0, AMONG_NAMES)) {
    const name = (person.name ?? person.text).trim()
    if ([...actors, ...found].some((a) => foldSameLength(a.name).includes(foldSameLength(name)))) continue
    found.push({ name, kind: 'person', role: group.role, mention: spanOf(body, person.start, person.end) })
  }
  return [...actors, ...found]
}

/** Tokens before a name in which its office or nationality is looked for (`Iranian Deputy Foreign Minister Reza Kazemi`). */
const REPRESENTATIVE_WORDS = 6
/** More persons than this are a list, not the parties' representatives. */
const MAX_REPRESENTATIVES = 4

/**
 * `Britain and India ended a round of trade talks … British trade secretary Helen Marsh, who held
 * two days of talks with Indian commerce minister Arvind Rao`: when a joint event's lead names
 * only its states, the persons the next sentence gives by office or nationality acted for them,
 * on the side of the party of their nationality (`other` for a third one's: a mediator), else of
 * the party no one acts for yet. For an event one party does (not `joint`: `Séoul a convoqué
 * l'ambassadeur de Chine. Le vice-ministre sud-coréen des Affaires étrangères, Park Jin-woo, …`),
 * the person of a party's nationality acts for it, even when the lead names persons already.
 */
export function representativesNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext, joint = true): ExtractedActor[] {
  // (a bystander the lead names, `other`, is no representative of the parties: past one, only persons of a party's nationality are)
  if (next === undefined || actors.length === 0 || (joint && actors.some((a) => a.kind === 'person' && a.role !== 'other'))) return [...actors]
  const bystander = actors.some((a) => a.kind === 'person')
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  const found: ExtractedActor[] = []
  for (const opening of mentionsIn(ctx.mentions, next.start, next.end)) {
    const mention = withoutPortfolio(opening, ctx)
    // (`le Brésilien Rodrigo Azevedo Lins`: a nationality noun opening the name says whom the person acts for)
    const written = nationalityBefore(mention.name ?? mention.text, ctx)
    const named = written?.country
    const m = written === null ? mention : { ...mention, name: written.name }
    const name = (m.name ?? m.text).trim()
    if (found.length >= MAX_REPRESENTATIVES || (m.type !== 'name' && m.type !== 'titled') || !/\s/.test(name) || placeOf(m, ctx) !== null || opensOffice(body, m, ctx) ||
      ctx.lexicon.demonyms.has(foldedWords(name).join(' ')) || foldedWords(name).some((w) => statement.organizationWords.has(w) || ctx.lexicon.demonyms.has(w))) continue
    const before = tokenize(body, Math.max(next.start, m.start - 80), m.start).filter((t) => t.end <= m.start).slice(-REPRESENTATIVE_WORDS)
    const from = before.findLastIndex((t) => /^[.;:!?]$/.test(t.text))
    const description = before.slice(from + 1)
    // (`Singapore's Minister for Trade and Industry Grace Lim`: or a party country's name as the owner of the office)
    const owned = foldSameLength(body.slice(Math.max(next.start, m.start - 80), m.start)).replace(/’/g, "'")
    const owner = actors.find((a) => a.kind === 'country' && owned.includes(`${foldSameLength(a.name)}'s `))?.name
    const nationality = named ?? description.map((t, k) => ctx.lexicon.demonyms.get(t.folded) ?? ctx.lexicon.demonyms.get(`${t.folded} ${description[k + 1]?.folded ?? ''}`)).find((c) => c !== undefined) ?? owner
    if (nationality === undefined && !description.some((t) => statement.roleWords.has(t.folded))) continue
    const party = nationality === undefined ? undefined : actors.find((a) => a.name === nationality)
    // (an event one party does: only the person of that party's nationality)
    if ((!joint || bystander) && party === undefined) continue
    const unrepresented = actors.find((a) => a.role !== 'other' && !found.some((f) => f.role === a.role))
    const role: ActorRole = nationality !== undefined ? party?.role ?? 'other' : unrepresented?.role ?? 'source'
    if (!found.some((f) => f.name === name)) found.push({ name, kind: 'person', role, mention: spanOf(body, m.start, m.end) })
  }
  return [...actors, ...found]
}

/** The most persons a counted group may be named one by one in the next sentence (`Deux employés … Marc Delorme … et Issoufou Maïga`). */
const MAX_GROUP = 4

/** How many a number word counts (`deux` → 2; the lexicon's `actors.cardinals` run in order from two), for a group small enough to be named one by one. */
export function smallCount (word: string, ctx: ActorContext): number | undefined {
  const count = (ctx.lexicon.data.actors?.cardinals ?? []).indexOf(word) + 2
  return count >= 2 && count <= MAX_GROUP ? count : undefined
}

/**
 * `Brésilien Rodrigo Azevedo Lins`, `Suissesse Noémie Baeriswyl`: a nationality written as a noun before
 * a name of two words or more says who the person is; the country, and the name after it.
 */
export function nationalityBefore (name: string, ctx: ActorContext): { country: string, name: string } | null {
  const [first = '', ...rest] = name.trim().split(/\s+/)
  // (a word, not an abbreviation: `U.S. State Department` is a body's name)
  // (`Slovenian Democratic Party`: a name ending on a body's noun is a body's, the nationality part of it)
  const bodyName = ctx.mentions.lexicon.organizationWords.has(foldSameLength(rest.at(-1) ?? '').toLowerCase())
  const country = rest.length >= 2 && !bodyName && /^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}/u.test(rest[0] ?? '') ? ctx.lexicon.demonyms.get(foldSameLength(first)) : undefined
  return country === undefined ? null : { country, name: rest.join(' ') }
}

/**
 * `Minister for Trade and Industry Lim Wei Jie`, `Minister of Home Affairs Lim Wei Jie`: a name that
 * opens on portfolio words (lexicon `actors.portfolios`) after a preposition, a coordinator or
 * another of them is the holder's, the portfolio cut.
 */
export function withoutPortfolio (mention: Mention, ctx: ActorContext): Mention {
  if (mention.type !== 'name') return mention
  const { body } = ctx.mentions
  const words = tokenize(body, mention.start, mention.end)
  const portfolio = words.findIndex((t) => !ctx.lexicon.portfolios.has(t.folded))
  const before = tokenize(body, Math.max(0, mention.start - 20), mention.start).filter((t) => t.end <= mention.start).at(-1)
  const joined = before !== undefined && (ctx.mentions.lexicon.prepositions.has(before.folded) || ctx.lexicon.comitatives.has(before.folded) || ctx.lexicon.portfolios.has(before.folded))
  if (portfolio <= 0 || words.length - portfolio < 2 || !joined || !words.every((t) => /^\p{Lu}/u.test(t.text))) return mention
  const start = (words[portfolio] as Token).start
  return { ...mention, ...spanOf(body, start, mention.end), name: body.slice(start, mention.end) }
}

/** Capitalised words after a coordinator within which the office or the text a name opens ends. */
const OPENED_WORDS = 5

/**
 * `Business` in `Business and Trade Secretary Oliver Pennington`, `Digital` in `The Digital and Green
 * Economy Partnership Agreement`: capitalised words joined by a coordinator to the office or the
 * text's name that ends after them (lexicon `actors.portfolios`, `actors.textNouns`) name no one.
 */
export function opensOffice (body: string, mention: Mention, ctx: ActorContext): boolean {
  if (listedPortfolio(body, mention, ctx)) return true
  // (`Indonesia's Energy and Mineral Resources Minister`: past the office's owner)
  const words = foldedWords(mention.text.replace(/^.*['’]s\s+/u, ''))
  const after = tokenize(body, mention.end, Math.min(body.length, mention.end + 80)).slice(0, OPENED_WORDS + 1)
  if (words.length === 0 || after[0] === undefined || !ctx.lexicon.comitatives.has(after[0].folded)) return false
  const capitalised = after.slice(1).findIndex((t) => !/^\p{Lu}/u.test(t.text))
  const joined = after.slice(1, capitalised < 0 ? undefined : capitalised + 1)
  const office = joined.findIndex((t) => ctx.mentions.lexicon.roleWords.has(t.folded) || (ctx.lexicon.data.actors?.titles ?? []).includes(t.text))
  if (office > 0 && words.every((w, i) => ctx.lexicon.portfolios.has(w) || (i === 0 && ctx.lexicon.demonyms.has(w)))) return joined.slice(0, office).every((t) => ctx.lexicon.portfolios.has(t.folded))
  return ctx.lexicon.textNouns.has(joined.at(-1)?.folded ?? '')
}

/** Words before a mention within which the office whose portfolios it is listed among is looked for. */
const PORTFOLIO_REACH = 80

/** `Trade` in `Minister of Economy, Trade and Industry Kenji Morimoto`: portfolios listed after an office's `of` name no one either. */
function listedPortfolio (body: string, mention: Mention, ctx: ActorContext): boolean {
  const words = foldedWords(mention.text)
  if (words.length === 0 || !words.every((w) => ctx.lexicon.portfolios.has(w))) return false
  const before = tokenize(body, Math.max(0, mention.start - PORTFOLIO_REACH), mention.start).filter((t) => t.end <= mention.start)
  // (back over the other portfolios, capitalised, and the commas and coordinators between them)
  const listed = (t: Token): boolean => t.text === ',' || ctx.lexicon.comitatives.has(t.folded) || (ctx.lexicon.portfolios.has(t.folded) && /^\p{Lu}/u.test(t.text))
  const of = before.findLastIndex((t) => !listed(t))
  return of >= 1 && of < before.length - 1 && ctx.mentions.lexicon.genitives.has((before[of] as Token).folded) && ctx.mentions.lexicon.roleWords.has((before[of - 1] as Token).folded)
}

/** A person's full name: a name of two words or more, no place, body or nationality. */
export function isPersonName (m: Mention, ctx: ActorContext): boolean {
  return (m.type === 'name' || m.type === 'titled') && /\s/.test((m.name ?? m.text).trim()) && placeOf(m, ctx) === null &&
    !foldedWords(m.name ?? m.text).some((w) => ctx.mentions.lexicon.organizationWords.has(w) || ctx.lexicon.demonyms.has(w))
}

/** The first auxiliary, modal, negation or copula among `tokens`: where a subject before it ends. */
export function firstVerbal (tokens: readonly Token[], ctx: ActorContext): Token | undefined {
  const verbal = verbalWords(ctx.mentions.lexicon)
  return tokens.find((t) => /^\p{Ll}/u.test(t.text) && (verbal.has(t.folded) || ctx.lexicon.auxiliaries.some((a) => a.words[0] === t.folded)))
}

/** Words opening a sentence before the persons a group is, when a definite noun names the group again (`The accused —`). */
const REGROUPED_WORDS = 3

/** Words of the title before the first person a group is (`former Kaduna state governor`). */
const GROUP_TITLE_WORDS = 4

/**
 * `Deux employés d'une ONG ont été libérés mercredi. Pierre Martin, logisticien, et sa collègue Awa
 * Traoré avaient été enlevés`, `Two aid workers were freed. John Reed and Ana Silva…`: a small
 * group the lead counts (`deux`, `two`: the lexicon's `actors.cardinals`, from two up) is named,
 * one by one, by the subject of one of the sentences after it, opening on the first of them, or on
 * the group named again by a definite noun set off by a comma or a dash (`The accused — Rohit Malhotra (34), …`,
 * `The men, named in court as …`), or by the names after the words that name them (`They were identified as …`): the persons
 * take the group's place, on its side of the event.
 */
export function groupNamedNext (following: readonly Span[], actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  const { body } = ctx.mentions
  const count = (a: ExtractedActor): number | undefined => a.mention === null ? undefined : smallCount(tokenize(body, a.mention.start, a.mention.end)[0]?.folded ?? '', ctx)
  const group = actors.find((a) => count(a) !== undefined)
  if (group === undefined) return [...actors]
  // (a sentence further on than the next one names the group again, or says it names them: `The men, named in court as …`)
  const persons = following.map((next, k) => groupMembersIn(next, group, ctx, k > 0)).find((found) => found.length === count(group))
  if (persons === undefined) return [...actors]
  const named = persons.map((m): ExtractedActor => ({ name: (m.name ?? m.text).trim(), kind: 'person', role: group.role, mention: spanOf(body, m.start, m.end) }))
  return [...actors.filter((a) => a !== group), ...named.filter((n) => !actors.some((a) => foldSameLength(a.name).includes(foldSameLength(n.name))))]
}

/** The persons a sentence names as the members of `group`, in the ways `groupNamedNext` reads; none when it does not. */
function groupMembersIn (next: Span, group: ExtractedActor, ctx: ActorContext, marked: boolean): Mention[] {
  const { body } = ctx.mentions
  const statement = ctx.mentions.lexicon
  // (the subject: up to the first auxiliary, modal or negation, or the copula: `sont`)
  const tokens = tokenize(body, next.start, next.end)
  const verb = firstVerbal(tokens, ctx)
  const subject = mentionsIn(ctx.mentions, next.start, verb?.start ?? next.start).filter((m) => isPersonName(m, ctx))
  // (`They were identified as Mudasir Ahmad Dar, …`: or right after the words that name them, lexicon `actors.namedAs`)
  const after = namedAsEnd(tokens, ctx)
  const persons = subject.length > 0 || after === null ? subject : coordinatedPersons(after.end, next.end, ctx)
  const opening = foldedWords(body.slice(next.start, persons[0]?.start ?? next.start))
  if (persons.length === 0 || (opening.length === 0 && !marked)) return persons
  if (after !== null && persons[0] !== undefined && persons[0].start >= after.end) return persons
  // (`The two Cameroonian staff members, Paul Nkeng and Aïssatou Bello, were released`: or after the group counted again, set off by a comma)
  const counting = group.mention === null ? undefined : tokenize(body, group.mention.start, group.mention.end)[0]?.folded
  // (set off by a comma or a dash, before the first person's title: `The nominees, former governor Yusuf Bello, …`)
  const lead = body.slice(next.start, persons[0]?.start)
  const mark = /[,—–]/u.exec(lead)
  const head = mark === null ? [] : foldedWords(lead.slice(0, mark.index))
  const title = mark === null ? [] : tokenize(lead, mark.index + 1, lead.length)
  const setOff = mark !== null && title.length <= GROUP_TITLE_WORDS && title.every((t) => /^\p{L}+$/u.test(t.text))
  const restated = counting !== undefined && head.includes(counting) && setOff
  // (`The accused — Rohit Malhotra (34), …`: or after a definite noun naming the group again)
  const renamed = setOff && head.length <= REGROUPED_WORDS && statement.definiteDeterminers.has(head[0] ?? '')
  return restated || renamed ? persons : []
}

/** The last token of the first words in `tokens` that name someone (`identified as`, lexicon `actors.namedAs`), or null. */
function namedAsEnd (tokens: readonly Token[], ctx: ActorContext): Token | null {
  const namers = (ctx.lexicon.data.actors?.namedAs ?? []).map(foldedWords).filter((w) => w.length > 0)
  for (let k = 0; k < tokens.length; k++) {
    const words = namers.find((w) => w.every((x, i) => tokens[k + i]?.folded === x))
    if (words !== undefined) return tokens[k + words.length - 1] as Token
  }
  return null
}

/** The persons' names coordinated from `from` on (`Mudasir Ahmad Dar, Bilal Ahmad Lone and Irfan Rashid Mir, all residents`), up to the first other word. */
function coordinatedPersons (from: number, to: number, ctx: ActorContext): Mention[] {
  const { body } = ctx.mentions
  const found: Mention[] = []
  let at = from
  for (const m of mentionsIn(ctx.mentions, from, to)) {
    const between = tokenize(body, at, m.start).filter((t) => /\p{L}/u.test(t.text) && !ctx.lexicon.comitatives.has(t.folded))
    if (between.length > 0 || !isPersonName(m, ctx)) break
    found.push(m)
    at = m.end
  }
  return found
}

/** A sentence opening on capitalised words only, a title and a name, before a lowercase word (`Foreign Minister Catherine Doyle announced`). */
const TITLED_OPENING = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){2,5})(?=\s+\p{Ll})/u

/**
 * `The Australian government has blocked … Treasurer Michael Dunphy announced the decision on Thursday`:
 * a lead whose only sources are bodies or states is told next by the person who made it known for them,
 * a title and a full name opening the next sentence before a verb of announcing (lexicon
 * `actors.announcing`) whose object is the lead's event, named again by a definite determiner.
 */
export function announcerNamedNext (next: Span | undefined, actors: readonly ExtractedActor[], ctx: ActorContext): ExtractedActor[] {
  if (next === undefined || actors.some((a) => a.role === 'source' && a.kind === 'person')) return [...actors]
  const { body } = ctx.mentions
  const opening = TITLED_OPENING.exec(body.slice(next.start, next.end))
  if (opening === null) return [...actors]
  const words = (opening[1] as string).split(/\s+/)
  const title = titleLength(words, ctx)
  if (title === 0 || words.length - title < 2) return [...actors]
  const [verb, determiner] = tokenize(body, next.start + opening[0].length, next.end)
  if (verb === undefined || !ctx.lexicon.announcing.has(verb.folded) || determiner === undefined || !ctx.mentions.lexicon.definiteDeterminers.has(determiner.folded)) return [...actors]
  const name = words.slice(title).join(' ')
  if (actors.some((a) => foldSameLength(a.name).includes(foldSameLength(name)))) return [...actors]
  const start = next.start + opening[0].length - name.length
  return [...actors, { name, kind: 'person', role: 'source', mention: spanOf(body, start, start + name.length) }]
}
